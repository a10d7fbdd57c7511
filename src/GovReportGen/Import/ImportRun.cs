using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using GovReportGen.Data;
using GovReportGen.Data.Model;
using GovReportGen.Diagnostics;
using GovReportGen.Formats;
using GovReportGen.IO;
using GovReportGen.Validation;

namespace GovReportGen.Import;

/// <summary>What <c>govreport import</c> was asked to do.</summary>
public sealed record ImportOptions(IReadOnlyList<string> Files, string DataDir, string? Agency, int? Year, bool DryRun, bool Force);

/// <summary>The import of one file: what was found, what was assumed, what was written, and what validate then says.</summary>
public sealed record FileImport(string File, string? Kind, string? Format, string? AgencyId, int? Year, int CellsRead, int CellsExpected,
    IReadOnlyList<ImportFinding> Findings, string? YearFile, bool Written, bool AgencyFileCreated, IReadOnlyList<Diagnostic> Validation, TimeSpan Elapsed)
{
    public int ErrorCount => Findings.Count(f => f.Severity == Severity.Error) + Validation.Count(d => d.IsError);
    public int WarningCount => Findings.Count(f => f.Severity != Severity.Error) + Validation.Count(d => !d.IsError);
}

/// <summary>
/// <c>govreport import</c> (docs/import.md): each file is read by its reader, its tables recognised against every
/// registered format, its text split into the narrative fields, the year file written atomically (never over an
/// existing one without --force, never partly), and then validated with the same rules as <c>validate</c>.
/// </summary>
public static partial class ImportRun
{
    /// <summary>A published report is a few MB at most; a bigger file is refused rather than read into memory.</summary>
    public const long MaxFileBytes = 64L * 1024 * 1024;

    public static IReadOnlyList<FileImport> Run(ImportOptions options, DateOnly today) =>
        options.Files.Select(f => One(f, options, today)).ToList();

    internal static FileImport One(string file, ImportOptions options, DateOnly today)
    {
        var clock = Stopwatch.StartNew();
        var findings = new List<ImportFinding>();
        FileImport Failed(string? kind, string message)
        {
            findings.Add(new ImportFinding(ImportRules.NotWritten, Severity.Error, file, message));
            return new FileImport(file, kind, null, options.Agency, options.Year, 0, 0, findings, null, false, false, Array.Empty<Diagnostic>(), clock.Elapsed);
        }

        var kind = Path.GetExtension(file).ToLowerInvariant() switch
        {
            ".html" or ".htm" or ".xhtml" => HtmlReportReader.Kind,
            ".docx" => DocxReportReader.Kind,
            ".pdf" => PdfReportReader.Kind,
            ".xlsx" => XlsxFormReader.Kind,
            _ => null,
        };
        if (kind is null) return Failed(null, "无法识别的文件类型：只能导入 .pdf、.docx、.html 文件和 govreport form 生成的 .xlsx 填报表");
        var bytes = SafeRead.ReadBytes(file, MaxFileBytes, out var refusal);
        if (bytes is null) return Failed(kind, $"无法读取“{file}”：{refusal}");

        TableReading tables;
        NarrativeReading narrative;
        string? statedAgency = null;
        SourceDocument? source = null;
        FormReading? form = null;
        string? failure = null;
        try
        {
            if (kind == XlsxFormReader.Kind) (form, failure) = XlsxFormReader.Read(file, bytes);
            else source = kind switch
            {
                HtmlReportReader.Kind => HtmlReportReader.Read(file, DecodeHtml(bytes)),
                DocxReportReader.Kind => DocxReportReader.Read(file, bytes),
                _ => PdfReportReader.Read(file, bytes),
            };
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A damaged or encrypted file is the input's fault, told in Chinese; it must not stop the other files.
            return Failed(kind, $"“{Path.GetFileName(file)}”不是可读取的 {kind} 文件（{e.GetType().Name}）");
        }
        if (failure is not null) return Failed(kind, failure);
        if (form is not null)
        {
            // A form is read by position (its layout is ours), not recognised by labels.
            (tables, narrative, statedAgency) = (form.Tables, form.Narrative, form.AgencyId);
        }
        else
        {
            tables = TableRecognizer.Recognise(source!, FormatRegistry.All, options.Year);
            narrative = tables.Read == 0 ? new NarrativeReading() : NarrativeSplitter.Split(source!, tables.Format);
        }

        if (tables.Read == 0 && kind != XlsxFormReader.Kind)
        {
            findings.Add(new ImportFinding(ImportRules.NoTables, Severity.Error, kind, "没有找到官方格式的表二、表三、表四：不是政府信息公开工作年度报告，或表格无法读取"));
            return new FileImport(file, kind, null, options.Agency, options.Year, 0, 0, findings, null, false, false, Array.Empty<Diagnostic>(), clock.Elapsed);
        }
        findings.AddRange(tables.Findings);
        findings.AddRange(narrative.Findings);

        var year = options.Year ?? narrative.Year;
        if (options.Year is { } given && narrative.Year is { } titled && given != titled)
            findings.Add(new ImportFinding(ImportRules.Narrative, Severity.Warning, "标题", $"标题中的年度 {titled} 与 --year {given} 不同，按 --year 写入"));
        var agencyId = options.Agency ?? statedAgency ?? AgencyFromFileName(file);
        if (year is null) return Failed(kind, "原文标题中没有年度：请用 --year 指定");
        if (agencyId is null || !DataLayout.AgencyIdPattern().IsMatch(agencyId))
            return Failed(kind, agencyId is null ? "请用 --agency 指定机关标识（文件名不是“<机关标识>-<年度>”的形式）" : $"机关标识“{agencyId}”无效：只能用小写字母、数字和连字符");

        var yaml = YearFileWriter.Write(file, tables.Format, year.Value, tables, narrative);
        var agencyDir = Path.Combine(options.DataDir, "agencies", agencyId);
        var yearFile = Path.Combine(agencyDir, $"{year}.yaml");
        var agencyFile = Path.Combine(agencyDir, DataLayout.AgencyFileName);
        var agencyYaml = File.Exists(agencyFile) ? null : AgencyYaml(agencyId, narrative.AgencyName, findings);
        bool written = false, agencyCreated = false;
        IReadOnlyList<Diagnostic> validation;

        if (options.DryRun)
        {
            validation = ValidateInScratch(options.DataDir, agencyId, year.Value, yaml, agencyYaml, today);
        }
        else
        {
            if (File.Exists(yearFile) && !options.Force)
            {
                findings.Add(new ImportFinding(ImportRules.NotWritten, Severity.Error, yearFile, "年度文件已存在，未覆盖（确需覆盖请加 --force）"));
                return new FileImport(file, kind, tables.Format.Id, agencyId, year, tables.Read, tables.Expected, findings, yearFile, false, false, Array.Empty<Diagnostic>(), clock.Elapsed);
            }
            Directory.CreateDirectory(agencyDir);
            if (agencyYaml is not null) agencyCreated = AtomicFile.TryCreateNew(agencyFile, Encoding.UTF8.GetBytes(agencyYaml));
            var content = Encoding.UTF8.GetBytes(yaml);
            if (options.Force) AtomicFile.Replace(yearFile, s => s.Write(content));
            else if (!AtomicFile.TryCreateNew(yearFile, content))
            {
                findings.Add(new ImportFinding(ImportRules.NotWritten, Severity.Error, yearFile, "年度文件已存在，未覆盖（确需覆盖请加 --force）"));
                return new FileImport(file, kind, tables.Format.Id, agencyId, year, tables.Read, tables.Expected, findings, yearFile, false, agencyCreated, Array.Empty<Diagnostic>(), clock.Elapsed);
            }
            written = true;
            validation = Validate(options.DataDir, agencyId, year.Value, today);
        }
        return new FileImport(file, kind, tables.Format.Id, agencyId, year, tables.Read, tables.Expected, findings, yearFile, written, agencyCreated, validation, clock.Elapsed);
    }

    /// <summary>The year file's findings from the same loader and rules as <c>validate</c> (cross-year rules included).</summary>
    private static IReadOnlyList<Diagnostic> Validate(string dataDir, string agencyId, int year, DateOnly today)
    {
        var dataSet = FormatRegistry.Loader.LoadAll(dataDir);
        var result = FormatRegistry.Validator.Validate(dataSet, today, new ValidationFilter(agencyId, year));
        return result.Reports.Where(r => r.AgencyId == agencyId && r.Year == year).SelectMany(r => r.Diagnostics).ToList();
    }

    /// <summary>--dry-run validates a scratch copy of the agency's folder with the imported file in it, and removes it.</summary>
    private static IReadOnlyList<Diagnostic> ValidateInScratch(string dataDir, string agencyId, int year, string yaml, string? agencyYaml, DateOnly today)
    {
        var scratch = Path.Combine(Path.GetTempPath(), $"govreport-import-{Environment.ProcessId}-{Guid.NewGuid():N}");
        try
        {
            var dir = Path.Combine(scratch, "agencies", agencyId);
            Directory.CreateDirectory(dir);
            var source = Path.Combine(dataDir, "agencies", agencyId);
            if (Directory.Exists(source))
                foreach (var f in Directory.GetFiles(source, "*.yaml"))
                    if (Path.GetFileName(f) != $"{year}.yaml") File.Copy(f, Path.Combine(dir, Path.GetFileName(f)));
            if (agencyYaml is not null) File.WriteAllText(Path.Combine(dir, DataLayout.AgencyFileName), agencyYaml);
            File.WriteAllText(Path.Combine(dir, $"{year}.yaml"), yaml);
            var found = Validate(scratch, agencyId, year, today);
            // Point at where the file would be, not at the scratch folder.
            var real = Path.Combine(dataDir, "agencies", agencyId);
            return found.Select(d => d with { Span = d.Span with { File = d.Span.File.Replace(dir, real) }, Message = d.Message.Replace(dir, real) }).ToList();
        }
        finally
        {
            try { Directory.Delete(scratch, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private static string AgencyYaml(string id, string? name, List<ImportFinding> findings)
    {
        var kind = name is not null && name.EndsWith("人民政府", StringComparison.Ordinal) ? "government" : "department";
        findings.Add(new ImportFinding(ImportRules.Narrative, Severity.Warning, "agency.yaml",
            $"机关文件不存在，已按原文新建：名称“{name ?? "（未读出）"}”，类型 {kind}（{(kind == "government" ? "名称以“人民政府”结尾" : "非人民政府")}），请核对"));
        var b = new StringBuilder();
        b.Append("# 由 govreport import 新建，请核对并补充 website、contact 等\n");
        b.Append("id: ").Append(id).Append('\n');
        if (name is not null) b.Append("name: ").Append(YearFileWriter.Quote(name)).Append('\n');
        b.Append("kind: ").Append(kind).Append('\n');
        return b.ToString();
    }

    /// <summary>Our own output is named <c>&lt;id&gt;-&lt;year&gt;.ext</c>; that is the one case where the id is not asked for.</summary>
    private static string? AgencyFromFileName(string file)
    {
        var m = OwnFileName().Match(Path.GetFileNameWithoutExtension(file));
        return m.Success ? m.Groups[1].Value : null;
    }

    private static string DecodeHtml(byte[] bytes)
    {
        // Published pages are mostly UTF-8; an older GBK page declares its charset, which AngleSharp would honour,
        // but a string has to be made first: try strict UTF-8, then GB18030.
        try { return new UTF8Encoding(false, true).GetString(bytes); }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    [GeneratedRegex(@"^([a-z0-9]+(?:-[a-z0-9]+)*)-\d{4}$")] private static partial Regex OwnFileName();
}

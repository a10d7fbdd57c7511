using System.Text;
using GovReportGen.Diagnostics;

namespace GovReportGen.Import;

/// <summary>
/// The import report (docs/import.md §4), in Chinese text for people and as JSON for machines
/// (docs/schemas/import-output.schema.json), in the style of the <c>validate --format json</c> contract.
/// </summary>
public static class ImportReport
{
    public const int JsonSchemaVersion = 1;

    public static string Word(Severity s) => DiagnosticFormatter.SeverityWord(s);

    /// <summary>The per-file heading line: format, cells read of expected, where it went.</summary>
    public static string Heading(FileImport f) =>
        $"导入“{f.File}”（{f.Kind ?? "未知类型"}）：" + (f.Format is null ? "未导入" :
            $"表格格式 {f.Format}，读取单元格 {f.CellsRead}/{f.CellsExpected}，用时 {f.Elapsed.TotalMilliseconds:0} 毫秒");

    public static string Line(string file, ImportFinding finding) =>
        $"{file} {finding.Where}: {Word(finding.Severity)} {finding.Id}: {finding.Message}";

    public static string Outcome(FileImport f) =>
        f.Written ? $"已写入：{f.YearFile}" + (f.AgencyFileCreated ? "（并新建 agency.yaml）" : "")
        : f.Format is not null && f.YearFile is not null && f.Findings.All(x => x.Id != ImportRules.NotWritten) ? $"试运行，未写入：{f.YearFile}"
        : "未写入";

    public static string Summary(IReadOnlyList<FileImport> files) =>
        $"导入完成：{files.Count} 个文件，写入 {files.Count(f => f.Written)} 个年度文件，{files.Sum(f => f.ErrorCount)} 个错误，{files.Sum(f => f.WarningCount)} 个警告";

    public static void WriteJson(IReadOnlyList<FileImport> files, Stream stream)
    {
        using var w = DiagnosticFormatter.CreateJsonWriter(stream);
        w.WriteStartObject();
        w.WriteNumber("schemaVersion", JsonSchemaVersion);
        w.WriteStartArray("files");
        foreach (var f in files)
        {
            w.WriteStartObject();
            w.WriteString("file", f.File);
            if (f.Kind is null) w.WriteNull("kind"); else w.WriteString("kind", f.Kind.ToLowerInvariant());
            if (f.Format is null) w.WriteNull("format"); else w.WriteString("format", f.Format);
            if (f.AgencyId is null) w.WriteNull("agency"); else w.WriteString("agency", f.AgencyId);
            if (f.Year is null) w.WriteNull("year"); else w.WriteNumber("year", f.Year.Value);
            w.WriteNumber("cellsRead", f.CellsRead);
            w.WriteNumber("cellsExpected", f.CellsExpected);
            if (f.YearFile is null) w.WriteNull("yearFile"); else w.WriteString("yearFile", f.YearFile);
            w.WriteBoolean("written", f.Written);
            w.WriteBoolean("agencyFileCreated", f.AgencyFileCreated);
            w.WriteStartArray("findings");
            foreach (var x in f.Findings)
            {
                w.WriteStartObject();
                w.WriteString("id", x.Id);
                w.WriteString("severity", DiagnosticFormatter.SeverityToken(x.Severity));
                w.WriteString("file", f.File);
                w.WriteString("where", x.Where);
                // A published file has no lines; the contract keeps the fields, null, as for a finding about a folder.
                w.WriteNull("line");
                w.WriteNull("column");
                w.WriteString("message", x.Message);
                if (x.Cell is not null) w.WriteString("cell", x.Cell);
                if (x.KeyPath is not null) w.WriteString("keyPath", x.KeyPath);
                if (x.Actual is not null) w.WriteString("actual", x.Actual);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("diagnostics");
            foreach (var d in f.Validation) DiagnosticFormatter.WriteJsonObject(w, d);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartObject("summary");
        w.WriteNumber("files", files.Count);
        w.WriteNumber("written", files.Count(f => f.Written));
        w.WriteNumber("errors", files.Sum(f => f.ErrorCount));
        w.WriteNumber("warnings", files.Sum(f => f.WarningCount));
        w.WriteEndObject();
        w.WriteEndObject();
    }
}

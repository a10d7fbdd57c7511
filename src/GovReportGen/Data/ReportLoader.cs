using System.Globalization;
using System.Text.RegularExpressions;
using GovReportGen.Data.Model;
using GovReportGen.Data.Schema;
using GovReportGen.Data.Yaml;
using GovReportGen.Diagnostics;
using GovReportGen.Data.Common;

namespace GovReportGen.Data;

/// <summary>One <c>&lt;year&gt;.yaml</c> after loading: the typed data when it loaded cleanly, and what was found.</summary>
public sealed record LoadedReport(string AgencyId, int Year, string File, ReportData? Data, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool LoadedCleanly => Data is not null && !Diagnostics.Any(d => d.IsError);

    /// <summary>
    /// The data of a file with errors, its unreadable figure cells read as 0 (<see cref="FieldSet.Defaulted"/>): rules
    /// still check the rest, as a compiler goes on after an error. Never rendered or used as another year's figures.
    /// </summary>
    public ReportData? Partial { get; init; }

    /// <summary>Why no rule could check this file at all (it could not be read, or has no usable agency.yaml); null when they ran.</summary>
    public string? NotCheckedReason { get; init; }

    /// <summary>What the rules check: the clean data, or else the partial one.</summary>
    public ReportData? Checkable => Data ?? Partial;
}

/// <summary>One <c>agencies/&lt;id&gt;/</c> folder.</summary>
public sealed record AgencyFolder(string Id, string Path, AgencyInfo? Agency, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<LoadedReport> Reports);

/// <summary>Everything under a data folder's <c>agencies/</c>, loaded.</summary>
public sealed record DataSet(string Root, IReadOnlyList<AgencyFolder> Agencies)
{
    public LoadedReport? Find(string agencyId, int year) =>
        Agencies.FirstOrDefault(a => a.Id == agencyId)?.Reports.FirstOrDefault(r => r.Year == year);
}

/// <summary>
/// Finds and loads agencies and year files. Folder names, file names and the agency.yaml link are
/// checked here (GRG1010, GRG1011); each file goes through <see cref="YamlFileReader"/> and the
/// format's schema, chosen from the catalogue the loader is given. Never throws for bad data.
/// </summary>
public sealed class ReportLoader(FormatCatalog formats)
{

    /// <param name="dataRoot">The folder holding <c>agencies/</c>.</param>
    /// <param name="displayRoot">Paths in diagnostics are written relative to this folder (normally the working directory).</param>
    public DataSet LoadAll(string dataRoot, string? displayRoot = null)
    {
        var agenciesDir = System.IO.Path.Combine(dataRoot, "agencies");
        var folders = new List<AgencyFolder>();
        if (!Directory.Exists(agenciesDir)) return new DataSet(dataRoot, folders);
        foreach (var dir in DataLayout.AgencyDirectories(dataRoot))
            folders.Add(LoadAgency(dir, displayRoot));
        return new DataSet(dataRoot, folders);
    }

    public AgencyFolder LoadAgency(string dir, string? displayRoot = null)
    {
        var id = System.IO.Path.GetFileName(dir.TrimEnd('/', '\\'));
        var diagnostics = new DiagnosticBag();
        var agencyPath = System.IO.Path.Combine(dir, DataLayout.AgencyFileName);
        var agencyDisplay = DataLayout.Display(agencyPath, displayRoot);
        var dirDisplay = DataLayout.Display(dir, displayRoot);

        if (!DataLayout.AgencyIdPattern().IsMatch(id))
        {
            diagnostics.Error("GRG1011", SourceSpan.WholeOf(dirDisplay),
                $"机关文件夹名“{id}”不是有效的机关标识：只能用小写字母、数字和连字符（如 zaozhuang-shizhong-kjj）");
            return new AgencyFolder(id, dir, null, diagnostics.Items, Array.Empty<LoadedReport>());
        }

        AgencyInfo? agency = null;
        var agencyMissing = !File.Exists(agencyPath);
        if (!agencyMissing) agency = LoadAgencyFile(agencyPath, agencyDisplay, id, diagnostics);

        var reports = new List<LoadedReport>();
        foreach (var file in Directory.GetFiles(dir).OrderBy(f => f, StringComparer.Ordinal))
        {
            var name = System.IO.Path.GetFileName(file);
            if (name == DataLayout.AgencyFileName) continue;
            var display = DataLayout.Display(file, displayRoot);
            var match = DataLayout.YearFilePattern().Match(name);
            if (!match.Success)
            {
                if (name.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    diagnostics.Error("GRG1010", SourceSpan.WholeOf(display), $"年度数据文件名应为“四位年份.yaml”（如 2024.yaml），实际为“{name}”");
                continue;
            }
            var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            if (!DataLayout.IsReportYear(year))
            {
                diagnostics.Error("GRG1010", SourceSpan.WholeOf(display),
                    $"年度数据文件名“{name}”中的年份不是有效的报告年度（{DataLayout.MinReportYear}–{DataLayout.MaxReportYear}），此文件未读取");
                continue;
            }
            reports.Add(LoadYear(file, display, year, agency, agencyDisplay, agencyMissing));
        }
        // A missing agency.yaml is reported on each year file it blocks (one finding per file, where the
        // user looks); the folder carries it only when there is no year file to carry it.
        if (agencyMissing && reports.Count == 0)
            diagnostics.Error("GRG1011", SourceSpan.WholeOf(dirDisplay), $"机关文件夹“{id}”缺少 agency.yaml（机关名称、类型等）");
        return new AgencyFolder(id, dir, agency, diagnostics.Items, reports);
    }

    private static AgencyInfo? LoadAgencyFile(string path, string display, string folderId, DiagnosticBag diagnostics)
    {
        var local = new DiagnosticBag();
        var tree = YamlFileReader.ReadFile(path, display, local);
        FieldSet? fields = null;
        if (tree is not null) fields = SchemaBinder.Bind(tree, CommonSchema.Agency(), display, local);
        diagnostics.AddRange(local.Items);
        if (fields is null || local.HasErrors) return null;
        var agency = AgencyInfo.From(fields);
        if (agency.Id != folderId)
        {
            diagnostics.Error("GRG1011", fields.SpanOf("id"), $"agency.yaml 中的 id“{agency.Id}”与文件夹名“{folderId}”不一致");
            return null;
        }
        return agency;
    }

    /// <summary>Loads one year file. Without a usable agency.yaml the file is still read, so its own faults are reported too.</summary>
    /// <param name="agencyMissing">agency.yaml does not exist; when it exists but is invalid, its own errors
    /// (attached to every report of the folder) already say why, so the year file gets no second finding.</param>
    public LoadedReport LoadYear(string path, string display, int pathYear, AgencyInfo? agency, string agencyDisplay, bool agencyMissing = false)
    {
        var diagnostics = new DiagnosticBag();
        var tree = YamlFileReader.ReadFile(path, display, diagnostics);
        if (tree is null)
            return new LoadedReport(agency?.Id ?? "", pathYear, display, null, diagnostics.Items) { NotCheckedReason = "文件无法读取（见上方错误），未运行任何核对规则" };

        var format = ChooseFormat(tree, pathYear, display, diagnostics);
        var otherFormats = formats.All.Where(f => f.Id != format.Id).Select(f => (f.Id, f.Schema)).ToList();
        var fields = SchemaBinder.Bind(tree, format.Schema, display, diagnostics, otherFormats);

        if (fields.Has("year") && fields.Get<int>("year") != pathYear)
            diagnostics.Error("GRG1010", fields.SpanOf("year"), $"文件路径年份（{pathYear}）与 year: {fields.Get<int>("year")} 不一致");

        if (agency is null)
        {
            if (agencyMissing)
                diagnostics.Error("GRG1011", SourceSpan.WholeOf(display), $"机关文件夹中缺少 {agencyDisplay}（机关名称、类型等），此年度数据无法生成报告");
            return new LoadedReport("", pathYear, display, null, diagnostics.Items) { NotCheckedReason = "机关信息 agency.yaml 缺失或有错误，未运行任何核对规则" };
        }
        if (tree is not YMapping)
            return new LoadedReport(agency.Id, pathYear, display, null, diagnostics.Items) { NotCheckedReason = "文件顶层不是键值对，未运行任何核对规则" };
        var data = ReportData.From(agency, format, fields, pathYear);
        return diagnostics.HasErrors
            ? new LoadedReport(agency.Id, pathYear, display, null, diagnostics.Items) { Partial = data }
            : new LoadedReport(agency.Id, pathYear, display, data, diagnostics.Items);
    }

    /// <summary>
    /// The format decides the schema, so it is read before binding: an explicit <c>format:</c> wins
    /// (a mismatch with the year is GRG5001, reported by the publishing rules); otherwise the year decides.
    /// </summary>
    private IFormatDefinition ChooseFormat(YNode tree, int pathYear, string display, DiagnosticBag diagnostics)
    {
        if (tree is YMapping map && map.Find(CommonSchema.FormatKey)?.Value is YScalar { IsNull: false } f && formats.ById(f.Value.Trim()) is { } stated)
            return stated;
        var year = pathYear;
        if (tree is YMapping m && m.Find("year")?.Value is YScalar y && int.TryParse(y.Value, out var given)) year = given;
        return formats.ForYear(year) ?? formats.All[0];
    }
}

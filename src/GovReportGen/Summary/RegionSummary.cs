using GovReportGen.Data.Model;
using GovReportGen.Diagnostics;

namespace GovReportGen.Summary;

/// <summary>A report of the year left out of the sums because it has errors (what <c>render</c> would not publish).</summary>
/// <param name="ScopeUnknown">With <c>--parent</c>: its agency.yaml did not load, so whether it belongs is not known.</param>
public sealed record ExcludedReport(string AgencyId, string Label, string File, IReadOnlyList<Diagnostic> Errors, bool ScopeUnknown = false);

/// <summary>An agency of the scope without a report for the year; <see cref="Years"/> are the years it has files for.</summary>
public sealed record MissingAgency(string AgencyId, string Label, IReadOnlyList<int> Years);

/// <summary>
/// 表二, 表三 and 表四 summed cell by cell over the reports of one table format: each key of the format's official
/// structure maps to the sum of what every report prints there.
/// </summary>
public sealed record FormatTotals(IFormatDefinition Format, IReadOnlyList<string> AgencyIds, IReadOnlyDictionary<string, decimal> Sums)
{
    public static FormatTotals Of(IFormatDefinition format, IReadOnlyList<ReportData> reports)
    {
        var sums = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var (_, cell) in OfficialFigures.Cells(format))
            sums[cell.Key!] = reports.Sum(r => OfficialFigures.Value(r, cell.Key!));
        return new FormatTotals(format, reports.Select(r => r.Agency.Id).ToList(), sums);
    }
}

/// <summary>
/// What the region's summary (汇总) of one year says: the summed tables (one set per table format used that year),
/// one row of key figures per agency and their 合计, and the reports and agencies it could not include.
/// </summary>
public sealed record RegionSummary(
    int Year,
    string? ParentId,
    string? ParentName,
    IReadOnlyList<FormatTotals> Formats,
    IReadOnlyList<KeyFigures> Agencies,
    KeyFigures Total,
    IReadOnlyList<ExcludedReport> Excluded,
    IReadOnlyList<MissingAgency> Missing)
{
    public const string TotalLabel = "合计";

    /// <param name="included">The reports summed, in the order their rows print.</param>
    public static RegionSummary Of(int year, string? parentId, string? parentName, IReadOnlyList<ReportData> included,
        IReadOnlyList<ExcludedReport> excluded, IReadOnlyList<MissingAgency> missing)
    {
        // Reports of one year normally share the year's format (another is a GRG5001 error, which excludes the report);
        // should two formats meet all the same, their tables differ, so each format is summed on its own.
        var formats = included.GroupBy(r => r.Format.Id, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => FormatTotals.Of(g.First().Format, g.ToList()))
            .ToList();
        // Two agencies may print the same name (the sample 科技局 has no region in it): a row must still say which is which.
        var shared = included.GroupBy(r => Label(r.Agency), StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var rows = included.Select(r => KeyFigures.Of(r, shared.Contains(Label(r.Agency)) ? $"{Label(r.Agency)}（{r.Agency.Id}）" : Label(r.Agency))).ToList();
        return new RegionSummary(year, parentId, parentName, formats, rows, KeyFigures.Sum(TotalLabel, rows), excluded, missing);
    }

    /// <summary>How the summary names an agency: its full name, or its id when agency.yaml has none.</summary>
    public static string Label(AgencyInfo? agency, string? id = null) =>
        agency?.Name is { Length: > 0 } name ? name : agency?.Id ?? id ?? "";

    /// <summary>The title, one line: 2024年度政府信息公开工作年度报告汇总 (after the parent's name when there is one).</summary>
    public string TitleLine => $"{Year}年度政府信息公开工作年度报告汇总";

    public int IncludedCount => Agencies.Count;
}

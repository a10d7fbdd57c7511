using GovReportGen.Data;
using GovReportGen.Data.Model;
using GovReportGen.Diagnostics;

namespace GovReportGen.Validation;

/// <summary>The outcome for one agency and year: everything found while loading and checking it.</summary>
/// <param name="Skipped">Checks that could not run on this report, each with why (Chinese, as printed).</param>
public sealed record ReportValidation(string AgencyId, int Year, string File, LoadedReport Loaded, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Skipped)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>The outcome for a data folder: per report, plus findings that belong to no report (a bad folder name).</summary>
public sealed record ValidationResult(IReadOnlyList<ReportValidation> Reports, IReadOnlyList<Diagnostic> Other, int AgencyCount)
{
    public IEnumerable<Diagnostic> AllDiagnostics => Other.Concat(Reports.SelectMany(r => r.Diagnostics));
    public int ErrorCount => AllDiagnostics.Count(d => d.IsError);
    public int WarningCount => AllDiagnostics.Count(d => !d.IsError);
    public IEnumerable<ReportValidation> WithSkippedChecks => Reports.Where(r => r.Skipped.Count > 0);
}

/// <summary>Which reports to check; the others are still loaded, because cross-year rules read last year's file.</summary>
public sealed record ValidationFilter(string? AgencyId = null, int? Year = null)
{
    public static readonly ValidationFilter All = new();

    public bool Includes(string agencyId, int year) =>
        (AgencyId is null || AgencyId == agencyId) && (Year is null || Year == year);
}

/// <summary>
/// Runs every rule over every loaded report: the common rules and the rules of the report's format,
/// both from the rule set it is given. Rules never see another agency's data.
/// </summary>
public sealed class Validator(FormatCatalog formats, RuleSet rules)
{
    public ValidationResult Validate(DataSet data, DateOnly today, ValidationFilter? filter = null)
    {
        filter ??= ValidationFilter.All;
        var reports = new List<ReportValidation>();
        var other = new List<Diagnostic>();
        var agencyCount = 0;
        foreach (var folder in data.Agencies)
        {
            if (filter.AgencyId is not null && filter.AgencyId != folder.Id) continue;
            var selected = folder.Reports.Where(r => filter.Includes(folder.Id, r.Year)).ToList();
            if (selected.Count > 0 || filter.Year is null) agencyCount++;
            if (selected.Count == 0)
            {
                // Folder-level findings must surface even when no year file can carry them.
                if (filter.Year is null) other.AddRange(folder.Diagnostics);
                continue;
            }
            foreach (var loaded in selected)
            {
                var diagnostics = new DiagnosticBag();
                diagnostics.AddRange(folder.Diagnostics);
                diagnostics.AddRange(loaded.Diagnostics);
                var skipped = new List<string>();
                // A file with errors is still checked, its unreadable cells read as 0 (LoadedReport.Partial), so one
                // run shows every fault; only a file nothing could be read from skips the rules.
                if (loaded.Checkable is { } checkable)
                {
                    var previous = folder.Reports.FirstOrDefault(r => r.Year == loaded.Year - 1);
                    var hasEarlier = folder.Reports.Any(r => r.Year < loaded.Year - 1);
                    // Last year's figures are compared only when they are known: a partial file's 0s would be taken
                    // for real carry-over figures.
                    if (previous is { LoadedCleanly: false })
                        skipped.Add($"跨年度核对（上年结转、数字跳变等）：上一年度文件 {previous.File} 有错误，修正后才能核对");
                    var unreadable = loaded.Diagnostics
                        // The year is known from the file name, and rules anchor findings about the whole report at "year".
                        .Where(d => d.IsError && d.KeyPath is not null and not "year" && d.Id is "GRG1008" or "GRG1009")
                        .Select(d => d.KeyPath!).ToHashSet(StringComparer.Ordinal);
                    var context = new RuleContext(checkable, previous is { LoadedCleanly: true } ? previous.Data : null, hasEarlier, today, diagnostics, formats, unreadable);
                    foreach (var rule in rules.For(checkable.Format.Id))
                        rule.Check(context);
                }
                else
                {
                    skipped.Add(loaded.NotCheckedReason ?? "文件有错误，未运行任何核对规则");
                }
                var final = Acknowledgements.Apply(diagnostics.Items, loaded.Checkable);
                reports.Add(new ReportValidation(folder.Id, loaded.Year, loaded.File, loaded, final, skipped));
            }
        }
        return new ValidationResult(reports, other, agencyCount);
    }
}

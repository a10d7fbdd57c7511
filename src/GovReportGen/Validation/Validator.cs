using GovReportGen.Data;
using GovReportGen.Data.Model;
using GovReportGen.Diagnostics;

namespace GovReportGen.Validation;

/// <summary>The outcome for one agency and year: everything found while loading and checking it.</summary>
public sealed record ReportValidation(string AgencyId, int Year, string File, LoadedReport Loaded, IReadOnlyList<Diagnostic> Diagnostics)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>The outcome for a data folder: per report, plus findings that belong to no report (a bad folder name).</summary>
public sealed record ValidationResult(IReadOnlyList<ReportValidation> Reports, IReadOnlyList<Diagnostic> Other, int AgencyCount)
{
    public IEnumerable<Diagnostic> AllDiagnostics => Other.Concat(Reports.SelectMany(r => r.Diagnostics));
    public int ErrorCount => AllDiagnostics.Count(d => d.IsError);
    public int WarningCount => AllDiagnostics.Count(d => !d.IsError);
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
                if (loaded.Data is not null && !diagnostics.HasErrors)
                {
                    var previous = folder.Reports.FirstOrDefault(r => r.Year == loaded.Year - 1);
                    var hasEarlier = folder.Reports.Any(r => r.Year < loaded.Year - 1);
                    var context = new RuleContext(loaded.Data, previous is { LoadedCleanly: true } ? previous.Data : null, hasEarlier, today, diagnostics, formats);
                    foreach (var rule in rules.For(loaded.Data.Format.Id))
                        rule.Check(context);
                }
                var final = Acknowledgements.Apply(diagnostics.Items, loaded.Data);
                reports.Add(new ReportValidation(folder.Id, loaded.Year, loaded.File, loaded, final));
            }
        }
        return new ValidationResult(reports, other, agencyCount);
    }
}

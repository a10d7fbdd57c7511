using GovReportGen.Data;
using GovReportGen.Diagnostics;
using GovReportGen.Validation;

namespace GovReportGen.Hierarchy;

/// <summary>
/// The checks that need more than one agency, run by <c>validate</c> after the per-report validation (whose rules
/// never see another agency's data) over the whole loaded data folder: <c>parent_id</c> links (GRG7002, GRG7003) and
/// reports that cover their subordinates (GRG7001). Each finding joins the reports of the agency it is about, as the
/// faults of agency.yaml do, so it counts in that report's status; an agency with no report selected carries it in
/// the findings that belong to no report.
/// </summary>
public static class HierarchyCheck
{
    public static ValidationResult Add(ValidationResult result, DataSet data, ValidationFilter? filter = null)
    {
        filter ??= ValidationFilter.All;
        var tree = AgencyTree.Of(data);
        var added = new Dictionary<(string Agency, int Year), List<Diagnostic>>();
        var other = new List<Diagnostic>();

        var selected = result.Reports.ToLookup(r => r.AgencyId, StringComparer.Ordinal);
        foreach (var problem in tree.Problems)
        {
            if (filter.AgencyId is not null && filter.AgencyId != problem.AgencyId) continue;
            var reports = selected[problem.AgencyId].ToList();
            if (reports.Count > 0)
                foreach (var r in reports) Into(added, r.AgencyId, r.Year).Add(problem.Diagnostic);
            else if (filter.Year is null) other.Add(problem.Diagnostic);
        }

        foreach (var report in result.Reports)
        {
            if (report.Loaded is not { LoadedCleanly: true, Data: { Agency.CoversChildren: true } parent }) continue;
            var found = ChildrenSumCheck.Check(parent, tree, data).ToList();
            if (found.Count > 0) Into(added, report.AgencyId, report.Year).AddRange(found);
        }

        if (added.Count == 0 && other.Count == 0) return result;
        var reportsAfter = result.Reports
            .Select(r => added.TryGetValue((r.AgencyId, r.Year), out var extra) ? r with { Diagnostics = r.Diagnostics.Concat(extra).ToList() } : r)
            .ToList();
        return result with { Reports = reportsAfter, Other = result.Other.Concat(other).ToList() };
    }

    private static List<Diagnostic> Into(Dictionary<(string, int), List<Diagnostic>> added, string agency, int year)
    {
        if (!added.TryGetValue((agency, year), out var list)) added[(agency, year)] = list = new List<Diagnostic>();
        return list;
    }
}

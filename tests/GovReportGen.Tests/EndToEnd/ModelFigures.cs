using GovReportGen.Data.Model;
using GovReportGen.Formats.Gov2019;
using GovReportGen.Formats.Gov2021;

namespace GovReportGen.Tests.EndToEnd;

/// <summary>
/// The figures each table should print, read from the data model in the official reading order
/// (docs/formats.md §2.1 / §3.1 row by row; 表三 row by row with its derived totals; 表四 by group).
/// </summary>
public static class ModelFigures
{
    public static IReadOnlyList<decimal> Table2(ReportData report) => report.Table2 switch
    {
        Gov2021Table2 t => new decimal[]
        {
            t.GovernmentRules.Issued, t.GovernmentRules.Repealed, t.GovernmentRules.InForce,
            t.NormativeDocuments.Issued, t.NormativeDocuments.Repealed, t.NormativeDocuments.InForce,
            t.LicensingDecisions,
            t.PenaltyDecisions,
            t.CoerciveMeasureDecisions,
            t.AdministrativeFeesWanYuan,
        },
        Gov2019Table2 t => new decimal[]
        {
            t.GovernmentRules.NewlyMade, t.GovernmentRules.NewlyPublished, t.GovernmentRules.TotalPublished,
            t.NormativeDocuments.NewlyMade, t.NormativeDocuments.NewlyPublished, t.NormativeDocuments.TotalPublished,
            t.Licensing.PreviousYearItems, t.Licensing.Change, Decisions(t.Licensing),
            t.OtherServices.PreviousYearItems, t.OtherServices.Change, Decisions(t.OtherServices),
            t.Penalties.PreviousYearItems, t.Penalties.Change, Decisions(t.Penalties),
            t.CoerciveMeasures.PreviousYearItems, t.CoerciveMeasures.Change, Decisions(t.CoerciveMeasures),
            t.AdministrativeFees.PreviousYearItems, t.AdministrativeFees.Change,
            t.ProcurementProjects, t.ProcurementAmountWanYuan,
        },
        var other => throw new InvalidOperationException($"unknown 表二 record {other.GetType().Name}"),
    };

    private static decimal Decisions(ItemCounts row) =>
        row.Decisions ?? throw new InvalidOperationException($"{row.Label}: no 处理决定数量 in the model");

    /// <summary>表三 rows in print order: 一, 二, every leaf result, （七）总计, 四.</summary>
    public static IReadOnlyList<IReadOnlyList<long>> Table3Rows(ReportData report)
    {
        var t = report.Table3;
        var rows = new List<IReadOnlyList<long>> { t.NewRequests.Cells, t.CarriedIn.Cells };
        rows.AddRange(t.ResultGroups.SelectMany(g => g.Rows).Select(r => r.Cells));
        rows.Add(t.ResultsTotal.Cells);
        rows.Add(t.CarriedForward.Cells);
        return rows;
    }

    public static IReadOnlyList<decimal> Table3(ReportData report) => Table3Rows(report).SelectMany(r => r).Select(v => (decimal)v).ToList();

    public static IReadOnlyList<decimal> Table4(ReportData report) =>
        new[] { report.Table4.Reconsideration, report.Table4.LitigationDirect, report.Table4.LitigationAfterReconsideration }
            .SelectMany(g => new[] { g.Upheld, g.Corrected, g.Other, g.Pending, g.Total })
            .Select(v => (decimal)v).ToList();
}

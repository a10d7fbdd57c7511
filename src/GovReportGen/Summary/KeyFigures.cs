using GovReportGen.Data.Model;

namespace GovReportGen.Summary;

/// <summary>
/// One row of the summary's per-agency table: the figures a central office reads first. Counts come from 表三 and
/// 表四 (totals as printed); the 信息处理费 is the gov-2021 section 六 amount in 元 — gov-2019 has no such item, and
/// 表二's 行政事业性收费 (万元) is the agency's administrative fees, a different thing (docs/formats.md §2.1).
/// </summary>
/// <param name="ProcessingFeesYuan">Null when the report states no 信息处理费 (a gov-2019 report, or the key left out).</param>
public sealed record KeyFigures(
    string Label,
    long NewRequests,
    long Concluded,
    long CarriedForward,
    long Reconsideration,
    long ReconsiderationCorrected,
    long Litigation,
    long LitigationCorrected,
    decimal? ProcessingFeesYuan)
{
    public const string ProcessingFeesKey = "narrative.other_matters.processing_fees.amount_yuan";

    public static KeyFigures Of(ReportData report, string label)
    {
        var t3 = report.Table3;
        var t4 = report.Table4;
        return new KeyFigures(
            label,
            t3.NewRequests.Total,
            t3.ResultsTotal.Total,
            t3.CarriedForward.Total,
            t4.Reconsideration.Total,
            t4.Reconsideration.Corrected,
            t4.LitigationDirect.Total + t4.LitigationAfterReconsideration.Total,
            t4.LitigationDirect.Corrected + t4.LitigationAfterReconsideration.Corrected,
            report.Fields.Has(ProcessingFeesKey) ? report.Fields.Money(ProcessingFeesKey) : null);
    }

    /// <summary>The 合计 row; its fee is the sum of the fees stated (null when no report states one).</summary>
    public static KeyFigures Sum(string label, IReadOnlyList<KeyFigures> rows)
    {
        var fees = rows.Where(r => r.ProcessingFeesYuan is not null).Select(r => r.ProcessingFeesYuan!.Value).ToList();
        return new KeyFigures(
            label,
            rows.Sum(r => r.NewRequests),
            rows.Sum(r => r.Concluded),
            rows.Sum(r => r.CarriedForward),
            rows.Sum(r => r.Reconsideration),
            rows.Sum(r => r.ReconsiderationCorrected),
            rows.Sum(r => r.Litigation),
            rows.Sum(r => r.LitigationCorrected),
            fees.Count == 0 ? null : fees.Sum());
    }

    /// <summary>纠正率 as printed: a percentage to one decimal place (half away from zero), or — when there were no cases.</summary>
    public static string Share(long part, long whole) =>
        whole == 0 ? NotApplicable : OfficialFigures.Print(Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero)) + "%";

    /// <summary>What a cell prints when the figure does not exist (no cases to share, no fee item in the format).</summary>
    public const string NotApplicable = "—";
}

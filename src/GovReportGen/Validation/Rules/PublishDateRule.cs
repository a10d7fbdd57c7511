namespace GovReportGen.Validation.Rules;

/// <summary>
/// GRG5003: the 条例 deadline is 1月31日 of the following year for departments and 3月31日 for a
/// 本级人民政府 (<c>kind: government</c>). A date inside the report year is impossible (the period has not ended).
/// A missing date is allowed but noted, pointing at <c>year</c>, because the signature then prints no date.
/// </summary>
internal sealed class PublishDateRule : IRule
{
    public RuleInfo Info { get; } = new("GRG5003", RuleSeverity.WarningOrError,
        "发布日期：晚于次年 1月31日（本级人民政府为 3月31日）为警告；不晚于报告年度 12月31日为错误；未填写为警告（落款日期留空待填）");

    /// <summary>Dates as the report prints them: 2025年2月10日, no zero padding.</summary>
    public static string Chinese(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    public static DateOnly Deadline(int reportYear, bool government) =>
        government ? new DateOnly(reportYear + 1, 3, 31) : new DateOnly(reportYear + 1, 1, 31);

    public void Check(RuleContext context)
    {
        var report = context.Report;
        if (report.PublishedOn is not { } date)
        {
            // A date written but unreadable is the loader's GRG1009; "not filled in" would be wrong.
            if (context.IsUnreadable("published_on")) return;
            context.Warning(Info, "year", "未填写发布日期（published_on），落款日期将印为空白的“　　　　年　　月　　日”，请在发布前填写");
            return;
        }
        var yearEnd = new DateOnly(report.Year, 12, 31);
        if (date <= yearEnd)
        {
            context.Error(Info, "published_on",
                $"发布日期 {Chinese(date)} 不晚于报告年度末 {Chinese(yearEnd)}：年度统计期尚未结束，不能发布");
            return;
        }
        var deadline = Deadline(report.Year, report.Agency.IsGovernment);
        if (date > deadline)
            context.Warning(Info, "published_on",
                $"发布日期 {Chinese(date)} 晚于法定期限 {Chinese(deadline)}{(report.Agency.IsGovernment ? "（本级人民政府）" : "")}");
    }
}

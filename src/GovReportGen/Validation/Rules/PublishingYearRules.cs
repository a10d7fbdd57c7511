namespace GovReportGen.Validation.Rules;

/// <summary>
/// GRG5001: the loader reads a file with the format it states (or the year's format), so a stated format
/// that the year does not allow is found here. Years before the first format are unsupported.
/// </summary>
internal sealed class FormatMatchesYearRule : IRule
{
    public RuleInfo Info { get; } = new("GRG5001", RuleSeverity.Error,
        "表格格式与年度不符：gov-2019 只用于 2019–2020 年度，gov-2021 用于 2021 年度及以后；2019 年以前的年度不支持");

    public void Check(RuleContext context)
    {
        var report = context.Report;
        var expected = context.Formats.ForYear(report.Year);
        if (expected is null)
        {
            var first = context.Formats.FirstSupportedYear;
            context.Error(Info, "year", $"不支持{report.Year}年度的报告：本工具只支持{first}年度及以后（{string.Join("、", context.Formats.Ids)}）");
            return;
        }
        if (report.Fields.Has("format") && report.Format.Id != expected.Id)
            context.Error(Info, "format", $"{report.Year}年度报告应使用 {expected.Id} 格式，不能使用 {report.Format.Id}");
    }
}

/// <summary>GRG5002: a report covers a whole calendar year, which must have ended.</summary>
internal sealed class ReportYearEndedRule : IRule
{
    public RuleInfo Info { get; } = new("GRG5002", RuleSeverity.ErrorOrWarning,
        "报告年度晚于当前年份为错误；等于当前年份为警告（统计期尚未结束）");

    public void Check(RuleContext context)
    {
        var year = context.Report.Year;
        var now = context.Today.Year;
        if (year > now)
            context.Error(Info, "year", $"报告年度 {year} 晚于当前年份 {now}，统计期尚未开始或结束");
        else if (year == now)
            context.Warning(Info, "year", $"{year}年度尚未结束（今天是 {PublishDateRule.Chinese(context.Today)}），统计数据不完整");
    }
}

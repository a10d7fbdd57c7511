namespace GovReportGen.Validation.Rules;

/// <summary>GRG2005: a given 表四 总计 must equal its four result cells; an omitted one is derived.</summary>
internal sealed class Table4TotalRule : IRule
{
    public RuleInfo Info { get; } = new("GRG2005", RuleSeverity.Error,
        "表四每组（行政复议、两类行政诉讼）：结果维持 + 结果纠正 + 其他结果 + 尚未审结 = 总计（填写了总计时）");

    public void Check(RuleContext context)
    {
        foreach (var g in context.Report.Table4.Groups)
        {
            if (!g.TotalGiven || g.Total == g.Sum) continue;
            context.Error(Info, $"{g.Path}.total",
                $"表四“{g.Label}”：结果维持({g.Upheld})+结果纠正({g.Corrected})+其他结果({g.Other})+尚未审结({g.Pending})={g.Sum} ≠ 总计({g.Total})，相差 {Math.Abs(g.Sum - g.Total)}；请核对这四项，或删去总计由程序计算"
                + context.BlankNote(g.Path),
                new DiagnosticDetails($"表四“{g.Label}”总计", Expected: g.Sum.ToString(System.Globalization.CultureInfo.InvariantCulture), Actual: g.Total.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
    }
}

using GovReportGen.Data.Model;
using GovReportGen.Data.Schema;

namespace GovReportGen.Validation.Rules;

/// <summary>
/// GRG2006. A negative count never reaches the model: ScalarParser rejects it while loading and reports
/// it under this id (gov-2019 本年增/减 is parsed as signed and exempt). The class exists for the catalogue.
/// </summary>
internal sealed class NonNegativeCountRule : IRule
{
    public RuleInfo Info { get; } = new("GRG2006", RuleSeverity.Error,
        "件数必须是不小于 0 的整数（gov-2019 表二“本年增/减”可为负数）；加载数据时检查");

    public void Check(RuleContext context)
    {
        // Enforced by the loader (ScalarParser.ParseCount): a report with a negative count has no model to check.
    }
}

/// <summary>
/// GRG2007. Like GRG2006, a negative amount or one with more than 4 decimals is rejected while loading
/// (ScalarParser.ParseMoney) and never reaches the model. The class exists for the catalogue.
/// </summary>
internal sealed class MoneyRangeRule : IRule
{
    public RuleInfo Info { get; } = new("GRG2007", RuleSeverity.Error,
        "金额必须是不小于 0 的数，最多 4 位小数（万元计到 1 元）；加载数据时检查");

    public void Check(RuleContext context)
    {
        // Enforced by the loader (ScalarParser.ParseMoney).
    }
}

/// <summary>
/// GRG2008: a 万元 amount in 表二 that looks typed in 元. The cells are found through the format's schema
/// (every Money value under <c>table2</c>), so gov-2021 checks 行政事业性收费 本年收费金额 and gov-2019 checks
/// 政府集中采购 采购总金额, and a new format needs no change here.
/// </summary>
internal sealed class MoneyEnteredInYuanRule : IRule
{
    /// <summary>A department's fee income of 1 亿元 or more is implausible; governments have no ceiling (a real city report: 96171.6 万元).</summary>
    public const decimal DepartmentCeilingWanYuan = 10000m;

    public const decimal MaxGrowthFactor = 100m;

    public RuleInfo Info { get; } = new("GRG2008", RuleSeverity.Warning,
        "表二万元金额疑似按“元”填写：部门（kind: department）≥ 10000 万元，或任何机关超过上年同一金额的 100 倍");

    public void Check(RuleContext context)
    {
        var report = context.Report;
        foreach (var (path, cellName) in Table2MoneyCells(report))
        {
            var value = report.Fields.Money(path);
            var amount = ScalarParser.FormatDecimal(value);
            if (!report.Agency.IsGovernment && value >= DepartmentCeilingWanYuan)
            {
                context.Warning(Info, path,
                    $"{cellName}为 {amount} 万元，对部门而言异常偏大（≥ {ScalarParser.FormatDecimal(DepartmentCeilingWanYuan)} 万元），是否按“元”填写？");
                continue;
            }
            // Only the same key holds the same quantity last year (formats may change between years).
            if (context.Previous?.Fields.Get<object>(path) is decimal last && last > 0 && value > last * MaxGrowthFactor)
            {
                context.Warning(Info, path,
                    $"{cellName}为 {amount} 万元，超过上年（{context.Previous.Year}年度 {ScalarParser.FormatDecimal(last)} 万元）的 {ScalarParser.FormatDecimal(MaxGrowthFactor)} 倍，是否按“元”填写？");
            }
        }
    }

    private static IEnumerable<(string Path, string CellName)> Table2MoneyCells(ReportData report)
    {
        if (report.Format.Schema.Child("table2") is not MapSchema table2) yield break;
        foreach (var block in table2.Children.OfType<MapSchema>())
            foreach (var cell in block.Children.OfType<ValueSchema>())
                if (cell.Kind == ValueKind.Money && report.Fields.Has($"table2.{block.Key}.{cell.Key}"))
                    yield return ($"table2.{block.Key}.{cell.Key}", cell.CellName);
    }
}

namespace GovReportGen.Validation.Rules;

/// <summary>GRG2xxx: sums and ranges within one report (勾稽关系). GRG2004 is reserved (RuleCatalog.StageRules).</summary>
internal static class ArithmeticRules
{
    public static readonly IReadOnlyList<IRule> All = new IRule[]
    {
        new Table3BalanceRule(),
        new Table3RowTotalRule(),
        new Table3ResultsTotalRule(),
        new Table4TotalRule(),
        new NonNegativeCountRule(),
        new MoneyRangeRule(),
        new MoneyEnteredInYuanRule(),
    };
}

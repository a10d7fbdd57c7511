namespace GovReportGen.Validation.Rules;

public static class ArithmeticRules
{
    public static readonly IReadOnlyList<IRule> All = Array.Empty<IRule>();
}

namespace GovReportGen.Validation.Rules;

public static class CrossYearRules
{
    public static readonly IReadOnlyList<IRule> All = Array.Empty<IRule>();
}

namespace GovReportGen.Validation.Rules;

public static class NarrativeRules
{
    public static readonly IReadOnlyList<IRule> All = Array.Empty<IRule>();
}

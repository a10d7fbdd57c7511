namespace GovReportGen.Validation.Rules;

public static class PublishingRules
{
    public static readonly IReadOnlyList<IRule> All = Array.Empty<IRule>();
}

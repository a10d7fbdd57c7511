namespace GovReportGen.Validation.Rules;

/// <summary>GRG4xxx rules on the narrative text (docs/validation.md); GRG4009 and GRG4010 run in the templating stage.</summary>
internal static class NarrativeRules
{
    public static readonly IReadOnlyList<IRule> All = new IRule[]
    {
        new PlaceholderRule(),
        new RequiredSectionRule(),
        new LastYearRectificationRule(),
        new ProcessingFeesRule(),
        new NarrativeFigureRule(),
        new UnknownBindingRule(),
        new ItemisedSumRule(),
        new TypedNumberingRule(),
        new OverviewYearRule(),
        new MarkupLikeTextRule(),
    };
}

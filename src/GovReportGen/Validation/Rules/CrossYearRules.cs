namespace GovReportGen.Validation.Rules;

/// <summary>
/// GRG3xxx shared by both formats. They run only when last year's file loaded cleanly
/// (<see cref="RuleContext.Previous"/>); GRG3005 says when that is not the case.
/// Format-specific ones (GRG3002–GRG3004) live with their format.
/// </summary>
internal static class CrossYearRules
{
    public static readonly IReadOnlyList<IRule> All = new IRule[]
    {
        new CarriedInMatchesLastYearRule(),
        new PreviousYearMissingRule(),
        new YearOnYearJumpRule(),
    };
}

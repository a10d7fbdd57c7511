namespace GovReportGen.Validation.Rules;

/// <summary>GRG5xxx: what the published document needs (format, year, date, agency name, preamble facts). GRG5005 is reserved.</summary>
internal static class PublishingRules
{
    public static readonly IReadOnlyList<IRule> All = new IRule[]
    {
        new FormatMatchesYearRule(),
        new ReportYearEndedRule(),
        new PublishDateRule(),
        new AgencyNameRule(),
        new PreambleContactRule(),
    };
}

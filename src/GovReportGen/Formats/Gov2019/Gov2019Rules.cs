using GovReportGen.Validation;

namespace GovReportGen.Formats.Gov2019;

/// <summary>Rules that exist only in gov-2019.</summary>
public static class Gov2019Rules
{
    public static readonly IReadOnlyList<IRule> All = Array.Empty<IRule>();
}

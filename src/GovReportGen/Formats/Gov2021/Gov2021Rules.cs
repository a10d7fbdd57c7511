using GovReportGen.Validation;

namespace GovReportGen.Formats.Gov2021;

/// <summary>Rules that exist only in gov-2021.</summary>
public static class Gov2021Rules
{
    public static readonly IReadOnlyList<IRule> All = Array.Empty<IRule>();
}

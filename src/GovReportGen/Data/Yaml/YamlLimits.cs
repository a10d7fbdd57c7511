namespace GovReportGen.Data.Yaml;

/// <summary>Limits that keep a hostile or broken file from costing more than a bounded amount of work.</summary>
internal sealed record YamlLimits(int MaxFileBytes = 1024 * 1024, int MaxDepth = 16, int MaxScalarChars = 64 * 1024)
{
    public static readonly YamlLimits Default = new();
}

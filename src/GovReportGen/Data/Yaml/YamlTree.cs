using GovReportGen.Diagnostics;

namespace GovReportGen.Data.Yaml;

/// <summary>
/// A located YAML node tree. We build our own instead of YamlDotNet's representation model
/// because every node must keep its position and duplicate keys must be seen, not silently merged.
/// </summary>
internal abstract record YNode(SourceSpan Span);

internal sealed record YScalar(SourceSpan Span, string Value, bool IsPlain) : YNode(Span)
{
    /// <summary>A plain <c>~</c>, <c>null</c> or empty scalar: YAML's null.</summary>
    public bool IsNull => IsPlain && (Value.Length == 0 || Value is "~" or "null" or "Null" or "NULL");
}

internal sealed record YSequence(SourceSpan Span, IReadOnlyList<YNode> Items) : YNode(Span);

internal sealed record YEntry(YScalar Key, YNode Value);

internal sealed record YMapping(SourceSpan Span, IReadOnlyList<YEntry> Entries) : YNode(Span)
{
    public YEntry? Find(string key) => Entries.FirstOrDefault(e => e.Key.Value == key);
}

internal static class YNodeDescriptions
{
    /// <summary>How a node is named in a Chinese message about a wrong type.</summary>
    public static string Describe(this YNode node) => node switch
    {
        YMapping => "映射（键值对）",
        YSequence => "列表",
        YScalar s when s.IsNull => "空值",
        YScalar s => $"“{Shorten(s.Value)}”",
        _ => "未知",
    };

    internal static string Shorten(string value) => value.Length <= 40 ? value : value[..40] + "…";
}

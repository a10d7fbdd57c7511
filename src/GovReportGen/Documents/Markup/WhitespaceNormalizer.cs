using System.Collections.Immutable;
using System.Text;

namespace GovReportGen.Documents.Markup;

/// <summary>
/// Collapses the whitespace of one block's inlines the way HTML does, with CSS Text's East Asian rule for
/// line breaks: a run of ASCII whitespace becomes one space, except that a run containing a newline
/// between two full-width characters disappears (templates wrap long Chinese lines; a space there would
/// print as a gap). Whitespace at the block's ends and around <c>br</c> is removed. The space that stays is
/// kept where the run began, so <c>a&lt;strong&gt; b&lt;/strong&gt;</c> keeps it inside the <c>strong</c>.
/// </summary>
internal static class WhitespaceNormalizer
{
    public static ImmutableArray<Inline> Normalize(ImmutableArray<Inline> inlines)
    {
        var leaves = new List<Inline>();
        CollectLeaves(inlines, leaves);
        var output = CollapseLeaves(leaves);
        var next = 0;
        return Rebuild(inlines, output, ref next);
    }

    private static void CollectLeaves(ImmutableArray<Inline> inlines, List<Inline> leaves)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Strong strong: CollectLeaves(strong.Children, leaves); break;
                case Emphasis emphasis: CollectLeaves(emphasis.Children, leaves); break;
                default: leaves.Add(inline); break;
            }
        }
    }

    /// <summary>One pass over all characters of the block in reading order; returns each leaf's new text.</summary>
    private static string[] CollapseLeaves(List<Inline> leaves)
    {
        var output = leaves.Select(_ => new StringBuilder()).ToArray();
        var pendingLeaf = -1;        // where the current whitespace run began
        var pendingNewline = false;  // the run contains a line break
        var previous = -1;           // last character written on this line; -1 at a line start

        for (var i = 0; i < leaves.Count; i++)
        {
            if (leaves[i] is LineBreak)
            {
                (pendingLeaf, pendingNewline, previous) = (-1, false, -1);
                continue;
            }
            foreach (var rune in LeafText(leaves[i]).EnumerateRunes())
            {
                if (CjkText.IsAsciiWhitespace(rune.Value))
                {
                    if (pendingLeaf < 0)
                        pendingLeaf = i;
                    pendingNewline |= rune.Value is '\n' or '\r';
                    continue;
                }
                if (pendingLeaf >= 0 && previous >= 0
                    && !(pendingNewline && CjkText.IsFullWidth(previous) && CjkText.IsFullWidth(rune.Value)))
                    output[pendingLeaf].Append(' ');
                (pendingLeaf, pendingNewline) = (-1, false);
                output[i].Append(rune.ToString());
                previous = rune.Value;
            }
        }
        return [.. output.Select(b => b.ToString())];
    }

    private static string LeafText(Inline leaf) => leaf switch
    {
        Text text => text.Value,
        // A figure never carries its own surrounding spaces.
        Number number => number.Value.Trim(),
        _ => "",
    };

    private static ImmutableArray<Inline> Rebuild(ImmutableArray<Inline> inlines, string[] output, ref int next)
    {
        var result = ImmutableArray.CreateBuilder<Inline>();
        foreach (var inline in inlines)
        {
            Inline? rebuilt = inline switch
            {
                Strong strong => Rebuild(strong.Children, output, ref next) is { IsEmpty: false } children ? new Strong(children) : null,
                Emphasis emphasis => Rebuild(emphasis.Children, output, ref next) is { IsEmpty: false } children ? new Emphasis(children) : null,
                Text => output[next++] is { Length: > 0 } value ? new Text(value) : null,
                Number => new Number(output[next++]),
                _ => Pass(inline, ref next),
            };
            if (rebuilt is Text text && result.Count > 0 && result[^1] is Text previous)
                result[^1] = new Text(previous.Value + text.Value);
            else if (rebuilt is not null)
                result.Add(rebuilt);
        }
        return result.ToImmutable();
    }

    private static Inline Pass(Inline leaf, ref int next)
    {
        next++;
        return leaf;
    }
}

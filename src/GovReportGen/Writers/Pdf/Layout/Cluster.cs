using System.Collections.Immutable;
using GovReportGen.Documents;
using GovReportGen.Writers.Pdf.Fonts;

namespace GovReportGen.Writers.Pdf.Layout;

/// <summary>One glyph of a shaped cluster, in points relative to the cluster's pen position (y down).</summary>
internal readonly record struct ShapedGlyph(ushort Id, double XOffset, double YOffset, double Advance);

/// <summary>
/// The unit of line breaking: the glyphs HarfBuzz made for one or more characters that cannot be split
/// (usually one character). Lines break only between clusters.
/// </summary>
internal sealed class Cluster
{
    public Cluster(string text, LoadedFace face, double size, ImmutableArray<ShapedGlyph> glyphs, double tracking, bool noBreakBefore)
    {
        Text = text;
        Face = face;
        Size = size;
        Glyphs = glyphs;
        First = char.ConvertToUtf32(text, 0);
        Last = char.IsLowSurrogate(text[^1]) && text.Length >= 2 ? char.ConvertToUtf32(text[^2], text[^1]) : text[^1];
        IsSpace = text == " ";
        IsWide = CjkText.IsFullWidth(First);
        Tracking = IsWide ? tracking : 0;
        Advance = glyphs.Sum(g => g.Advance) + Tracking;
        NoBreakBefore = noBreakBefore;
    }

    public string Text { get; }
    public LoadedFace Face { get; }
    public double Size { get; }
    public ImmutableArray<ShapedGlyph> Glyphs { get; }

    /// <summary>First and last code point, for the line-breaking rules.</summary>
    public int First { get; }
    public int Last { get; }

    public bool IsSpace { get; }

    /// <summary>Full-width: ideographs and full-width punctuation (set on the character grid).</summary>
    public bool IsWide { get; }

    /// <summary>Part of a Latin word or number: neither full-width nor a space.</summary>
    public bool IsNarrowWordPart => !IsWide && !IsSpace;

    /// <summary>Space added to (or, negative, taken from) a full-width cluster to keep 28 characters to the line.</summary>
    public double Tracking { get; }

    /// <summary>The pen advance in points, tracking included.</summary>
    public double Advance { get; }

    /// <summary>Inside an unbreakable span (a figure): no line break before this cluster.</summary>
    public bool NoBreakBefore { get; }

    public override string ToString() => Text;
}

using System.Collections.Immutable;
using GovReportGen.Writers.Pdf.Fonts;

namespace GovReportGen.Writers.Pdf.Layout;

/// <summary>Glyphs of one face and size on a line; x from the line's left edge, y offsets down from the baseline.</summary>
internal sealed record GlyphRun(LoadedFace Face, double Size, ImmutableArray<ushort> Glyphs, ImmutableArray<double> X, ImmutableArray<double> Y, string Text,
    ImmutableArray<string> GlyphText);

/// <summary>
/// A finished line: its runs, its left edge <see cref="X"/> within the box it was set in, the width its
/// glyphs cover, its text, and the x of each cluster (for tests of breaking and justification).
/// </summary>
internal sealed record TextLine(double X, double Width, double Size, ImmutableArray<GlyphRun> Runs, string Text, ImmutableArray<double> ClusterX)
{
    public TextLine MoveTo(double x) => this with { X = x };
}

internal enum TextAlign
{
    Left,
    Center,
    Right,
    /// <summary>Both edges flush; a segment's last line sets left.</summary>
    Justify,
}

using System.Collections.Immutable;
using GovReportGen.Writers.Pdf.Fonts;

namespace GovReportGen.Writers.Pdf.Layout;

/// <summary>Something drawn on a page, in page coordinates (points, origin top-left, y down).</summary>
internal abstract record DrawOp;

/// <summary>
/// Glyphs of one face at absolute positions (baseline origins). <paramref name="GlyphText"/> is the text each glyph
/// stands for (a cluster's text on its first glyph, empty on the others) for the ToUnicode map;
/// <paramref name="Owner"/> the structure element the text belongs to, null for an artifact.
/// </summary>
internal sealed record GlyphRunOp(LoadedFace Face, double Size, ImmutableArray<ushort> Glyphs, ImmutableArray<double> X, ImmutableArray<double> Y, string Text,
    ImmutableArray<string> GlyphText, StructNode? Owner = null) : DrawOp;

/// <summary>A straight stroke (table borders).</summary>
internal sealed record RuleOp(double X1, double Y1, double X2, double Y2, double Width) : DrawOp;

/// <summary>A named destination (PDF outline targets): the heading's anchor id at its top-left.</summary>
internal sealed record DestinationOp(string Name, double X, double Y) : DrawOp;

/// <summary>
/// Where a line of text landed: its text, left edge, slot top and height, baseline and width, in page
/// coordinates. Tests assert on these boxes instead of pixels (docs/style.md point 8).
/// </summary>
internal sealed record LineBox(string Text, double X, double Top, double Height, double Baseline, double Width, double Size, ImmutableArray<double> ClusterX)
{
    public double Right => X + Width;
}

/// <summary>
/// Where a table cell's piece landed on a page (page coordinates), whether it is the piece that holds the cell's
/// tagged text (<see cref="HasText"/>: the first) and whether its text is a repeat (an artifact: a header row on a
/// later page, or the label of a spanning cell cut by a page break). Recorded for tests, never drawn.
/// </summary>
internal sealed record CellBox(int Table, Documents.Tables.Origin Cell, double X, double Top, double Width, double Height, bool HasText, bool Repeated);

/// <summary>The display list of one page.</summary>
internal sealed class PageContent(int number)
{
    public int Number { get; } = number;
    public List<DrawOp> Ops { get; } = [];
    public List<LineBox> Lines { get; } = [];
    public List<CellBox> Cells { get; } = [];

    public bool IsOdd => Number % 2 == 1;
}

namespace GovReportGen.Writers.Pdf.Layout;

/// <summary>
/// What elements draw on: body coordinates (origin at the 版心's top-left) translated to the page, recorded
/// as a display list so fonts can be subset after the whole document is laid out.
/// </summary>
internal sealed class PageCanvas(PageContent page, PageGeometry geometry)
{
    /// <summary>The em box's top above the baseline (ideographic em box: 0.88 em up, 0.12 em down).</summary>
    public const double EmBoxAscent = 0.88;

    public PageContent Page { get; } = page;
    public PageGeometry Geometry { get; } = geometry;

    /// <summary>
    /// Draws a line in a slot of height <paramref name="slotHeight"/> whose top is at <paramref name="slotTop"/>,
    /// the em box centred in the slot rather than placed by the font's ascent, which differs widely between
    /// fallback fonts (docs/typesetting.md §1), with <paramref name="left"/> the x the line's own X is measured from.
    /// </summary>
    public void Text(TextLine line, double left, double slotTop, double slotHeight, StructNode? owner = null)
    {
        var baseline = slotTop + (slotHeight - line.Size) / 2 + EmBoxAscent * line.Size;
        TextAtBaseline(line, left, baseline, slotTop, slotHeight, owner);
    }

    /// <summary>Text with no <paramref name="owner"/> is an artifact in the tagged PDF (page numbers, repeated headers).</summary>
    public void TextAtBaseline(TextLine line, double left, double baseline, double slotTop, double slotHeight, StructNode? owner = null)
    {
        var x = Geometry.Left + left + line.X;
        var y = Geometry.Top + baseline;
        foreach (var run in line.Runs)
        {
            Page.Ops.Add(new GlyphRunOp(run.Face, run.Size, run.Glyphs,
                [.. run.X.Select(dx => x + dx)], [.. run.Y.Select(dy => y + dy)], run.Text, run.GlyphText, owner));
        }
        Page.Lines.Add(new LineBox(line.Text, x, Geometry.Top + slotTop, slotHeight, y, line.Width, line.Size, line.ClusterX));
    }

    public void Rule(double x1, double y1, double x2, double y2) =>
        Page.Ops.Add(new RuleOp(Geometry.Left + x1, Geometry.Top + y1, Geometry.Left + x2, Geometry.Top + y2, Geometry.BorderWidth));

    public void Cell(int table, Documents.Tables.Origin cell, double x, double top, double width, double height, bool hasText, bool repeated) =>
        Page.Cells.Add(new CellBox(table, cell, Geometry.Left + x, Geometry.Top + top, width, height, hasText, repeated));

    public void Destination(string name, double x, double y) =>
        Page.Ops.Add(new DestinationOp(name, Geometry.Left + x, Geometry.Top + y));
}

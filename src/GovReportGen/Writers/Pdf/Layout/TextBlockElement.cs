namespace GovReportGen.Writers.Pdf.Layout;

/// <summary>
/// Lines set at a fixed pitch (body text on the 28.95 pt grid, the title on 35 pt): as many lines as fit go on
/// a page, the rest on the next, with at least two lines of a paragraph on each side of a page break (no widow, no
/// orphan; docs/typesetting.md §1), so a page that breaks a paragraph may hold 21 lines. A heading keeps with the next block; a signature keeps its lines together.
/// </summary>
internal abstract class TextBlockElement(double pitch, bool onGrid, bool keepWithNext, bool keepTogether, string? anchor) : LayoutElement
{
    private const double Epsilon = 0.001;
    private int _next;

    protected IReadOnlyList<TextLine> Lines { get; set; } = [];

    /// <summary>The structure element (P, Hn) the lines belong to in the tagged PDF.</summary>
    public StructNode? Structure { get; init; }

    /// <summary>One structure element per line, when lines belong to different ones (the signature's name and date).</summary>
    protected IReadOnlyList<StructNode?>? LineOwners { get; set; }

    public double Pitch { get; } = pitch;
    public override bool OnGrid { get; } = onGrid;
    public override bool KeepWithNext { get; } = keepWithNext;

    /// <summary>The finished lines (after <see cref="LayoutElement.Prepare"/>), for tests.</summary>
    public IReadOnlyList<TextLine> PreparedLines => Lines;

    public override SpacePlan Measure(LayoutSpace space)
    {
        var remaining = Lines.Count - _next;
        if (remaining <= 0)
            return SpacePlan.Empty;
        var fit = (int)Math.Floor((space.Height + Epsilon) / Pitch);
        if (fit >= remaining)
            return SpacePlan.Full(remaining * Pitch);
        if (fit == 0 || (keepTogether && !space.AtPageTop))
            return SpacePlan.Wrap(fit == 0 ? "no line fits" : "lines kept together");
        // No widow: a paragraph's last line never starts a page alone, so one more line goes over with it…
        var take = remaining - fit == 1 && fit >= 2 ? fit - 1 : fit;
        // …and no orphan: its first line never ends a page alone.
        if (_next == 0 && take < 2 && !space.AtPageTop)
            return SpacePlan.Wrap("a first line would stand alone at the foot of the page");
        return SpacePlan.Partial(take * Pitch);
    }

    public override void Draw(PageCanvas canvas, double top, LayoutSpace space)
    {
        var plan = Measure(space);
        if (plan.Kind is SpacePlanKind.Empty or SpacePlanKind.Wrap)
            return;
        if (_next == 0 && anchor is not null)
            canvas.Destination(anchor, 0, top);
        var count = (int)Math.Round(plan.Height / Pitch);
        for (var i = 0; i < count; i++)
            canvas.Text(Lines[_next + i], 0, top + i * Pitch, Pitch, LineOwners is { } owners ? owners[_next + i] : Structure);
        _next += count;
    }
}

/// <summary>A blank line (title → body, body → signature); dropped at the top of a page.</summary>
internal sealed class SpacerElement(double height, bool onGrid) : LayoutElement
{
    private bool _done;

    public override bool OnGrid { get; } = onGrid;

    public override void Prepare(PrepareContext context) { }

    public override SpacePlan Measure(LayoutSpace space) =>
        _done || space.AtPageTop ? SpacePlan.Empty : SpacePlan.Full(Math.Min(height, space.Height));

    public override void Draw(PageCanvas canvas, double top, LayoutSpace space) => _done = true;
}

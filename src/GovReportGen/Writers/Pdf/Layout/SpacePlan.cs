namespace GovReportGen.Writers.Pdf.Layout;

internal enum SpacePlanKind
{
    /// <summary>Nothing (left) to draw.</summary>
    Empty,
    /// <summary>Not even the first piece fits here: move to the next page.</summary>
    Wrap,
    /// <summary>A piece fits; the rest continues on the next page.</summary>
    Partial,
    /// <summary>All that is left fits.</summary>
    Full,
}

/// <summary>
/// The answer of <see cref="LayoutElement.Measure"/> (QuestPDF's SpacePlan): how much of the available height
/// the element would use, and whether that is all of it. Width is always the 版心 width.
/// </summary>
internal readonly record struct SpacePlan(SpacePlanKind Kind, double Height, string? Reason = null)
{
    public static SpacePlan Empty { get; } = new(SpacePlanKind.Empty, 0);

    public static SpacePlan Wrap(string reason) => new(SpacePlanKind.Wrap, 0, reason);

    public static SpacePlan Partial(double height) => new(SpacePlanKind.Partial, height);

    public static SpacePlan Full(double height) => new(SpacePlanKind.Full, height);

    public override string ToString() => Kind switch
    {
        SpacePlanKind.Wrap => $"Wrap({Reason})",
        SpacePlanKind.Empty => "Empty",
        _ => $"{Kind}({Height:0.##})",
    };
}

/// <summary>The space offered to an element: the rest of the page below its top.</summary>
internal readonly record struct LayoutSpace(double Width, double Height, bool AtPageTop);

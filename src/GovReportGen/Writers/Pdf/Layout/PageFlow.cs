namespace GovReportGen.Writers.Pdf.Layout;

/// <summary>
/// Stage 5 (page flow): places the prepared elements top to bottom in the 版心, page after page. Grid
/// elements start on the next line of the 22-line grid; an element that keeps with the next moves to a new
/// page unless the next one's first piece fits below it; an element that wraps on an empty page is drawn
/// anyway (it can never fit better).
/// </summary>
internal sealed class PageFlow(PageGeometry geometry)
{
    private const double Epsilon = 0.001;

    public IReadOnlyList<PageContent> Layout(IReadOnlyList<LayoutElement> elements)
    {
        var pages = new List<PageContent>();
        var page = NewPage(pages);
        var y = 0.0;
        var pageHasContent = false;

        for (var i = 0; i < elements.Count; i++)
        {
            var element = elements[i];
            while (true)
            {
                var top = element.OnGrid ? SnapToGrid(y) : y;
                var space = Space(top, pageHasContent);
                var plan = MeasureChain(elements, i, top, pageHasContent);
                if (plan.Kind == SpacePlanKind.Empty)
                    break;
                if (plan.Kind == SpacePlanKind.Wrap)
                {
                    if (!pageHasContent)
                        throw new InvalidOperationException($"Element {element.GetType().Name} does not fit on an empty page: {plan}");
                    page = NewPage(pages);
                    y = 0;
                    pageHasContent = false;
                    continue;
                }
                element.Draw(new PageCanvas(page, geometry), top, space);
                if (plan.Kind == SpacePlanKind.Partial)
                {
                    page = NewPage(pages);
                    y = 0;
                    pageHasContent = false;
                    continue;
                }
                y = top + plan.Height;
                pageHasContent = true;
                break;
            }
        }
        return pages;
    }

    /// <summary>The next grid line at or below <paramref name="y"/>.</summary>
    public double SnapToGrid(double y) => Math.Ceiling((y - Epsilon) / geometry.GridPitch) * geometry.GridPitch;

    private LayoutSpace Space(double top, bool pageHasContent) =>
        new(geometry.BodyWidth, Math.Max(0, geometry.BodyHeight - top), AtPageTop: !pageHasContent);

    /// <summary>The element's plan, turned into Wrap when it keeps with the next one and the next one's first piece would not follow it here.</summary>
    private SpacePlan MeasureChain(IReadOnlyList<LayoutElement> elements, int index, double top, bool pageHasContent)
    {
        var element = elements[index];
        var plan = element.Measure(Space(top, pageHasContent));
        if (plan.Kind != SpacePlanKind.Full || !element.KeepWithNext || !pageHasContent || index + 1 >= elements.Count)
            return plan;
        var next = elements[index + 1];
        var below = top + plan.Height;
        var nextTop = next.OnGrid ? SnapToGrid(below) : below;
        var nextPlan = MeasureChain(elements, index + 1, nextTop, pageHasContent: true);
        return nextPlan.Kind == SpacePlanKind.Wrap ? SpacePlan.Wrap("kept with the next block") : plan;
    }

    private static PageContent NewPage(List<PageContent> pages)
    {
        var page = new PageContent(pages.Count + 1);
        pages.Add(page);
        return page;
    }
}

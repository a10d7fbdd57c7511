using GovReportGen.Theme;
using GovReportGen.Writers.Pdf.Fonts;
using GovReportGen.Writers.Pdf.Layout;

namespace GovReportGen.Writers.Pdf;

/// <summary>
/// The page number <c>— N —</c> in 宋体 14 pt below the 版心 (GB/T 9704 §7.5): the dash stroke 7 mm under the
/// 版心's bottom edge, placed from the dash glyph's ink box rather than the baseline; odd pages right and even
/// pages left, each one 14 pt em in from the 版心's edge.
/// </summary>
internal static class PageNumberFooter
{
    public const string Dash = "\u2014";

    /// <summary>Every character a page number may print, so its role is resolved before the page count is known.</summary>
    public const string Characters = Dash + " 0123456789";

    public static string Text(int page) => $"{Dash} {page} {Dash}";

    public static void Add(IReadOnlyList<PageContent> pages, DocumentFonts fonts, PageGeometry geometry)
    {
        var style = new TextStyle(geometry.PageNumberSize);
        foreach (var page in pages)
        {
            var clusters = Shaper.Shape(InlineCollector.Plain(Text(page.Number), FontRole.PageNumber), fonts, style);
            var line = LineFinalizer.Finish(clusters, new LineSpan(0, clusters.Length, 0, true), 0, geometry.BodyWidth, TextAlign.Left);
            var em = geometry.PageNumberSize;
            var x = page.IsOdd ? geometry.BodyWidth - em - line.Width : em;
            var baseline = geometry.BodyHeight + geometry.PageNumberDrop + InkCentreAboveBaseline(clusters[0], style.Size);
            new PageCanvas(page, geometry).TextAtBaseline(line, x, baseline, baseline - EmTop(style.Size), style.Size);
        }
    }

    private static double EmTop(double size) => PageCanvas.EmBoxAscent * size;

    /// <summary>How far the dash's stroke centre lies above the baseline (HarfBuzz extents: y up, height negative).</summary>
    private static double InkCentreAboveBaseline(Cluster dash, double size)
    {
        var glyph = dash.Glyphs[0].Id;
        if (dash.Face.Extents(glyph) is not { } extents)
            return 0.3 * size;
        return (extents.YBearing + extents.Height / 2.0) * size / dash.Face.UnitsPerEm;
    }
}

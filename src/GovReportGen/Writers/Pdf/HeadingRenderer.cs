using GovReportGen.Documents;
using GovReportGen.Theme;
using GovReportGen.Writers.Pdf.Finishing;
using GovReportGen.Writers.Pdf.Fonts;
using GovReportGen.Writers.Pdf.Layout;

namespace GovReportGen.Writers.Pdf;

/// <summary>
/// <c>h1</c> is the title: 小标宋 22 pt on a 35 pt pitch, centred, lines balanced, one empty line below.
/// <c>h2</c> 黑体, <c>h3</c> 楷体, <c>h4</c> 仿宋, all 16 pt on the grid, indented like body paragraphs, kept with
/// the next block (GB/T 9704 §7.3.1, §7.3.3). <c>h2</c>/<c>h3</c> get a named destination and an outline item.
/// </summary>
internal sealed class HeadingRenderer : PdfNodeRenderer<Heading>
{
    protected override void Write(PdfRenderContext context, Heading node)
    {
        var geometry = context.Geometry;
        if (node.Level <= 1 || node.Class == BlockClass.Title)
        {
            var format = new BlockFormat(new TextStyle(geometry.TitleSize), 0, TextAlign.Center, geometry.TitlePitch,
                OnGrid: false, KeepWithNext: true, Balanced: true);
            context.Add(new ParagraphElement(InlineCollector.Collect(node.Inlines, FontRole.Title), format, node.AnchorId) { Structure = context.Structure.Add("H1") });
            context.Add(new SpacerElement(geometry.GridPitch, onGrid: true));
            return;
        }
        var role = node.Level switch
        {
            2 => FontRole.Heading1,
            3 => FontRole.Heading2,
            _ => FontRole.Body,
        };
        var anchor = node.Level <= 3 ? node.AnchorId : null;
        // Tagged like the HTML: the title is H1, 一、 H2, （一） H3, so heading levels never skip (Matterhorn 14-003).
        var structure = context.Structure.Add("H" + Math.Clamp(node.Level, 2, 6).ToString(System.Globalization.CultureInfo.InvariantCulture));
        context.Add(new ParagraphElement(InlineCollector.Collect(node.Inlines, role), context.BodyFormat(keepWithNext: true), anchor) { Structure = structure });
        if (anchor is not null)
            context.Outline.Add(new OutlineEntry(node.Level, InlineText.ToSingleLine(node.Inlines), anchor));
    }
}

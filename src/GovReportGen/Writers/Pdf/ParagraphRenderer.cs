using GovReportGen.Documents;
using GovReportGen.Theme;
using GovReportGen.Writers.Pdf.Fonts;
using GovReportGen.Writers.Pdf.Layout;

namespace GovReportGen.Writers.Pdf;

/// <summary>Body paragraphs: 仿宋 16 pt, first line indented 2 字, justified, on the grid; a subtitle is centred, a date set right.</summary>
internal sealed class ParagraphRenderer : PdfNodeRenderer<Paragraph>
{
    protected override void Write(PdfRenderContext context, Paragraph node)
    {
        var geometry = context.Geometry;
        var format = node.Class switch
        {
            BlockClass.Subtitle => new BlockFormat(context.BodyStyle, 0, TextAlign.Center, geometry.GridPitch, OnGrid: true),
            BlockClass.Date => new BlockFormat(context.BodyStyle, 0, TextAlign.Right, geometry.GridPitch, OnGrid: true),
            _ => context.BodyFormat(),
        };
        context.Add(new ParagraphElement(InlineCollector.Collect(node.Inlines, FontRole.Body), format) { Structure = context.Structure.Add("P") });
    }
}

using GovReportGen.Theme;
using System.Collections.Immutable;
using GovReportGen.Documents;
using GovReportGen.Writers.Pdf.Fonts;
using GovReportGen.Writers.Pdf.Layout;

namespace GovReportGen.Writers.Pdf;

/// <summary>The 署名 block, one empty line below the body; placement in <see cref="SignatureElement"/>.</summary>
internal sealed class SignatureRenderer : PdfNodeRenderer<Signature>
{
    protected override void Write(PdfRenderContext context, Signature node)
    {
        var lines = node.Lines
            .Select(p => (InlineCollector.Collect(p.Inlines, FontRole.Body), p.Class == BlockClass.Date, (StructNode?)context.Structure.Add("P")))
            .ToImmutableArray();
        context.Add(new SpacerElement(context.Geometry.GridPitch, onGrid: true));
        context.Add(new SignatureElement(lines, context.BodyStyle, context.Geometry.GridPitch));
    }
}

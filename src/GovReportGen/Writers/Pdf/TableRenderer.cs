using GovReportGen.Documents;
using GovReportGen.Writers.Pdf.Layout.Tables;

namespace GovReportGen.Writers.Pdf;

/// <summary>Tables print no caption of their own: the section heading before them is the title (docs/formats.md §1.5).</summary>
internal sealed class TableRenderer : PdfNodeRenderer<Table>
{
    protected override void Write(PdfRenderContext context, Table node) =>
        context.Add(new TableElement(node, context.Geometry, context.Elements.OfType<TableElement>().Count(), context.Structure));
}

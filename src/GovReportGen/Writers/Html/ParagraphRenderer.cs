using GovReportGen.Documents;

namespace GovReportGen.Writers.Html;

internal sealed class ParagraphRenderer : HtmlNodeRenderer<Paragraph>
{
    protected override void Write(HtmlRenderContext context, Paragraph node)
    {
        context.Output.Raw("<p");
        HtmlClass.Write(context.Output, node.Class);
        context.Output.Raw(">");
        context.WriteInlines(node.Inlines);
        context.Output.Line("</p>");
    }
}

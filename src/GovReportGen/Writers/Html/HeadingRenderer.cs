using GovReportGen.Documents;

namespace GovReportGen.Writers.Html;

internal sealed class HeadingRenderer : HtmlNodeRenderer<Heading>
{
    protected override void Write(HtmlRenderContext context, Heading node)
    {
        var tag = "h" + Math.Clamp(node.Level, 1, 4);
        context.Output.Raw("<" + tag);
        if (node.AnchorId is not null)
            context.Output.Attribute("id", node.AnchorId);
        HtmlClass.Write(context.Output, node.Class);
        context.Output.Raw(">");
        context.WriteInlines(node.Inlines);
        context.Output.Line($"</{tag}>");
    }
}

using GovReportGen.Documents;

namespace GovReportGen.Writers.Html;

internal sealed class TextRenderer : HtmlNodeRenderer<Text>
{
    protected override void Write(HtmlRenderContext context, Text node) => context.Output.Text(node.Value);
}

internal sealed class StrongRenderer : HtmlNodeRenderer<Strong>
{
    protected override void Write(HtmlRenderContext context, Strong node)
    {
        context.Output.Raw("<strong>");
        context.WriteInlines(node.Children);
        context.Output.Raw("</strong>");
    }
}

internal sealed class EmphasisRenderer : HtmlNodeRenderer<Emphasis>
{
    protected override void Write(HtmlRenderContext context, Emphasis node)
    {
        context.Output.Raw("<em>");
        context.WriteInlines(node.Children);
        context.Output.Raw("</em>");
    }
}

internal sealed class LineBreakRenderer : HtmlNodeRenderer<LineBreak>
{
    // HTML syntax, not XHTML: the Nu checker flags "<br/>" as discouraged.
    protected override void Write(HtmlRenderContext context, LineBreak node) => context.Output.Raw("<br>");
}

internal sealed class NumberRenderer : HtmlNodeRenderer<Number>
{
    protected override void Write(HtmlRenderContext context, Number node) =>
        context.Output.Raw("<span class=\"num\">").Text(node.Value).Raw("</span>");
}

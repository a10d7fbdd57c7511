using GovReportGen.Documents;

namespace GovReportGen.Writers.Html;

/// <summary>The 署名 block; its placement (right side, 2 字 in) is in the stylesheet's <c>.signature</c> rules.</summary>
internal sealed class SignatureRenderer : HtmlNodeRenderer<Signature>
{
    protected override void Write(HtmlRenderContext context, Signature node)
    {
        context.Output.Line("<div class=\"signature\">");
        foreach (var line in node.Lines)
            context.WriteBlock(line);
        context.Output.Line("</div>");
    }
}

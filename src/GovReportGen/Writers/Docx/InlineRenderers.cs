using DocumentFormat.OpenXml.Wordprocessing;
using GovReportGen.Documents;
using Emphasis = GovReportGen.Documents.Emphasis;
using Text = GovReportGen.Documents.Text;

namespace GovReportGen.Writers.Docx;

internal sealed class TextRenderer : DocxNodeRenderer<Text>
{
    protected override void Write(DocxRenderContext context, Text node) => context.AppendRun(DocxText.Create(node.Value));
}

/// <summary>黑体 through the Strong character style, never <c>w:b</c>.</summary>
internal sealed class StrongRenderer : DocxNodeRenderer<Strong>
{
    protected override void Write(DocxRenderContext context, Strong node) =>
        context.WithCharacterStyle(DocxStyleIds.Strong, () => context.WriteInlines(node.Children));
}

/// <summary>楷体 through the Emphasis character style, never <c>w:i</c>.</summary>
internal sealed class EmphasisRenderer : DocxNodeRenderer<Emphasis>
{
    protected override void Write(DocxRenderContext context, Emphasis node) =>
        context.WithCharacterStyle(DocxStyleIds.Emphasis, () => context.WriteInlines(node.Children));
}

internal sealed class LineBreakRenderer : DocxNodeRenderer<LineBreak>
{
    protected override void Write(DocxRenderContext context, LineBreak node) => context.AppendRun(new Break());
}

/// <summary>A figure is plain text in the Figure character style (no formatting of its own), unless strong or em.</summary>
internal sealed class NumberRenderer : DocxNodeRenderer<Number>
{
    protected override void Write(DocxRenderContext context, Number node) =>
        context.AppendRun(DocxText.Create(node.Value), context.CharacterStyle ?? DocxStyleIds.Figure);
}

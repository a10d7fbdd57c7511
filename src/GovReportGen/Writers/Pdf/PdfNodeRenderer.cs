namespace GovReportGen.Writers.Pdf;

/// <summary>Turns one kind of block into layout elements (the PDF sibling of the HTML writer's renderers).</summary>
internal interface IPdfNodeRenderer
{
    Type NodeType { get; }

    void Write(PdfRenderContext context, object node);
}

internal abstract class PdfNodeRenderer<TNode> : IPdfNodeRenderer where TNode : class
{
    public Type NodeType => typeof(TNode);

    void IPdfNodeRenderer.Write(PdfRenderContext context, object node) => Write(context, (TNode)node);

    protected abstract void Write(PdfRenderContext context, TNode node);
}

namespace GovReportGen.Writers.Docx;

/// <summary>Writes one kind of document node into the Word body (the HTML writer's pattern).</summary>
internal interface IDocxNodeRenderer
{
    Type NodeType { get; }

    void Write(DocxRenderContext context, object node);
}

/// <summary>Base of the per-node renderers: typed access to the node, registered by its type.</summary>
internal abstract class DocxNodeRenderer<TNode> : IDocxNodeRenderer where TNode : class
{
    public Type NodeType => typeof(TNode);

    void IDocxNodeRenderer.Write(DocxRenderContext context, object node) => Write(context, (TNode)node);

    protected abstract void Write(DocxRenderContext context, TNode node);
}

namespace GovReportGen.Writers.Html;

/// <summary>Writes one kind of document node (Markdig's <c>IMarkdownObjectRenderer</c> idea).</summary>
internal interface IHtmlNodeRenderer
{
    Type NodeType { get; }

    void Write(HtmlRenderContext context, object node);
}

/// <summary>Base of the per-node renderers: typed access to the node, registered by its type.</summary>
internal abstract class HtmlNodeRenderer<TNode> : IHtmlNodeRenderer where TNode : class
{
    public Type NodeType => typeof(TNode);

    void IHtmlNodeRenderer.Write(HtmlRenderContext context, object node) => Write(context, (TNode)node);

    protected abstract void Write(HtmlRenderContext context, TNode node);
}

namespace GovReportGen.Writers.Html;

/// <summary>
/// Maps each block and inline type to its renderer, so the writer dispatches by lookup instead of an
/// <c>if (node is …)</c> chain; a new node type is a new renderer class plus one line here.
/// </summary>
internal sealed class HtmlRendererRegistry
{
    private readonly Dictionary<Type, IHtmlNodeRenderer> _renderers = [];

    public static HtmlRendererRegistry Default { get; } = new HtmlRendererRegistry()
        .Add(new HeadingRenderer())
        .Add(new ParagraphRenderer())
        .Add(new TableRenderer())
        .Add(new SignatureRenderer())
        .Add(new TextRenderer())
        .Add(new StrongRenderer())
        .Add(new EmphasisRenderer())
        .Add(new LineBreakRenderer())
        .Add(new NumberRenderer());

    public HtmlRendererRegistry Add(IHtmlNodeRenderer renderer)
    {
        _renderers[renderer.NodeType] = renderer;
        return this;
    }

    /// <summary>The renderer for <paramref name="node"/>'s exact type; a missing one is a programming error.</summary>
    public IHtmlNodeRenderer For(object node) =>
        _renderers.TryGetValue(node.GetType(), out var renderer)
            ? renderer
            : throw new InvalidOperationException($"No HTML renderer is registered for {node.GetType().Name}.");
}

namespace GovReportGen.Writers.Docx;

/// <summary>
/// Maps each block and inline type to its renderer, so the writer dispatches by lookup instead of an
/// <c>if (node is …)</c> chain; a new node type is a new renderer class plus one line here.
/// </summary>
internal sealed class DocxRendererRegistry
{
    private readonly Dictionary<Type, IDocxNodeRenderer> _renderers = [];

    public static DocxRendererRegistry Default { get; } = new DocxRendererRegistry()
        .Add(new HeadingRenderer())
        .Add(new ParagraphRenderer())
        .Add(new TableRenderer())
        .Add(new SignatureRenderer())
        .Add(new TextRenderer())
        .Add(new StrongRenderer())
        .Add(new EmphasisRenderer())
        .Add(new LineBreakRenderer())
        .Add(new NumberRenderer());

    public DocxRendererRegistry Add(IDocxNodeRenderer renderer)
    {
        _renderers[renderer.NodeType] = renderer;
        return this;
    }

    /// <summary>The renderer for <paramref name="node"/>'s exact type; a missing one is a programming error.</summary>
    public IDocxNodeRenderer For(object node) =>
        _renderers.TryGetValue(node.GetType(), out var renderer)
            ? renderer
            : throw new InvalidOperationException($"No DOCX renderer is registered for {node.GetType().Name}.");
}

namespace GovReportGen.Writers.Pdf;

/// <summary>Maps each block type to its renderer, so the writer dispatches by lookup, not by an <c>if (block is …)</c> chain.</summary>
internal sealed class PdfRendererRegistry
{
    private readonly Dictionary<Type, IPdfNodeRenderer> _renderers = [];

    public static PdfRendererRegistry Default { get; } = new PdfRendererRegistry()
        .Add(new HeadingRenderer())
        .Add(new ParagraphRenderer())
        .Add(new TableRenderer())
        .Add(new SignatureRenderer());

    public PdfRendererRegistry Add(IPdfNodeRenderer renderer)
    {
        _renderers[renderer.NodeType] = renderer;
        return this;
    }

    public IPdfNodeRenderer For(object node) =>
        _renderers.TryGetValue(node.GetType(), out var renderer)
            ? renderer
            : throw new InvalidOperationException($"No PDF renderer is registered for {node.GetType().Name}.");
}

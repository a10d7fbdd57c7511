using GovReportGen.Documents;

namespace GovReportGen.Writers.Html;

/// <summary>What renderers share while one document is written: the output, the registry, and per-document counters.</summary>
internal sealed class HtmlRenderContext(HtmlOutput output, HtmlRendererRegistry registry, HtmlWriterOptions options)
{
    private int _tables;

    public HtmlOutput Output => output;
    public HtmlWriterOptions Options => options;

    public void WriteBlock(Block block) => registry.For(block).Write(this, block);

    public void WriteInlines(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
            registry.For(inline).Write(this, inline);
    }

    /// <summary>1, 2, … in document order: table ids derive from position, never from randomness.</summary>
    public int NextTableNumber() => ++_tables;
}

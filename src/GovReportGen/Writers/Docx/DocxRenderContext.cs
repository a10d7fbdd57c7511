using DocumentFormat.OpenXml;
using GovReportGen.Documents;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using WRun = DocumentFormat.OpenXml.Wordprocessing.Run;

namespace GovReportGen.Writers.Docx;

/// <summary>
/// What renderers share while one document is written: the body blocks go into, the paragraph inlines go
/// into, the character style in force, and per-document counters (bookmark ids from position, never random).
/// </summary>
internal sealed class DocxRenderContext(OpenXmlCompositeElement body, DocxRendererRegistry registry, DocxPage page)
{
    /// <summary>The page in Word's units, for widths and indents.</summary>
    public DocxPage Page { get; } = page;

    private readonly Dictionary<string, string> _headingTexts = new(StringComparer.Ordinal);
    private WParagraph? _paragraph;
    private string? _characterStyle;
    private int _bookmarks;

    /// <summary>The block written before the current one (Word joins two adjacent tables into one).</summary>
    public Block? Previous { get; private set; }

    public void Append(OpenXmlElement element) => body.Append(element);

    /// <summary>The element appended last (a paragraph, a table), or null at the start.</summary>
    public OpenXmlElement? LastAppended => body.LastChild;

    public void WriteBlock(Block block)
    {
        registry.For(block).Write(this, block);
        Previous = block;
    }

    /// <summary>Writes <paramref name="inlines"/> as runs at the end of <paramref name="paragraph"/>.</summary>
    public void WriteInlines(WParagraph paragraph, IEnumerable<Inline> inlines)
    {
        var saved = _paragraph;
        _paragraph = paragraph;
        WriteInlines(inlines);
        _paragraph = saved;
    }

    /// <summary>Writes inlines into the paragraph being filled (for inline renderers with children).</summary>
    public void WriteInlines(IEnumerable<Inline> inlines)
    {
        foreach (var inline in inlines)
            registry.For(inline).Write(this, inline);
    }

    /// <summary>
    /// Writes children under a character style. A run takes one style, so the innermost wins: strong text
    /// inside emphasis is set in 黑体.
    /// </summary>
    public void WithCharacterStyle(string styleId, Action write)
    {
        var saved = _characterStyle;
        _characterStyle = styleId;
        write();
        _characterStyle = saved;
    }

    public string? CharacterStyle => _characterStyle;

    /// <summary>Appends one run holding <paramref name="content"/>, in <paramref name="styleId"/> or the style in force.</summary>
    public void AppendRun(OpenXmlElement content, string? styleId = null)
    {
        var paragraph = _paragraph ?? throw new InvalidOperationException("Inline written outside a paragraph.");
        var run = new WRun();
        if ((styleId ?? _characterStyle) is { } style)
            run.RunProperties = new DocumentFormat.OpenXml.Wordprocessing.RunProperties(
                new DocumentFormat.OpenXml.Wordprocessing.RunStyle { Val = style });
        run.Append(content);
        paragraph.Append(run);
    }

    public int NextBookmarkId() => _bookmarks++;

    public void RememberHeading(string anchorId, string text) => _headingTexts[anchorId] = text;

    /// <summary>The text of the heading with <paramref name="anchorId"/>, written earlier in the document.</summary>
    public string? HeadingText(string? anchorId) =>
        anchorId is not null && _headingTexts.TryGetValue(anchorId, out var text) ? text : null;
}

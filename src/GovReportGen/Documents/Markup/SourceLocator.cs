using System.Xml;
using System.Xml.Linq;
using GovReportGen.Diagnostics;

namespace GovReportGen.Documents.Markup;

/// <summary>
/// Turns positions in the markup into <see cref="SourceSpan"/>s: 1-based line and column of the markup
/// itself, or, through the templating layer's mapper, of the template that produced it.
/// </summary>
internal sealed class SourceLocator
{
    private readonly string _markup;
    private readonly string _sourceName;
    private readonly Func<int, int, SourceSpan>? _map;
    private readonly Func<int, int, SourceSpan>? _mapAuthored;
    private readonly int[] _lineStarts;

    public SourceLocator(string markup, string sourceName, Func<int, int, SourceSpan>? map, int wrapperLines, Func<int, int, SourceSpan>? mapAuthored = null)
    {
        _markup = markup;
        _sourceName = sourceName;
        _map = map;
        _mapAuthored = mapAuthored;
        WrapperLines = wrapperLines;
        var starts = new List<int> { 0 };
        for (var i = 0; i < markup.Length; i++)
            if (markup[i] == '\n')
                starts.Add(i + 1);
        _lineStarts = [.. starts];
    }

    /// <summary>Lines the parser's wrapper element adds before the markup; XML positions are shifted by them.</summary>
    public int WrapperLines { get; }

    public SourceSpan At(int line, int column) => At(line, column, _map);

    private SourceSpan At(int line, int column, Func<int, int, SourceSpan>? map)
    {
        // Positions inside the wrapper (e.g. where XML reports a stray end tag of its own) clamp to the markup.
        if (line < 1)
            (line, column) = (1, 1);
        else if (line > _lineStarts.Length)
            (line, column) = (_lineStarts.Length, _markup.Length - _lineStarts[^1] + 1);
        return map?.Invoke(line, column) ?? new SourceSpan(_sourceName, line, column);
    }

    /// <summary>
    /// Where the template wrote an element, as the official-structure check reports it: for an element a template
    /// function printed, the line that called the function (<c>{{ applicant_cells rows.carried_in }}</c>), which is
    /// the line an editor changes; otherwise the same as <see cref="Of"/>.
    /// </summary>
    public SourceSpan AuthoredAt(XElement element)
    {
        if (element is not IXmlLineInfo info || !info.HasLineInfo())
            return At(1, 1, _mapAuthored ?? _map);
        return At(info.LineNumber - WrapperLines, Math.Max(1, info.LinePosition - 1), _mapAuthored ?? _map);
    }

    public SourceSpan AtIndex(int index)
    {
        var line = Array.BinarySearch(_lineStarts, index);
        if (line < 0)
            line = ~line - 1;
        return At(line + 1, index - _lineStarts[line] + 1);
    }

    /// <summary>From an XML parser position in the wrapped text.</summary>
    public SourceSpan AtXml(int line, int column) => At(line - WrapperLines, column);

    /// <summary>
    /// An element's span points at its <c>&lt;</c> (XmlReader reports the name, one column later; two for <c>&lt;?</c>); an
    /// attribute's at its name; a text node's at its first non-whitespace character.
    /// </summary>
    public SourceSpan Of(XObject node)
    {
        if (node is not IXmlLineInfo info || !info.HasLineInfo())
            return At(1, 1);
        var (line, column) = (info.LineNumber, info.LinePosition);
        switch (node)
        {
            case XElement:
                column = Math.Max(1, column - 1);
                break;
            case XProcessingInstruction:
                column = Math.Max(1, column - 2);
                break;
            case XText text:
                foreach (var ch in text.Value)
                {
                    if (!CjkText.IsAsciiWhitespace(ch))
                        break;
                    (line, column) = ch == '\n' ? (line + 1, 1) : (line, column + 1);
                }
                break;
        }
        return AtXml(line, column);
    }
}

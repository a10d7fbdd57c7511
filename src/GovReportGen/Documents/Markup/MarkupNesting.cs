using System.Xml;

namespace GovReportGen.Documents.Markup;

/// <summary>
/// Explains an XML failure at an end tag. XmlReader notices an unclosed element only where the wrong end tag
/// arrives (for an element left open to the end, the wrapper's own end tag) and says so in English at that
/// end tag; the author needs the start tag that was never closed. On failure, the wrapped text is read
/// again, keeping the stack of open elements, up to the same error.
/// </summary>
internal static class MarkupNesting
{
    /// <summary>A start tag still open; line and column are of its <c>&lt;</c>, in the wrapped text.</summary>
    public readonly record struct OpenElement(string Name, int Line, int Column);

    /// <summary>
    /// An end tag that does not close the innermost open element (its line and column are of its <c>&lt;/</c>, in the
    /// wrapped text). <paramref name="Open"/> is null when only the wrapper was open: the end tag has no start tag.
    /// </summary>
    public sealed record Mismatch(OpenElement? Open, string EndName, int EndLine, int EndColumn, bool AtWrapperEnd);

    /// <summary>The mismatch behind <paramref name="exception"/>, or null when XML failed for another reason.</summary>
    public static Mismatch? Find(string wrapped, XmlReaderSettings settings, XmlException exception, string wrapperName)
    {
        if (EndTagAt(wrapped, exception.LineNumber, exception.LinePosition) is not { } endTag)
            return null;
        var (endIndex, endName) = endTag;

        var open = new Stack<OpenElement>();
        try
        {
            using var reader = XmlReader.Create(new StringReader(wrapped), settings);
            var info = (IXmlLineInfo)reader;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && !reader.IsEmptyElement)
                    open.Push(new OpenElement(reader.Name, info.LineNumber, Math.Max(1, info.LinePosition - 1)));
                else if (reader.NodeType == XmlNodeType.EndElement && open.Count > 0)
                    open.Pop();
            }
            return null;
        }
        catch (XmlException again) when (again.LineNumber == exception.LineNumber && again.LinePosition == exception.LinePosition)
        {
            // Same place as the first time: the stack holds what was open when the end tag came.
        }
        catch (XmlException)
        {
            return null;
        }
        if (open.Count == 0 || open.Peek().Name == endName)
            return null;

        var atWrapperEnd = endIndex == wrapped.Length - $"</{wrapperName}>".Length && endName == wrapperName;
        // Only the wrapper open: the end tag closes nothing the markup opened.
        OpenElement? innermost = open.Count == 1 && open.Peek().Name == wrapperName ? null : open.Peek();
        return new Mismatch(innermost, endName, exception.LineNumber, Math.Max(1, exception.LinePosition - 2), atWrapperEnd);
    }

    /// <summary>When the 1-based (line, position) is the name of an end tag (just after its <c>&lt;/</c>): where the tag starts, and the name.</summary>
    private static (int Index, string Name)? EndTagAt(string text, int line, int position)
    {
        var index = 0;
        for (var l = 1; l < line; l++)
        {
            index = text.IndexOf('\n', index);
            if (index < 0)
                return null;
            index++;
        }
        index += position - 1;
        if (index < 2 || index >= text.Length || text[index - 2] != '<' || text[index - 1] != '/')
            return null;
        var end = index;
        while (end < text.Length && text[end] is not ('>' or '<' or '/') && !char.IsWhiteSpace(text[end]))
            end++;
        return end == index ? null : (index - 2, text[index..end]);
    }
}

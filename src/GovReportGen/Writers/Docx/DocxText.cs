using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using WText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace GovReportGen.Writers.Docx;

/// <summary>Text and paragraph elements, with data text made safe for XML.</summary>
internal static class DocxText
{
    /// <summary>
    /// A <c>w:t</c>. Characters XML 1.0 cannot hold (U+0000, most C0 controls, lone surrogates) are dropped, so
    /// hostile data text cannot make the part unreadable; spaces at the ends are kept.
    /// </summary>
    public static WText Create(string value)
    {
        var clean = Clean(value);
        var text = new WText(clean);
        if (clean.Length > 0 && (char.IsWhiteSpace(clean[0]) || char.IsWhiteSpace(clean[^1]) || clean.Contains("  ", StringComparison.Ordinal)))
            text.Space = SpaceProcessingModeValues.Preserve;
        return text;
    }

    public static string Clean(string value)
    {
        if (IsClean(value))
            return value;
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var ch = value[i];
            if (char.IsHighSurrogate(ch) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(ch).Append(value[++i]);
                continue;
            }
            if (XmlConvert.IsXmlChar(ch))
                builder.Append(ch);
        }
        return builder.ToString();
    }

    private static bool IsClean(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var ch = value[i];
            if (char.IsHighSurrogate(ch) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                i++;
            else if (!XmlConvert.IsXmlChar(ch))
                return false;
        }
        return true;
    }

    /// <summary>A paragraph in <paramref name="styleId"/>; Normal is the default and is not named.</summary>
    public static WParagraph Paragraph(string styleId)
    {
        var paragraph = new WParagraph();
        if (styleId != DocxStyleIds.Normal)
            paragraph.ParagraphProperties = new ParagraphProperties { ParagraphStyleId = new ParagraphStyleId { Val = styleId } };
        return paragraph;
    }

    /// <summary>The paragraph's properties, created when it has none (Normal paragraphs start without).</summary>
    public static ParagraphProperties PropertiesOf(WParagraph paragraph) =>
        paragraph.ParagraphProperties ??= new ParagraphProperties();
}

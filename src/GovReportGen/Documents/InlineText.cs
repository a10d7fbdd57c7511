using System.Text;

namespace GovReportGen.Documents;

/// <summary>Plain-text views of inline content, for titles, table measurement, dumps and tests.</summary>
internal static class InlineText
{
    /// <summary>The text with each <see cref="LineBreak"/> as <paramref name="lineBreak"/>.</summary>
    public static string ToPlainText(IEnumerable<Inline> inlines, string lineBreak = "\n")
    {
        var builder = new StringBuilder();
        Append(builder, inlines, lineBreak);
        return builder.ToString();
    }

    /// <summary>
    /// The text on one line: a line break next to a full-width character disappears (Chinese sets no space
    /// between ideographs, nor between an ideograph and a number), between two Latin words it becomes one
    /// space. A title set as 机关名<c>&lt;br/&gt;</c>2024年… reads back as one phrase.
    /// </summary>
    public static string ToSingleLine(IEnumerable<Inline> inlines)
    {
        var lines = ToPlainText(inlines).Split('\n');
        var builder = new StringBuilder(lines[0]);
        foreach (var line in lines.Skip(1))
        {
            if (line.Length == 0)
                continue;
            if (builder.Length > 0 && !(IsFullWidthAt(builder.ToString(), fromEnd: true) || IsFullWidthAt(line, fromEnd: false)))
                builder.Append(' ');
            builder.Append(line);
        }
        return builder.ToString();
    }

    private static bool IsFullWidthAt(string text, bool fromEnd)
    {
        if (text.Length == 0)
            return false;
        Rune rune;
        if (fromEnd)
            Rune.DecodeLastFromUtf16(text, out rune, out _);
        else
            Rune.DecodeFromUtf16(text, out rune, out _);
        return CjkText.IsFullWidth(rune.Value);
    }

    private static void Append(StringBuilder builder, IEnumerable<Inline> inlines, string lineBreak)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text text: builder.Append(text.Value); break;
                case Number number: builder.Append(number.Value); break;
                case LineBreak: builder.Append(lineBreak); break;
                case Strong strong: Append(builder, strong.Children, lineBreak); break;
                case Emphasis emphasis: Append(builder, emphasis.Children, lineBreak); break;
            }
        }
    }
}

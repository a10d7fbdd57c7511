using GovReportGen.Theme;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using GovReportGen.Documents;
using GovReportGen.Writers.Pdf.Fonts;

namespace GovReportGen.Writers.Pdf.Layout;

/// <summary>A run of text in one font role. <see cref="Unbreakable"/> runs (figures) never break inside.</summary>
internal sealed record StyledSpan(string Text, FontRole Role, bool Unbreakable = false);

/// <summary>Text between forced line breaks (<c>br</c>): each segment is broken into lines on its own.</summary>
internal sealed record TextSegment(ImmutableArray<StyledSpan> Spans)
{
    public string PlainText => string.Concat(Spans.Select(s => s.Text));
}

/// <summary>
/// Stage 1 (collect): inline content → styled spans in font roles, split at forced line breaks.
/// <c>strong</c> is set in the heading1 (黑体) role and <c>em</c> in heading2 (楷体), never synthesised
/// (docs/typesetting.md §2.3). Invisible format and control characters are dropped here: no font draws them and
/// they must not become tofu.
/// </summary>
internal static class InlineCollector
{
    public static ImmutableArray<TextSegment> Collect(IEnumerable<Inline> inlines, FontRole role)
    {
        var segments = ImmutableArray.CreateBuilder<TextSegment>();
        var current = new List<StyledSpan>();
        Walk(inlines, role, current, segments);
        segments.Add(new TextSegment([.. current]));
        return segments.ToImmutable();
    }

    /// <summary>One segment from plain text (page numbers, tests).</summary>
    public static TextSegment Plain(string text, FontRole role) => new([new StyledSpan(Clean(text), role)]);

    private static void Walk(IEnumerable<Inline> inlines, FontRole role, List<StyledSpan> current, ImmutableArray<TextSegment>.Builder segments)
    {
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case Text text:
                    Add(current, new StyledSpan(Clean(text.Value), role));
                    break;
                case Number number:
                    Add(current, new StyledSpan(Clean(number.Value), role, Unbreakable: true));
                    break;
                case Strong strong:
                    Walk(strong.Children, FontRole.Heading1, current, segments);
                    break;
                case Emphasis emphasis:
                    Walk(emphasis.Children, FontRole.Heading2, current, segments);
                    break;
                case LineBreak:
                    segments.Add(new TextSegment([.. current]));
                    current.Clear();
                    break;
            }
        }
    }

    private static void Add(List<StyledSpan> spans, StyledSpan span)
    {
        if (span.Text.Length > 0)
            spans.Add(span);
    }

    /// <summary>Drops format (Cf: RTL marks, ZWSP, BOM) and control (Cc) characters; tabs and newlines become spaces.</summary>
    public static string Clean(string text)
    {
        StringBuilder? builder = null;
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            var category = CharUnicodeInfo.GetUnicodeCategory(ch);
            var drop = category is UnicodeCategory.Format or UnicodeCategory.Control;
            var replace = ch is '\t' or '\n' or '\r';
            if ((drop || replace) && builder is null)
                builder = new StringBuilder(text, 0, i, text.Length);
            if (replace)
                builder!.Append(' ');
            else if (!drop)
                builder?.Append(ch);
        }
        return builder?.ToString() ?? text;
    }
}

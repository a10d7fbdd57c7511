using System.Collections.Immutable;
using GovReportGen.Writers.Pdf.Fonts;

namespace GovReportGen.Writers.Pdf.Layout;

/// <summary>How a block of text is set.</summary>
internal sealed record BlockFormat(
    TextStyle Style,
    double FirstIndent,
    TextAlign Align,
    double Pitch,
    bool OnGrid,
    bool KeepWithNext = false,
    bool Balanced = false,
    bool AvoidLoneLast = false);

/// <summary>A paragraph, heading or title: collected segments, shaped and broken once in <see cref="Prepare"/>.</summary>
internal sealed class ParagraphElement(ImmutableArray<TextSegment> segments, BlockFormat format, string? anchor = null)
    : TextBlockElement(format.Pitch, format.OnGrid, format.KeepWithNext, keepTogether: false, anchor)
{
    public ImmutableArray<TextSegment> Segments { get; } = segments;

    public override void CollectCodePoints(CodePointUsage usage)
    {
        foreach (var span in Segments.SelectMany(s => s.Spans))
            usage.Add(span.Role, span.Text);
    }

    public override void Prepare(PrepareContext context)
    {
        if (Segments.All(s => s.Spans.IsEmpty))
        {
            Lines = [];
            return;
        }
        Lines = TextSetter.Set(Segments, format, context.Fonts, context.Geometry.BodyWidth);
    }
}

/// <summary>Shapes, breaks and finishes segments into lines of one width; shared by paragraphs and table cells.</summary>
internal static class TextSetter
{
    public static IReadOnlyList<TextLine> Set(ImmutableArray<TextSegment> segments, BlockFormat format, DocumentFonts fonts, double width)
    {
        var lines = new List<TextLine>();
        for (var s = 0; s < segments.Length; s++)
        {
            var clusters = Shaper.Shape(segments[s], fonts, format.Style);
            if (clusters.IsEmpty)
            {
                lines.Add(new TextLine(0, 0, format.Style.Size, [], "", []));
                continue;
            }
            var indent = s == 0 ? format.FirstIndent : 0;
            var spans = format.Balanced ? LineBreaker.BreakBalanced(clusters, width - indent)
                : format.AvoidLoneLast && indent == 0 ? LineBreaker.BreakAvoidingLoneLast(clusters, width)
                : LineBreaker.Break(clusters, width - indent, width);
            for (var i = 0; i < spans.Count; i++)
            {
                var lineIndent = i == 0 ? indent : 0;
                lines.Add(LineFinalizer.Finish(clusters, spans[i], lineIndent, width - lineIndent, format.Align));
            }
        }
        return lines;
    }
}

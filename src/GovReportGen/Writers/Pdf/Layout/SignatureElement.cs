using System.Collections.Immutable;
using GovReportGen.Writers.Pdf.Fonts;

namespace GovReportGen.Writers.Pdf.Layout;

/// <summary>
/// 署名 and 成文日期 (GB/T 9704 §7.3.5.2): the 署名 2 字 from the right; the date on the next line, its first
/// character 2 字 right of the 署名's first; a date longer than that keeps 2 字 from the right itself and
/// pushes the 署名 left. The lines stay together on one page.
/// </summary>
internal sealed class SignatureElement(ImmutableArray<(ImmutableArray<TextSegment> Segments, bool IsDate, StructNode? Owner)> lines, TextStyle style, double pitch)
    : TextBlockElement(pitch, onGrid: true, keepWithNext: false, keepTogether: true, anchor: null)
{
    public override void CollectCodePoints(CodePointUsage usage)
    {
        foreach (var span in lines.SelectMany(l => l.Segments).SelectMany(s => s.Spans))
            usage.Add(span.Role, span.Text);
    }

    public override void Prepare(PrepareContext context)
    {
        var width = context.Geometry.BodyWidth;
        var twoCharacters = context.Geometry.Indent;
        var format = new BlockFormat(style, 0, TextAlign.Left, Pitch, OnGrid: true);
        var set = lines
            .Where(l => !l.Segments.All(s => s.Spans.IsEmpty))
            .Select(l => (Lines: TextSetter.Set(l.Segments, format, context.Fonts, width), l.IsDate, l.Owner))
            .ToList();
        var names = set.Where(l => !l.IsDate).SelectMany(l => l.Lines).ToList();
        var dates = set.Where(l => l.IsDate).SelectMany(l => l.Lines).ToList();

        var right = width - twoCharacters;
        var nameX = right - names.Select(l => l.Width).DefaultIfEmpty(0).Max();
        var dateX = nameX + twoCharacters;
        var dateWidth = dates.Select(l => l.Width).DefaultIfEmpty(0).Max();
        if (dates.Count > 0 && dateX + dateWidth > right)
        {
            dateX = right - dateWidth;
            nameX = dateX - twoCharacters;
        }
        Lines = [.. set.SelectMany(l => l.Lines.Select(line => line.MoveTo(Math.Max(0, l.IsDate ? dateX : nameX))))];
        LineOwners = [.. set.SelectMany(l => l.Lines.Select(_ => l.Owner))];
    }
}

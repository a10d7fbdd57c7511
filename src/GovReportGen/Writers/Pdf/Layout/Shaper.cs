using System.Collections.Immutable;
using GovReportGen.Writers.Pdf.Fonts;
using HarfBuzzSharp;
using Buffer = HarfBuzzSharp.Buffer;

namespace GovReportGen.Writers.Pdf.Layout;

/// <summary>How a block's text is set: size and the tracking of full-width characters.</summary>
internal sealed record TextStyle(double Size, double WideTracking = 0);

/// <summary>
/// Stage 2 (shape): styled spans → clusters, shaped by HarfBuzz on the full face with language zh-Hans.
/// Advances come from shaping, never from assumed widths (docs/typesetting.md §2.2: “ is 1 em in UMing but 0.33 em in
/// Zen Hei). Each run is split where the face changes (per-character fallback down the chain).
/// </summary>
internal static class Shaper
{
    private static readonly Language Chinese = new("zh-Hans");

    public static ImmutableArray<Cluster> Shape(TextSegment segment, DocumentFonts fonts, TextStyle style)
    {
        var clusters = ImmutableArray.CreateBuilder<Cluster>();
        foreach (var span in segment.Spans)
        {
            var role = fonts[span.Role];
            var firstOfSpan = true;
            foreach (var (text, face) in FaceRuns(span.Text, role))
            {
                foreach (var cluster in ShapeRun(text, face, style, span.Unbreakable, firstOfSpan))
                {
                    clusters.Add(cluster);
                    firstOfSpan = false;
                }
            }
        }
        return clusters.ToImmutable();
    }

    /// <summary>Maximal runs of the text drawn by one face.</summary>
    private static IEnumerable<(string Text, LoadedFace Face)> FaceRuns(string text, RoleFont role)
    {
        var start = 0;
        LoadedFace? current = null;
        var i = 0;
        while (i < text.Length)
        {
            var codePoint = char.ConvertToUtf32(text, i);
            var width = char.IsSurrogatePair(text, i) ? 2 : 1;
            // A combining mark stays with its base character's face.
            var face = current is not null && System.Globalization.CharUnicodeInfo.GetUnicodeCategory(codePoint)
                is System.Globalization.UnicodeCategory.NonSpacingMark && current.Has(codePoint)
                ? current
                : role.FaceFor(codePoint);
            if (current is not null && face != current)
            {
                yield return (text[start..i], current);
                start = i;
            }
            current = face;
            i += width;
        }
        if (current is not null)
            yield return (text[start..], current);
    }

    private static IEnumerable<Cluster> ShapeRun(string text, LoadedFace face, TextStyle style, bool unbreakable, bool firstOfSpan)
    {
        using var buffer = new Buffer();
        buffer.AddUtf16(text);
        buffer.Direction = Direction.LeftToRight;
        buffer.Language = Chinese;
        buffer.GuessSegmentProperties();
        face.Font.Shape(buffer);

        var infos = buffer.GetGlyphInfoSpan();
        var positions = buffer.GetGlyphPositionSpan();
        var scale = style.Size / face.UnitsPerEm;
        var clusters = new List<Cluster>();
        var i = 0;
        while (i < infos.Length)
        {
            var start = (int)infos[i].Cluster;
            var j = i;
            var glyphs = ImmutableArray.CreateBuilder<ShapedGlyph>();
            while (j < infos.Length && infos[j].Cluster == start)
            {
                if (infos[j].Codepoint == 0)
                    throw new PdfFontException($"PDF 字体缺字：字体“{face.Key}”无法绘制“{text}”中的字符（HarfBuzz 给出 .notdef）");
                glyphs.Add(new ShapedGlyph((ushort)infos[j].Codepoint, positions[j].XOffset * scale, -positions[j].YOffset * scale, positions[j].XAdvance * scale));
                j++;
            }
            var end = j < infos.Length ? (int)infos[j].Cluster : text.Length;
            var noBreakBefore = unbreakable && !(firstOfSpan && clusters.Count == 0);
            clusters.Add(new Cluster(text[start..end], face, style.Size, glyphs.ToImmutable(), style.WideTracking, noBreakBefore));
            i = j;
        }
        return clusters;
    }
}

using System.Collections.Immutable;
using GovReportGen.Writers.Pdf.Fonts;

namespace GovReportGen.Writers.Pdf.Layout;

/// <summary>
/// Stage 4 (finalize): a <see cref="LineSpan"/> → a positioned <see cref="TextLine"/>. Compression (缩排) is
/// shared out over the line's compressible punctuation in proportion to what each may give; justification
/// spreads the leftover width evenly over the gaps between full-width characters, between them and Latin or
/// number runs, and at spaces — never inside a Latin word or a number (docs/typesetting.md §3).
/// </summary>
internal static class LineFinalizer
{
    /// <summary>
    /// The most a justified line is stretched per gap, in ems of its text [choice]: a quarter em keeps a line
    /// before an address that cannot break from spreading 19 characters over 28; a line that would need more
    /// is set flush left with the rest at its end (docs/typesetting.md §3).
    /// </summary>
    public const double MaxStretchPerGapEm = 0.25;

    public static TextLine Finish(IReadOnlyList<Cluster> clusters, LineSpan span, double indent, double available, TextAlign align)
    {
        var end = span.End;
        while (end > span.Start && clusters[end - 1].IsSpace)
            end--;
        var count = end - span.Start;

        var capacity = LineBreaker.CompressionCapacity(clusters, span.Start, end);
        var natural = LineBreaker.NaturalWidth(clusters, span.Start, end) - span.Compression;

        var gaps = 0;
        for (var i = span.Start + 1; i < end; i++)
        {
            if (BreakRules.IsJustificationGap(clusters[i - 1], clusters[i]))
                gaps++;
        }
        var justify = align == TextAlign.Justify && !span.IsLast && gaps > 0 && natural < available;
        var em = end > span.Start ? clusters[span.Start].Size : 0;
        var perGap = justify ? Math.Min((available - natural) / gaps, MaxStretchPerGapEm * em) : 0;
        var width = justify ? natural + perGap * gaps : natural;
        var x0 = align switch
        {
            TextAlign.Center => indent + (available - natural) / 2,
            TextAlign.Right => indent + available - natural,
            _ => indent,
        };

        var runs = ImmutableArray.CreateBuilder<GlyphRun>();
        var clusterX = ImmutableArray.CreateBuilder<double>(count);
        var text = new System.Text.StringBuilder();
        LoadedFace? face = null;
        double size = 0;
        var glyphs = new List<ushort>();
        var xs = new List<double>();
        var ys = new List<double>();
        var glyphText = new List<string>();
        var runText = new System.Text.StringBuilder();

        void Flush()
        {
            if (glyphs.Count > 0 && face is not null)
                runs.Add(new GlyphRun(face, size, [.. glyphs], [.. xs], [.. ys], runText.ToString(), [.. glyphText]));
            glyphs.Clear();
            glyphText.Clear();
            xs.Clear();
            ys.Clear();
            runText.Clear();
        }

        var pen = 0.0;
        for (var i = span.Start; i < end; i++)
        {
            var cluster = clusters[i];
            if (i > span.Start && justify && BreakRules.IsJustificationGap(clusters[i - 1], cluster))
                pen += perGap;
            var squeeze = span.Compression > 0 && capacity > 0
                ? span.Compression * LineBreaker.CompressibleAmount(clusters, i, span.Start, end) / capacity
                : 0;
            var shift = squeeze > 0 && Kinsoku.CompressesFromLeft(cluster.First) ? -squeeze : 0;

            if (cluster.Face != face || cluster.Size != size)
            {
                Flush();
                face = cluster.Face;
                size = cluster.Size;
            }
            clusterX.Add(pen);
            var x = pen + shift;
            for (var g = 0; g < cluster.Glyphs.Length; g++)
            {
                var glyph = cluster.Glyphs[g];
                glyphs.Add(glyph.Id);
                glyphText.Add(g == 0 ? cluster.Text : "");
                xs.Add(x + glyph.XOffset);
                ys.Add(glyph.YOffset);
                x += glyph.Advance;
            }
            runText.Append(cluster.Text);
            text.Append(cluster.Text);
            pen += cluster.Advance - squeeze;
        }
        Flush();
        return new TextLine(x0, width, clusters.Count > 0 ? clusters[span.Start].Size : 0, runs.ToImmutable(), text.ToString(), clusterX.ToImmutable());
    }
}

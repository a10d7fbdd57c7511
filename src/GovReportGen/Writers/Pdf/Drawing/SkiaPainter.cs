using GovReportGen.Writers.Pdf.Fonts;
using GovReportGen.Writers.Pdf.Layout;
using SkiaSharp;

namespace GovReportGen.Writers.Pdf.Drawing;

/// <summary>
/// Stage 6 (paint): replays the display lists into <c>SKDocument.CreatePdf</c> with the per-document font
/// subsets. Skia is given no dates (they would depend on the machine's time zone, docs/typesetting.md §5.1) and no
/// document properties: the finishing step writes those.
/// </summary>
internal static class SkiaPainter
{
    public static byte[] Paint(IReadOnlyList<PageContent> pages, IReadOnlyDictionary<LoadedFace, FontSubset> subsets, PageGeometry geometry)
    {
        using var output = new MemoryStream();
        var typefaces = new Dictionary<LoadedFace, SKTypeface>();
        var fonts = new Dictionary<(LoadedFace, double), SKFont>();
        try
        {
            foreach (var (face, subset) in subsets)
            {
                using var data = SKData.CreateCopy(subset.Bytes);
                typefaces[face] = SKTypeface.FromData(data)
                    ?? throw new PdfFontException($"Skia 无法读取字体“{face.Key}”的子集");
            }
            var metadata = SKDocumentPdfMetadata.Default;
            metadata.Creation = null;
            metadata.Modified = null;
            using (var document = SKDocument.CreatePdf(output, metadata))
            {
                using var text = new SKPaint { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Fill };
                using var stroke = new SKPaint { Color = SKColors.Black, IsAntialias = true, Style = SKPaintStyle.Stroke, StrokeCap = SKStrokeCap.Square };
                foreach (var page in pages)
                {
                    var canvas = document.BeginPage((float)geometry.PageWidth, (float)geometry.PageHeight);
                    foreach (var op in page.Ops)
                        Draw(canvas, op, subsets, typefaces, fonts, text, stroke);
                    document.EndPage();
                }
                document.Close();
            }
            return output.ToArray();
        }
        finally
        {
            foreach (var font in fonts.Values)
                font.Dispose();
            foreach (var typeface in typefaces.Values)
                typeface.Dispose();
        }
    }

    private static void Draw(SKCanvas canvas, DrawOp op, IReadOnlyDictionary<LoadedFace, FontSubset> subsets, Dictionary<LoadedFace, SKTypeface> typefaces,
        Dictionary<(LoadedFace, double), SKFont> fonts, SKPaint text, SKPaint stroke)
    {
        switch (op)
        {
            case GlyphRunOp run:
            {
                if (!fonts.TryGetValue((run.Face, run.Size), out var font))
                {
                    font = new SKFont(typefaces[run.Face], (float)run.Size)
                    {
                        Subpixel = true,
                        Hinting = SKFontHinting.None,
                        LinearMetrics = true,
                        Embolden = false,
                    };
                    fonts[(run.Face, run.Size)] = font;
                }
                // The layout's glyph ids are the full face's; the embedded subset numbers them anew.
                var subset = subsets[run.Face];
                var glyphs = new ushort[run.Glyphs.Length];
                var points = new SKPoint[run.Glyphs.Length];
                for (var i = 0; i < points.Length; i++)
                {
                    glyphs[i] = subset.Map(run.Glyphs[i]);
                    points[i] = new SKPoint((float)run.X[i], (float)run.Y[i]);
                }
                using var builder = new SKTextBlobBuilder();
                builder.AddPositionedRun(glyphs, font, points);
                using var blob = builder.Build();
                if (blob is not null)
                    canvas.DrawText(blob, 0, 0, text);
                break;
            }
            case RuleOp rule:
                stroke.StrokeWidth = (float)rule.Width;
                canvas.DrawLine((float)rule.X1, (float)rule.Y1, (float)rule.X2, (float)rule.Y2, stroke);
                break;
            case DestinationOp destination:
                canvas.DrawNamedDestinationAnnotation(new SKPoint((float)destination.X, (float)destination.Y), destination.Name)?.Dispose();
                break;
        }
    }
}

using GovReportGen.Theme;

namespace GovReportGen.Writers.Pdf.Layout;

/// <summary>
/// The <see cref="PageSpec"/> in the PDF's unit, points from the top-left corner: A4 as Skia writes it
/// (595 × 842, the paper rounded to whole points), 天头 37 mm, 订口 28 mm, 版心 442.20 × 637.80 pt, body
/// 16 pt on a 28.95 pt grid with 28 characters to the line, title 22 pt on 35 pt, table 10.5 pt on
/// 1.3 × size, page number 14 pt.
/// </summary>
internal sealed record PageGeometry
{
    public static PageGeometry Default { get; } = From(PageSpec.Default);

    public static PageGeometry From(PageSpec page) => new()
    {
        PageWidth = Math.Round(PageSpec.Points(page.PaperWidthMm)),
        PageHeight = Math.Round(PageSpec.Points(page.PaperHeightMm)),
        Left = PageSpec.Points(page.MarginLeftMm),
        Top = PageSpec.Points(page.MarginTopMm),
        BodyWidth = page.TextWidth,
        BodyHeight = PageSpec.Points(page.TextHeightMm),
        BodySize = page.BodySize,
        GridPitch = page.LinePitch,
        CharactersPerLine = page.CharactersPerLine,
        TitleSize = page.TitleSize,
        TitlePitch = page.TitlePitch,
        TableLineFactor = page.TableLineFactor,
        TablePaddingY = page.TablePaddingY,
        BorderWidth = page.BorderWidth,
        PageNumberSize = page.PageNumberSize,
        PageNumberDrop = PageSpec.Points(page.PageNumberDropMm),
    };

    public double PageWidth { get; init; }
    public double PageHeight { get; init; }
    public double Left { get; init; }
    public double Top { get; init; }
    public double BodyWidth { get; init; }
    public double BodyHeight { get; init; }

    public double BodySize { get; init; }
    public double GridPitch { get; init; }
    public int CharactersPerLine { get; init; }

    public double TitleSize { get; init; }
    public double TitlePitch { get; init; }

    public double TableLineFactor { get; init; }
    public double TablePaddingY { get; init; }
    public double BorderWidth { get; init; }

    public double PageNumberSize { get; init; }
    /// <summary>The page number's dash sits 7 mm below the 版心 (GB/T 9704 §7.5).</summary>
    public double PageNumberDrop { get; init; }

    /// <summary>The pitch of a full-width body character: 442.20 / 28 = 15.79 pt, 0.21 pt tighter than 16 pt.</summary>
    public double CharPitch => BodyWidth / CharactersPerLine;

    /// <summary>What tracking adds to each full-width body character (negative: tighter).</summary>
    public double BodyTracking => CharPitch - BodySize;

    /// <summary>The first-line indent of 2 字.</summary>
    public double Indent => 2 * CharPitch;

    public double Right => Left + BodyWidth;
    public double Bottom => Top + BodyHeight;
}

namespace GovReportGen.Writers.Pdf.Layout;

/// <summary>
/// The GB/T 9704 page and the project's type choices (docs/typesetting.md §1, §4), in points: A4 as Skia writes it
/// (595 × 842), 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm, body 16 pt on a 28.95 pt grid with 28 characters to
/// the line, title 22 pt on 35 pt, table 10.5 pt on 1.3 × size, page number 14 pt.
/// </summary>
public sealed record PageGeometry
{
    public const double PointsPerMillimetre = 72 / 25.4;

    public static PageGeometry Default { get; } = new();

    public double PageWidth { get; init; } = 595;
    public double PageHeight { get; init; } = 842;
    public double Left { get; init; } = 28 * PointsPerMillimetre;
    public double Top { get; init; } = 37 * PointsPerMillimetre;
    public double BodyWidth { get; init; } = 442.20;
    public double BodyHeight { get; init; } = 225 * PointsPerMillimetre;

    public double BodySize { get; init; } = 16;
    public double GridPitch { get; init; } = 28.95;
    public int CharactersPerLine { get; init; } = 28;

    public double TitleSize { get; init; } = 22;
    public double TitlePitch { get; init; } = 35;

    public double TableLineFactor { get; init; } = 1.3;
    public double TablePaddingY { get; init; } = 1;
    public double BorderWidth { get; init; } = 0.5;

    public double PageNumberSize { get; init; } = 14;
    /// <summary>The page number's dash sits 7 mm below the 版心 (GB/T 9704 §7.5).</summary>
    public double PageNumberDrop { get; init; } = 7 * PointsPerMillimetre;

    /// <summary>The pitch of a full-width body character: 442.20 / 28 = 15.79 pt, 0.21 pt tighter than 16 pt.</summary>
    public double CharPitch => BodyWidth / CharactersPerLine;

    /// <summary>What tracking adds to each full-width body character (negative: tighter).</summary>
    public double BodyTracking => CharPitch - BodySize;

    /// <summary>The first-line indent of 2 字.</summary>
    public double Indent => 2 * CharPitch;

    public double Right => Left + BodyWidth;
    public double Bottom => Top + BodyHeight;
}

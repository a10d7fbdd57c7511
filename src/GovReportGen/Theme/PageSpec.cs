namespace GovReportGen.Theme;

/// <summary>
/// The one page every writer sets (docs/typesetting.md §1, §4): GB/T 9704 A4 with 天头 37 mm, 订口 28 mm and a
/// 156 × 225 mm 版心 holding 22 lines of 28 characters, and the size of each font role. Lengths are in
/// millimetres (paper and margins, as the standard gives them) or points (type), counts in characters and
/// lines. Each writer computes its own units from this — the PDF writer points, the DOCX writer twips and
/// half-points, the HTML writer CSS pt and mm — so changing a figure here changes all three alike.
/// </summary>
public sealed record PageSpec
{
    public const double PointsPerMillimetre = 72 / 25.4;

    public static PageSpec Default { get; } = new();

    public double PaperWidthMm { get; init; } = 210;
    public double PaperHeightMm { get; init; } = 297;

    public double MarginTopMm { get; init; } = 37;
    public double MarginRightMm { get; init; } = 26;
    public double MarginBottomMm { get; init; } = 35;
    public double MarginLeftMm { get; init; } = 28;

    public int LinesPerPage { get; init; } = 22;
    public int CharactersPerLine { get; init; } = 28;

    /// <summary>
    /// The body line pitch: 225 mm / 22 = 28.99 pt, but the DOCX grid takes whole twips and 580 × 22 overflows
    /// the 版心, so 28.95 pt, the pitch all three writers use.
    /// </summary>
    public double LinePitch { get; init; } = 28.95;

    /// <summary>三号: body text, headings, the signature.</summary>
    public double BodySize { get; init; } = 16;

    /// <summary>二号: the title, on lines of <see cref="TitlePitch"/> [choice].</summary>
    public double TitleSize { get; init; } = 22;
    public double TitlePitch { get; init; } = 35;

    /// <summary>五号: table text, on lines of <see cref="TableLineFactor"/> × its size.</summary>
    public double TableSize { get; init; } = 10.5;
    public double TableLineFactor { get; init; } = 1.3;

    /// <summary>Cell padding: 2 pt left and right, 1 pt top and bottom.</summary>
    public double TablePaddingX { get; init; } = 2;
    public double TablePaddingY { get; init; } = 1;

    /// <summary>Table rules.</summary>
    public double BorderWidth { get; init; } = 0.5;

    /// <summary>四号: the page number.</summary>
    public double PageNumberSize { get; init; } = 14;

    /// <summary>The page number's dash sits 7 mm below the 版心 (GB/T 9704 §7.5).</summary>
    public double PageNumberDropMm { get; init; } = 7;

    public double TextWidthMm => PaperWidthMm - MarginLeftMm - MarginRightMm;
    public double TextHeightMm => PaperHeightMm - MarginTopMm - MarginBottomMm;

    /// <summary>The 版心 width in points, to 0.01 pt (156 mm = 442.20 pt): what column widths add up to.</summary>
    public double TextWidth => Math.Round(Points(TextWidthMm), 2);

    /// <summary>The pitch of one 字 on the grid: 442.20 / 28 = 15.79 pt, a little under the 16 pt body size.</summary>
    public double CharacterPitch => TextWidth / CharactersPerLine;

    /// <summary>The type size of a role, in points.</summary>
    public double Size(FontRole role) => role switch
    {
        FontRole.Title => TitleSize,
        FontRole.Table => TableSize,
        FontRole.PageNumber => PageNumberSize,
        _ => BodySize,
    };

    public static double Points(double millimetres) => millimetres * PointsPerMillimetre;

    /// <summary>
    /// The 版心 width for a format that stores the paper and each margin in whole units of
    /// 1/<paramref name="unitsPerPoint"/> pt, each rounded on its own (DOCX twips: 20, which gives 8845).
    /// </summary>
    public int TextWidthInWholeUnits(int unitsPerPoint) =>
        WholeUnits(PaperWidthMm, unitsPerPoint) - WholeUnits(MarginLeftMm, unitsPerPoint) - WholeUnits(MarginRightMm, unitsPerPoint);

    /// <summary>A length in millimetres as whole units of 1/<paramref name="unitsPerPoint"/> pt.</summary>
    public static int WholeUnits(double millimetres, int unitsPerPoint) => (int)Math.Round(Points(millimetres) * unitsPerPoint);
}

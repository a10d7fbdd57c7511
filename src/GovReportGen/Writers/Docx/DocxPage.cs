namespace GovReportGen.Writers.Docx;

/// <summary>
/// GB/T 9704 page geometry in twips (docs/typesetting.md §1, §6): A4, margins 37/26/35/28 mm, a grid of
/// 22 lines × 28 characters over the 156 × 225 mm 版心.
/// </summary>
internal static class DocxPage
{
    public const int Width = 11906;
    public const int Height = 16838;

    public const int MarginTop = 2098;     // 37 mm
    public const int MarginRight = 1474;   // 26 mm
    public const int MarginBottom = 1984;  // 35 mm
    public const int MarginLeft = 1587;    // 28 mm

    /// <summary>Required by the schema; the reports have no header, so the value is Word's default.</summary>
    public const int HeaderDistance = 851;

    /// <summary>156 mm after rounding the margins; tables use exactly this width (TableMetrics.TotalTwips).</summary>
    public const int TextWidth = Width - MarginLeft - MarginRight;

    public const int LinesPerPage = 22;
    public const int CharactersPerLine = 28;

    /// <summary>
    /// 225 mm / 22 = 28.99 pt, but the grid only takes whole twips and 580 × 22 overflows the 版心 (12760 &gt; 12756),
    /// so 579 (28.95 pt), the pitch all three writers use.
    /// </summary>
    public const int LinePitch = 579;

    /// <summary>三号, the body size, in points.</summary>
    public const double BodySizePoints = 16;

    /// <summary>One 字 on the character grid: 8845 / 28 = 315.9 twips (15.79 pt), a little under 16 pt.</summary>
    public const double CharacterPitch = (double)TextWidth / CharactersPerLine;

    /// <summary>
    /// ECMA-376 docGrid: the grid pitch is the Normal font size plus charSpace/4096 pt, so
    /// (15.79 − 16) × 4096 = −841 gives 28 characters a line at 16 pt.
    /// </summary>
    public static readonly int CharSpace = (int)Math.Round((CharacterPitch / 20 - BodySizePoints) * 4096);

    /// <summary>
    /// Character spacing (twips) that narrows a 16 pt ideograph to fit the 28-per-line pitch by itself. Word
    /// condenses characters onto the grid; LibreOffice instead gives a character wider than one grid cell two
    /// cells (14 characters a line). Body paragraphs therefore stay off the character grid and carry this
    /// spacing, so 28 characters fit in every reader, while the section keeps its 22 × 28 grid for Word's
    /// page setup.
    /// </summary>
    public static readonly int BodyCharacterSpacing = (int)Math.Floor(CharacterPitch) - (int)(BodySizePoints * 20);

    /// <summary>Page numbers are 四号 (14 pt); 1 字 of it keeps them off the 版心 edge.</summary>
    public const int PageNumberSize = 280;

    /// <summary>
    /// Page bottom to the footer's bottom edge. GB/T 9704 §7.5 puts the dash 7 mm below the 版心, i.e. 28 mm
    /// (1587 twips) above the paper's edge; the footer line is set exactly 14 pt high and the dash sits at
    /// its middle, so the line's bottom is half a line (140 twips) lower.
    /// </summary>
    public const int FooterDistance = 1587 - PageNumberSize / 2;

    /// <summary>Converts a width in 字 (ems of body text on the grid) to twips.</summary>
    public static int Characters(double count) => (int)Math.Round(count * CharacterPitch);
}

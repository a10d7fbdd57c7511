using GovReportGen.Theme;

namespace GovReportGen.Writers.Docx;

/// <summary>
/// The <see cref="PageSpec"/> in Word's units (docs/typesetting.md §1, §6): twips (1/20 pt) for the page, margins,
/// pitches and indents, half-points for type sizes, eighths of a point for rules. Each length is rounded to
/// whole twips on its own, as Word stores it: A4 11906 × 16838, margins 2098/1474/1984/1587, which leaves a
/// 版心 of 8845 twips — exactly the width tables are given.
/// </summary>
internal sealed class DocxPage
{
    public const int TwipsPerPoint = 20;

    public static DocxPage Default { get; } = new(PageSpec.Default);

    public DocxPage(PageSpec spec)
    {
        Spec = spec;
        Width = Twips(spec.PaperWidthMm);
        Height = Twips(spec.PaperHeightMm);
        MarginTop = Twips(spec.MarginTopMm);
        MarginRight = Twips(spec.MarginRightMm);
        MarginBottom = Twips(spec.MarginBottomMm);
        MarginLeft = Twips(spec.MarginLeftMm);
        TextWidth = spec.TextWidthInWholeUnits(TwipsPerPoint);
        LinePitch = PointsToTwips(spec.LinePitch);
        CharacterPitch = (double)TextWidth / spec.CharactersPerLine;
        CharSpace = (int)Math.Round((CharacterPitch / TwipsPerPoint - spec.BodySize) * 4096);
        BodyCharacterSpacing = (int)Math.Floor(CharacterPitch) - PointsToTwips(spec.BodySize);
        PageNumberSize = PointsToTwips(spec.PageNumberSize);
        FooterDistance = Twips(spec.MarginBottomMm - spec.PageNumberDropMm) - PageNumberSize / 2;
    }

    public PageSpec Spec { get; }

    public int Width { get; }
    public int Height { get; }

    public int MarginTop { get; }
    public int MarginRight { get; }
    public int MarginBottom { get; }
    public int MarginLeft { get; }

    /// <summary>Required by the schema; the reports have no header, so the value is Word's default.</summary>
    public int HeaderDistance => 851;

    /// <summary>156 mm after rounding the margins; tables use exactly this width.</summary>
    public int TextWidth { get; }

    public int CharactersPerLine => Spec.CharactersPerLine;

    /// <summary>28.95 pt = 579 twips: whole twips, and 580 × 22 would overflow the 版心 (12760 &gt; 12756).</summary>
    public int LinePitch { get; }

    /// <summary>One 字 on the character grid: 8845 / 28 = 315.9 twips (15.79 pt), a little under 16 pt.</summary>
    public double CharacterPitch { get; }

    /// <summary>
    /// ECMA-376 docGrid: the grid pitch is the Normal font size plus charSpace/4096 pt, so
    /// (15.79 − 16) × 4096 = −841 gives 28 characters a line at 16 pt.
    /// </summary>
    public int CharSpace { get; }

    /// <summary>
    /// Character spacing (twips) that narrows a 16 pt ideograph to fit the 28-per-line pitch by itself. Word
    /// condenses characters onto the grid; LibreOffice instead gives a character wider than one grid cell two
    /// cells (14 characters a line). Body paragraphs therefore stay off the character grid and carry this
    /// spacing, so 28 characters fit in every reader, while the section keeps its 22 × 28 grid for Word's
    /// page setup.
    /// </summary>
    public int BodyCharacterSpacing { get; }

    /// <summary>Page numbers are 四号 (14 pt); 1 字 of it keeps them off the 版心 edge.</summary>
    public int PageNumberSize { get; }

    /// <summary>
    /// Page bottom to the footer's bottom edge. GB/T 9704 §7.5 puts the dash 7 mm below the 版心, i.e. 28 mm
    /// (1587 twips) above the paper's edge; the footer line is set exactly 14 pt high and the dash sits at
    /// its middle, so the line's bottom is half a line (140 twips) lower.
    /// </summary>
    public int FooterDistance { get; }

    /// <summary>Converts a width in 字 (ems of body text on the grid) to twips.</summary>
    public int Characters(double count) => (int)Math.Round(count * CharacterPitch);

    /// <summary>A type size in half-points (<c>w:sz</c>).</summary>
    public static int HalfPoints(double points) => (int)Math.Round(points * 2);

    /// <summary>A rule width in eighths of a point (<c>w:sz</c> of a border).</summary>
    public static uint EighthsOfPoint(double points) => (uint)Math.Round(points * 8);

    public static int PointsToTwips(double points) => (int)Math.Round(points * TwipsPerPoint);

    private static int Twips(double millimetres) => PageSpec.WholeUnits(millimetres, TwipsPerPoint);
}

using DocumentFormat.OpenXml.Wordprocessing;

namespace GovReportGen.Writers.Docx;

/// <summary>
/// The styles part: every paragraph and run in the body refers to one of these, so an editor who changes a
/// style in Word changes every paragraph of that kind. Fonts name the authentic fonts (<see cref="DocxFonts"/>)
/// in <c>w:rFonts</c> ascii/hAnsi/eastAsia; no style sets <c>w:b</c> or <c>w:i</c>, since none of the roles
/// has a real bold or italic face and Word would synthesise one (docs/typesetting.md §2.3).
/// </summary>
internal sealed class DocxStyles
{
    private readonly DocxPage _page;

    // Sizes in half-points, pitches in twips, all from the page specification.
    private readonly int _bodySize;
    private readonly int _titleSize;
    private readonly int _tableSize;
    private readonly int _pageNumberSize;
    private readonly int _titlePitch;
    private readonly int _tablePitch;
    private readonly int _twoCharacters;

    private DocxStyles(DocxPage page)
    {
        _page = page;
        var spec = page.Spec;
        _bodySize = DocxPage.HalfPoints(spec.BodySize);
        _titleSize = DocxPage.HalfPoints(spec.TitleSize);
        _tableSize = DocxPage.HalfPoints(spec.TableSize);
        _pageNumberSize = DocxPage.HalfPoints(spec.PageNumberSize);
        _titlePitch = DocxPage.PointsToTwips(spec.TitlePitch);
        _tablePitch = DocxPage.PointsToTwips(spec.TableLineFactor * spec.TableSize);
        _twoCharacters = page.Characters(2);
    }

    public static Styles Create(DocxPage page) => new DocxStyles(page).Build();

    private Styles Build() => new(
        Defaults(),
        // Paragraph styles.
        Paragraph(DocxStyleIds.Normal, "Normal", basedOn: null, isDefault: true,
            new StyleParagraphProperties
            {
                // Full pages hold 22 lines: no widow/orphan control; no automatic space between CJK and Latin.
                WidowControl = new WidowControl { Val = false },
                AutoSpaceDE = new AutoSpaceDE { Val = false },
                AutoSpaceDN = new AutoSpaceDN { Val = false },
                // Off the character grid; the 28 per line come from the run spacing (DocxPage.BodyCharacterSpacing).
                SnapToGrid = new SnapToGrid { Val = false },
                SpacingBetweenLines = Spacing(_page.LinePitch),
                Indentation = FirstLine(_twoCharacters, chars: 200),
                Justification = new Justification { Val = JustificationValues.Both },
            },
            Run(DocxFonts.FangSong, _bodySize, characterSpacing: _page.BodyCharacterSpacing)),
        Paragraph(DocxStyleIds.Title, "Title", DocxStyleIds.Normal, isDefault: false,
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                KeepLines = new KeepLines(),
                SnapToGrid = new SnapToGrid { Val = false },
                // One empty body line between the title and the text (GB/T 9704 §7.3.2).
                SpacingBetweenLines = Spacing(_titlePitch, after: _page.LinePitch),
                Indentation = FirstLine(0, chars: 0),
                Justification = new Justification { Val = JustificationValues.Center },
            },
            Run(DocxFonts.Title, _titleSize, offGrid: true)),
        Paragraph(DocxStyleIds.Subtitle, "Subtitle", DocxStyleIds.Normal, isDefault: false,
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                Indentation = FirstLine(0, chars: 0),
                Justification = new Justification { Val = JustificationValues.Center },
            },
            run: null),
        Heading(DocxStyleIds.Heading1, "heading 1", outlineLevel: 0, DocxFonts.Hei),
        Heading(DocxStyleIds.Heading2, "heading 2", outlineLevel: 1, DocxFonts.Kai),
        Heading(DocxStyleIds.Heading3, "heading 3", outlineLevel: 2, font: null),
        Paragraph(DocxStyleIds.Note, "注释", DocxStyleIds.Normal, isDefault: false, paragraph: null, run: null),
        Paragraph(DocxStyleIds.Caption, "caption", DocxStyleIds.Normal, isDefault: false,
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                Indentation = FirstLine(0, chars: 0),
                Justification = new Justification { Val = JustificationValues.Center },
            },
            run: null),
        // 署名 and 日期: one empty line above the block (not between its lines: contextual spacing); right-aligned
        // 2 字 from the right margin in characters, so an edited name stays in place; a line that must stand
        // further in (the date under a longer name) carries its own right indent (GB/T 9704 §7.3.5.2).
        Paragraph(DocxStyleIds.Signature, "Signature", DocxStyleIds.Normal, isDefault: false,
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                SpacingBetweenLines = Spacing(_page.LinePitch, before: _page.LinePitch),
                Indentation = RightOfLine(),
                ContextualSpacing = new ContextualSpacing(),
                Justification = new Justification { Val = JustificationValues.Right },
            },
            run: null),
        Paragraph(DocxStyleIds.Date, "Date", DocxStyleIds.Normal, isDefault: false,
            new StyleParagraphProperties
            {
                Indentation = RightOfLine(),
                Justification = new Justification { Val = JustificationValues.Right },
            },
            run: null),
        // Table text: 五号, off the body grid in both directions (a 10.5 pt glyph on the 15.8 pt character
        // grid would be spread apart), numbers and column headers centred, row labels left.
        Paragraph(DocxStyleIds.TableText, "表格文字", DocxStyleIds.Normal, isDefault: false,
            new StyleParagraphProperties
            {
                SnapToGrid = new SnapToGrid { Val = false },
                SpacingBetweenLines = Spacing(_tablePitch),
                Indentation = FirstLine(0, chars: 0),
                Justification = new Justification { Val = JustificationValues.Center },
            },
            Run(font: null, _tableSize, offGrid: true)),
        Paragraph(DocxStyleIds.TableHeader, "表格表头", DocxStyleIds.TableText, isDefault: false, paragraph: null, run: null),
        Paragraph(DocxStyleIds.TableLabel, "表格行标题", DocxStyleIds.TableText, isDefault: false,
            new StyleParagraphProperties { Justification = new Justification { Val = JustificationValues.Left } },
            run: null),
        // Page numbers: 四号 宋体 `— N —`, odd pages right and even pages left, 1 字 in from the 版心 edge.
        Paragraph(DocxStyleIds.Footer, "footer", DocxStyleIds.Normal, isDefault: false,
            new StyleParagraphProperties
            {
                SnapToGrid = new SnapToGrid { Val = false },
                SpacingBetweenLines = Spacing(_page.PageNumberSize),
                Indentation = FirstLine(0, chars: 0),
            },
            Run(DocxFonts.Song, _pageNumberSize, offGrid: true)),
        Paragraph(DocxStyleIds.PageNumberOdd, "页码（奇数页）", DocxStyleIds.Footer, isDefault: false,
            new StyleParagraphProperties
            {
                Indentation = new Indentation { Right = Twips(_page.PageNumberSize) },
                Justification = new Justification { Val = JustificationValues.Right },
            },
            run: null),
        Paragraph(DocxStyleIds.PageNumberEven, "页码（偶数页）", DocxStyleIds.Footer, isDefault: false,
            new StyleParagraphProperties
            {
                Indentation = new Indentation { Left = Twips(_page.PageNumberSize) },
                Justification = new Justification { Val = JustificationValues.Left },
            },
            run: null),
        // Character styles: strong in 黑体 and em in 楷体 instead of synthetic bold and italic; figures get a
        // style with no formatting of its own, so an office can restyle every figure at once.
        Character(DocxStyleIds.Strong, "Strong", DocxFonts.Hei),
        Character(DocxStyleIds.Emphasis, "Emphasis", DocxFonts.Kai),
        Character(DocxStyleIds.Figure, "数字", font: null),
        ReportTable());

    private DocDefaults Defaults() => new(
        new RunPropertiesDefault(new RunPropertiesBaseStyle(
            Fonts(DocxFonts.FangSong),
            new FontSize { Val = Size(_bodySize) },
            new FontSizeComplexScript { Val = Size(_bodySize) },
            new Languages { Val = "en-US", EastAsia = "zh-CN" })),
        new ParagraphPropertiesDefault());

    private static Style Paragraph(string id, string name, string? basedOn, bool isDefault,
        StyleParagraphProperties? paragraph, StyleRunProperties? run)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, StyleName = new StyleName { Val = name } };
        if (isDefault)
            style.Default = true;
        if (basedOn is not null)
            style.BasedOn = new BasedOn { Val = basedOn };
        style.PrimaryStyle = new PrimaryStyle();
        if (paragraph is not null)
            style.StyleParagraphProperties = paragraph;
        if (run is not null)
            style.StyleRunProperties = run;
        return style;
    }

    private static Style Heading(string id, string name, int outlineLevel, DocxFont? font)
    {
        var style = Paragraph(id, name, DocxStyleIds.Normal, isDefault: false,
            new StyleParagraphProperties
            {
                KeepNext = new KeepNext(),
                KeepLines = new KeepLines(),
                OutlineLevel = new OutlineLevel { Val = outlineLevel },
            },
            font is null ? null : Run(font, size: null));
        style.NextParagraphStyle = new NextParagraphStyle { Val = DocxStyleIds.Normal };
        return style;
    }

    private static Style Character(string id, string name, DocxFont? font)
    {
        var style = new Style { Type = StyleValues.Character, StyleId = id, StyleName = new StyleName { Val = name } };
        style.PrimaryStyle = new PrimaryStyle();
        style.StyleRunProperties = font is null ? new StyleRunProperties() : new StyleRunProperties { RunFonts = Fonts(font) };
        return style;
    }

    /// <summary>
    /// The table style every table uses: 0.5 pt single borders on every edge, 2 pt / 1 pt cell padding, cells
    /// vertically centred, 五号 text (docs/typesetting.md §4).
    /// </summary>
    private Style ReportTable()
    {
        var style = new Style { Type = StyleValues.Table, StyleId = DocxStyleIds.Table, StyleName = new StyleName { Val = "公文表格" } };
        style.PrimaryStyle = new PrimaryStyle();
        style.StyleParagraphProperties = new StyleParagraphProperties { SnapToGrid = new SnapToGrid { Val = false } };
        style.StyleRunProperties = Run(font: null, _tableSize, offGrid: true);
        style.StyleTableProperties = DocxTableLook.Properties(_page.Spec);
        style.StyleTableCellProperties = new StyleTableCellProperties
        {
            TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center },
        };
        return style;
    }

    private static StyleRunProperties Run(DocxFont? font, int? size, bool offGrid = false, int? characterSpacing = null)
    {
        var run = new StyleRunProperties();
        if (font is not null)
            run.RunFonts = Fonts(font);
        if (offGrid)
            run.SnapToGrid = new SnapToGrid { Val = false };
        // Styles off the grid (title, tables, page numbers) are based on Normal but must not inherit its spacing.
        if ((characterSpacing ?? (offGrid ? 0 : null)) is { } spacing)
            run.Spacing = new Spacing { Val = spacing };
        if (size is { } halfPoints)
        {
            run.FontSize = new FontSize { Val = Size(halfPoints) };
            run.FontSizeComplexScript = new FontSizeComplexScript { Val = Size(halfPoints) };
        }
        return run;
    }

    internal static RunFonts Fonts(DocxFont font) =>
        new() { Ascii = font.Name, HighAnsi = font.Name, EastAsia = font.Name, ComplexScript = font.Name };

    private static SpacingBetweenLines Spacing(int line, int before = 0, int after = 0) => new()
    {
        Before = Twips(before),
        After = Twips(after),
        Line = Twips(line),
        LineRule = LineSpacingRuleValues.Exact,
    };

    /// <summary>The signature lines' right indent in 字 (GB/T 9704 §7.3.5.2: 右空二字).</summary>
    internal const double SignatureRightIndent = 2;

    /// <summary>No first-line indent, 2 字 from the right, in characters and in twips.</summary>
    private Indentation RightOfLine() => new()
    {
        FirstLine = Twips(0),
        FirstLineChars = 0,
        Right = Twips(_page.Characters(SignatureRightIndent)),
        RightChars = (int)Math.Round(SignatureRightIndent * 100),
    };

    private static Indentation FirstLine(int twips, int chars) => new() { FirstLine = Twips(twips), FirstLineChars = chars };

    private static string Size(int halfPoints) => halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal static string Twips(int twips) => twips.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

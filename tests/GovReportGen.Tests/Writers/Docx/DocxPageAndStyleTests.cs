using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Doc = GovReportGen.Documents;
using GovReportGen.Writers.Docx;
using static GovReportGen.Tests.Writers.Docx.DocxReadBack;

namespace GovReportGen.Tests.Writers.Docx;

/// <summary>Page setup, footers, styles and document properties of docs/typesetting.md §6, read back from a sample report.</summary>
public class DocxPageAndStyleTests
{
    private static readonly DocxSample Shizhong = DocxSamples.Get("zaozhuang-shizhong-kjj");

    [Fact]
    public void Section_has_the_GB_T_9704_page_margins_and_document_grid()
    {
        using var word = Open(Shizhong.Docx);
        var section = BodyOf(word).Elements<SectionProperties>().Single();

        var size = section.GetFirstChild<PageSize>()!;
        Assert.Equal((11906u, 16838u), (size.Width!.Value, size.Height!.Value));
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((2098, 1474u, 1984, 1587u), (margin.Top!.Value, margin.Right!.Value, margin.Bottom!.Value, margin.Left!.Value));
        Assert.Equal(0u, margin.Gutter!.Value);
        var grid = section.GetFirstChild<DocGrid>()!;
        Assert.Equal(DocGridValues.LinesAndChars, grid.Type!.Value);
        Assert.Equal(579, grid.LinePitch!.Value);
        Assert.Equal(-841, grid.CharacterSpace!.Value);
        Assert.Same(section, BodyOf(word).LastChild);
    }

    [Fact]
    public void Odd_and_even_footers_hold_a_PAGE_field_between_dashes()
    {
        using var word = Open(Shizhong.Docx);
        var main = word.MainDocumentPart!;
        var section = BodyOf(word).Elements<SectionProperties>().Single();

        Assert.NotNull(main.DocumentSettingsPart!.Settings!.GetFirstChild<EvenAndOddHeaders>());
        var references = section.Elements<FooterReference>().ToDictionary(f => f.Type!.Value, f => f.Id!.Value!);
        Assert.Equal(2, references.Count);
        foreach (var (type, style) in new[] { (HeaderFooterValues.Default, DocxStyleIds.PageNumberOdd), (HeaderFooterValues.Even, DocxStyleIds.PageNumberEven) })
        {
            var footer = ((FooterPart)main.GetPartById(references[type])).Footer!;
            var paragraph = Assert.Single(footer.Elements<Paragraph>());
            Assert.Equal(style, StyleOf(paragraph));
            Assert.Equal(" PAGE ", Assert.Single(paragraph.Descendants<FieldCode>()).Text);
            Assert.Equal([FieldCharValues.Begin, FieldCharValues.Separate, FieldCharValues.End], paragraph.Descendants<FieldChar>().Select(f => f.FieldCharType!.Value));
            var text = TextOf(paragraph);
            Assert.StartsWith("— ", text);
            Assert.EndsWith(" —", text);
        }
        var styles = Styles(word);
        Assert.Equal(JustificationValues.Right, styles[DocxStyleIds.PageNumberOdd].StyleParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal("280", styles[DocxStyleIds.PageNumberOdd].StyleParagraphProperties!.Indentation!.Right!.Value);
        Assert.Equal(JustificationValues.Left, styles[DocxStyleIds.PageNumberEven].StyleParagraphProperties!.Justification!.Val!.Value);
        Assert.Equal("280", styles[DocxStyleIds.PageNumberEven].StyleParagraphProperties!.Indentation!.Left!.Value);
        Assert.Equal(("宋体", "28"), FontAndSize(styles[DocxStyleIds.Footer]));
    }

    /// <summary>
    /// 28 ideographs of 三号 must fit a line in every reader: Word condenses onto the 28-character grid, but
    /// LibreOffice gives a character wider than a grid cell two cells. So body text sits off the character grid
    /// with a spacing that narrows each 16 pt character to the pitch, and off-grid styles do not inherit it.
    /// </summary>
    [Fact]
    public void Body_text_fits_28_characters_a_line_without_the_character_grid()
    {
        using var word = Open(Shizhong.Docx);
        var styles = Styles(word);
        var normal = styles[DocxStyleIds.Normal];
        Assert.False(normal.StyleParagraphProperties!.SnapToGrid!.Val!.Value);
        var spacing = normal.StyleRunProperties!.Spacing!.Val!.Value;
        var size = int.Parse(normal.StyleRunProperties.FontSize!.Val!.Value!) * 10; // half-points → twips
        var section = BodyOf(word).Elements<SectionProperties>().Single();
        var margin = section.GetFirstChild<PageMargin>()!;
        var textWidth = (int)section.GetFirstChild<PageSize>()!.Width!.Value - (int)margin.Left!.Value - (int)margin.Right!.Value;
        Assert.True(28 * (size + spacing) <= textWidth, $"28 × ({size} {spacing:+0;-0}) twips > {textWidth}");
        Assert.True(29 * (size + spacing) > textWidth, "no more than 28 a line");
        foreach (var id in new[] { DocxStyleIds.Title, DocxStyleIds.Footer })
            Assert.Equal(0, styles[id].StyleRunProperties!.Spacing!.Val!.Value);
    }

    private static Dictionary<string, Style> Styles(WordprocessingDocument word) =>
        word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);

    private static (string? EastAsia, string? Size) FontAndSize(Style style) =>
        (style.StyleRunProperties?.RunFonts?.EastAsia?.Value, style.StyleRunProperties?.FontSize?.Val?.Value);

    /// <summary>
    /// Issue 16, finding 8, on every sample: each 署名/日期 paragraph is placed from the right margin in characters —
    /// right-aligned by its style, at most a right indent in characters of its own — and never from the left.
    /// </summary>
    [Fact]
    public void Every_samples_signature_is_right_aligned_with_character_indents_only()
    {
        foreach (var sample in DocxSamples.All)
        {
            using var word = Open(sample.Docx);
            var styles = Styles(word);
            var lines = BodyOf(word).Elements<Paragraph>().Where(p => StyleOf(p) is DocxStyleIds.Signature or DocxStyleIds.Date).ToList();
            Assert.NotEmpty(lines);
            foreach (var line in lines)
            {
                var style = styles[StyleOf(line)!].StyleParagraphProperties!;
                Assert.Equal(JustificationValues.Right, (line.ParagraphProperties?.Justification ?? style.Justification)!.Val!.Value);
                foreach (var indentation in new[] { style.Indentation, line.ParagraphProperties?.Indentation }.OfType<Indentation>())
                {
                    Assert.True(indentation.Left is null && indentation.Start is null && indentation.LeftChars is null && indentation.Hanging is null,
                        $"{sample.AgencyId}: {indentation.OuterXml}");
                    Assert.True(indentation.RightChars!.Value >= 0 && int.Parse(indentation.Right!.Value!) >= 0, $"{sample.AgencyId}: {indentation.OuterXml}");
                }
            }
        }
    }

    /// <summary>
    /// Issue 16, finding 8: a stock Windows 10/11 PC has 仿宋 and 楷体 but not the <c>_GB2312</c> faces the styles
    /// name, so their font-table entries name the stock face as the first alternate (ECMA-376 §17.8.3.1), and every
    /// entry carries the substitution data Word falls back on (docs/typesetting.md §6.1).
    /// </summary>
    [Fact]
    public void Font_table_names_the_stock_Windows_faces_as_alternates_with_substitution_data()
    {
        using var word = Open(Shizhong.Docx);
        var table = word.MainDocumentPart!.FontTablePart!.Fonts!.Elements<Font>().ToDictionary(f => f.Name!.Value!);
        string Alt(string name) => table[name].AltName!.Val!.Value!;
        string? Panose(string name) => table[name].Panose1Number?.Val?.Value;

        // Every font a style names has an entry (and no other font is named).
        var named = Styles(word).Values.Select(s => s.StyleRunProperties?.RunFonts?.EastAsia?.Value).OfType<string>()
            .Append(word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.DocDefaults!.Descendants<RunFonts>().Single().EastAsia!.Value!).ToHashSet();
        Assert.Equal(named.Order(), table.Keys.Order());

        Assert.Equal("仿宋", Alt("仿宋_GB2312"));
        Assert.Equal("楷体", Alt("楷体_GB2312"));
        Assert.Equal("SimHei", Alt("黑体"));
        Assert.Equal("SimSun", Alt("宋体"));
        Assert.Equal(["方正小标宋_GBK", "华文中宋", "宋体"], Alt("方正小标宋简体").Split(','));
        // The stock faces every Chinese Windows has are reachable from every role (the first alternate or the name).
        var stock = new[] { "仿宋", "楷体", "黑体", "宋体" };
        Assert.All(table.Values, f => Assert.Contains(DocxFonts.Candidates(DocxFonts.All.Single(d => d.Name == f.Name!.Value)), stock.Contains));

        Assert.Equal("02010609030101010101", Panose("仿宋_GB2312"));
        Assert.Equal("02010609030101010101", Panose("楷体_GB2312"));
        Assert.Equal("02010609060101010101", Panose("黑体"));
        Assert.Equal("02010600030101010101", Panose("宋体"));
        Assert.Null(Panose("方正小标宋简体"));
        Assert.All(table.Values, f => Assert.Equal("86", f.FontCharSet!.Val!.Value));
        Assert.Equal(FontFamilyValues.Modern, table["仿宋_GB2312"].FontFamily!.Val!.Value);
        Assert.Equal(FontFamilyValues.Roman, table["方正小标宋简体"].FontFamily!.Val!.Value);
        var sig = table["仿宋_GB2312"].FontSignature!;
        Assert.Equal(("080E0000", "00040000"), (sig.UnicodeSignature1!.Value, sig.CodePageSignature0!.Value)); // GB2312 only
        sig = table["黑体"].FontSignature!;
        Assert.Equal(("38CF7CFA", "00040001"), (sig.UnicodeSignature1!.Value, sig.CodePageSignature0!.Value));
        Assert.Null(table["方正小标宋简体"].FontSignature);
    }

    [Fact]
    public void Styles_name_the_authentic_fonts_of_each_role()
    {
        using var word = Open(Shizhong.Docx);
        var styles = Styles(word);

        Assert.Equal(("仿宋_GB2312", "32"), FontAndSize(styles[DocxStyleIds.Normal]));
        Assert.True(styles[DocxStyleIds.Normal].Default!.Value);
        Assert.Equal(("方正小标宋简体", "44"), FontAndSize(styles[DocxStyleIds.Title]));
        Assert.Equal(("黑体", null), FontAndSize(styles[DocxStyleIds.Heading1]));
        Assert.Equal(("楷体_GB2312", null), FontAndSize(styles[DocxStyleIds.Heading2]));
        Assert.Equal((null, "21"), FontAndSize(styles[DocxStyleIds.TableText]));
        Assert.Equal(("黑体", null), FontAndSize(styles[DocxStyleIds.Strong]));
        Assert.Equal(("楷体_GB2312", null), FontAndSize(styles[DocxStyleIds.Emphasis]));
        Assert.Equal([0, 1, 2], new[] { DocxStyleIds.Heading1, DocxStyleIds.Heading2, DocxStyleIds.Heading3 }.Select(id => styles[id].StyleParagraphProperties!.OutlineLevel!.Val!.Value));
        Assert.Equal("heading 1", styles[DocxStyleIds.Heading1].StyleName!.Val!.Value);

        // Body: 2 字 first-line indent, exact grid pitch, justified, no widow control.
        var normal = styles[DocxStyleIds.Normal].StyleParagraphProperties!;
        Assert.Equal(200, normal.Indentation!.FirstLineChars!.Value);
        Assert.Equal(("579", LineSpacingRuleValues.Exact), (normal.SpacingBetweenLines!.Line!.Value, normal.SpacingBetweenLines.LineRule!.Value));
        Assert.Equal(JustificationValues.Both, normal.Justification!.Val!.Value);
        Assert.False(normal.WidowControl!.Val!.Value);
        Assert.Equal(JustificationValues.Center, styles[DocxStyleIds.Title].StyleParagraphProperties!.Justification!.Val!.Value);

        // Title and table text leave the body grid, in paragraph and run properties.
        foreach (var id in new[] { DocxStyleIds.Title, DocxStyleIds.TableText })
        {
            Assert.False(styles[id].StyleParagraphProperties!.SnapToGrid!.Val!.Value);
            Assert.False(styles[id].StyleRunProperties!.SnapToGrid!.Val!.Value);
        }

        var table = styles[DocxStyleIds.Table];
        Assert.Equal(StyleValues.Table, table.Type!.Value);
        var borders = table.StyleTableProperties!.TableBorders!;
        Assert.Equal(6, borders.ChildElements.Count);
        Assert.All(borders.ChildElements.Cast<BorderType>(), b => Assert.Equal((BorderValues.Single, 4u), (b.Val!.Value, b.Size!.Value)));
    }

    [Fact]
    public void No_synthetic_bold_or_italic_and_no_direct_run_formatting()
    {
        foreach (var sample in DocxSamples.All)
        {
            using var word = Open(sample.Docx);
            var parts = new DocumentFormat.OpenXml.OpenXmlElement[] { word.MainDocumentPart!.Document!, word.MainDocumentPart.StyleDefinitionsPart!.Styles! };

            Assert.All(parts, p => Assert.Empty(p.Descendants<Bold>()));
            Assert.All(parts, p => Assert.Empty(p.Descendants<Italic>()));
            // Runs name a character style at most; fonts and sizes come from styles only.
            Assert.All(BodyOf(word).Descendants<RunProperties>(), rp => Assert.IsType<RunStyle>(Assert.Single(rp.ChildElements)));
            Assert.Empty(BodyOf(word).Descendants<RunFonts>());
            Assert.Empty(BodyOf(word).Descendants<FontSize>());
        }
    }

    [Fact]
    public void Headings_and_paragraphs_use_the_styles_of_their_kind()
    {
        using var word = Open(Shizhong.Docx);
        var paragraphs = BodyOf(word).Elements<Paragraph>().ToList();
        var headings = Shizhong.Document.Blocks.OfType<Doc.Heading>().ToList();

        var title = Assert.Single(paragraphs, p => StyleOf(p) == DocxStyleIds.Title);
        Assert.Equal("市中区科学技术局\n2024年政府信息公开工作年度报告", TextOf(title));
        Assert.Equal(headings.Where(h => h.Level == 2).Select(h => Doc.InlineText.ToPlainText(h.Inlines)),
            paragraphs.Where(p => StyleOf(p) == DocxStyleIds.Heading1).Select(TextOf));
        Assert.Equal(headings.Where(h => h.Level == 3).Select(h => Doc.InlineText.ToPlainText(h.Inlines)),
            paragraphs.Where(p => StyleOf(p) == DocxStyleIds.Heading2).Select(TextOf));
        Assert.Equal(["sec_1", "sec_1_1"], paragraphs.SelectMany(p => p.Elements<BookmarkStart>()).Take(2).Select(b => b.Name!.Value));
        var bodyText = Shizhong.Document.Blocks.OfType<Doc.Paragraph>().Select(p => Doc.InlineText.ToPlainText(p.Inlines)).ToList();
        Assert.Equal(bodyText, paragraphs.Where(p => StyleOf(p) is null).Select(TextOf));
        Assert.Equal(["市中区科学技术局", "2025年1月15日"], paragraphs.Where(p => StyleOf(p) is DocxStyleIds.Signature or DocxStyleIds.Date).Select(TextOf));
    }

    [Fact]
    public void Core_properties_come_from_the_metadata()
    {
        using var word = Open(Shizhong.Docx);
        var properties = word.PackageProperties;

        Assert.Equal("市中区科学技术局2024年政府信息公开工作年度报告", properties.Title);
        Assert.Equal("市中区科学技术局", properties.Creator);
        Assert.Equal("zh-CN", properties.Language);
        Assert.Equal(new DateTime(2025, 1, 14, 16, 0, 0, DateTimeKind.Utc), properties.Created?.ToUniversalTime());
        Assert.Equal(properties.Created, properties.Modified);
    }

    [Fact]
    public void Without_a_publishing_date_the_document_has_no_dates()
    {
        var erqi = DocxSamples.Get("zhengzhou-erqi-kjj");
        Assert.Null(erqi.Data.PublishedOn);
        using var word = Open(erqi.Docx);

        Assert.Null(word.PackageProperties.Created);
        Assert.Null(word.PackageProperties.Modified);
        Assert.Equal("科技局", word.PackageProperties.Creator);
    }
}

using DocumentFormat.OpenXml;
using Doc = GovReportGen.Documents;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using GovReportGen.Tests.Documents;
using GovReportGen.Writers;
using GovReportGen.Writers.Docx;
using static GovReportGen.Tests.Writers.Docx.DocxReadBack;
using Document = GovReportGen.Documents.Document;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace GovReportGen.Tests.Writers.Docx;

/// <summary>The DOCX writer on small hand-written documents.</summary>
public class DocxWriterTests
{
    private static readonly DocumentMetadata Metadata = new("某局2024年政府信息公开工作年度报告", "某局", new DateOnly(2025, 1, 15), 2024);

    private static byte[] Write(string markup) => DocxWriter.WriteToBytes(ReportTables.Parse(markup), Metadata);

    private static void AssertValid(byte[] docx)
    {
        using var word = Open(docx);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void Inlines_become_runs_in_character_styles_never_direct_bold_or_italic()
    {
        var docx = Write("<p>共<span class=\"num\">12</span>件<strong>重点<em>强调</em></strong><em>楷</em>甲<br/>乙</p>");
        using var word = Open(docx);
        var paragraph = BodyOf(word).Elements<Paragraph>().First();

        var runs = paragraph.Elements<Run>().Select(r => (Style: r.RunProperties?.RunStyle?.Val?.Value, Text: TextOf(new Paragraph(r.CloneNode(true))))).ToList();
        Assert.Equal(
            [(null, "共"), ("Figure", "12"), (null, "件"), ("Strong", "重点"), ("Emphasis", "强调"), ("Emphasis", "楷"), (null, "甲"), (null, "\n"), (null, "乙")],
            runs);
        Assert.Empty(paragraph.Descendants<Bold>());
        Assert.Empty(paragraph.Descendants<Italic>());
        AssertValid(docx);
    }

    [Fact]
    public void Signature_name_sits_2_characters_from_the_right_and_the_date_2_characters_right_of_its_start()
    {
        // 市中区科学技术局 is 8 字, 2025年1月15日 is 6.5 字 (digits ½): shifted 2 字 right of the name's start the
        // date would end 1.5 字 from the margin, so it keeps 2 字 and the name moves ½ 字 left (as in the PDF and
        // HTML): name 2.5 字 from the right, date 2 字.
        var lines = SignatureLines("<div class=\"signature\"><p>市中区科学技术局</p><p class=\"date\">2025年1月15日</p></div>");
        Assert.Equal([250, 200], lines.Select(l => l.RightChars));

        // A longer name (11 字) keeps 2 字, so it starts 13 字 from the margin; the date starts 2 字 right of
        // that, 11 字 from the margin, and ends 11 − 6.5 = 4.5 字 from it.
        lines = SignatureLines("<div class=\"signature\"><p>枣庄市市中区科学技术局</p><p class=\"date\">2025年1月15日</p></div>");
        Assert.Equal([200, 450], lines.Select(l => l.RightChars));
    }

    [Fact]
    public void A_date_longer_than_the_name_keeps_2_characters_and_pushes_the_name_left()
    {
        // 科技局 is 3 字: the date (6.5 字) ends 2 字 from the right, the name starts 2 字 left of the date's
        // start, 10.5 字 from the margin, so it ends 7.5 字 from it.
        var lines = SignatureLines("<div class=\"signature\"><p>科技局</p><p class=\"date\">2025年1月15日</p></div>");

        Assert.Equal([750, 200], lines.Select(l => l.RightChars));
    }

    [Fact]
    public void A_signature_without_a_date_is_the_style_alone()
    {
        var lines = SignatureLines("<div class=\"signature\"><p>市中区科学技术局</p></div>", withDate: false);

        Assert.Equal([200], lines.Select(l => l.RightChars));
        Assert.False(lines[0].Direct);
    }

    /// <summary>
    /// Issue 16, finding 8: each signature line is right-aligned with a right indent in characters — never an
    /// absolute left indent, never a negative right indent — so an edited name stays 2 字 from the margin.
    /// </summary>
    private static List<(int RightChars, bool Direct)> SignatureLines(string markup, bool withDate = true)
    {
        var docx = Write("<p>正文。</p>" + markup);
        AssertValid(docx);
        using var word = Open(docx);
        var styles = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Elements<Style>().ToDictionary(s => s.StyleId!.Value!);
        var paragraphs = BodyOf(word).Elements<Paragraph>().ToList();
        var lines = paragraphs.Where(p => StyleOf(p) is DocxStyleIds.Signature or DocxStyleIds.Date).ToList();
        Assert.Equal(withDate ? [DocxStyleIds.Signature, DocxStyleIds.Date] : [DocxStyleIds.Signature], lines.Select(StyleOf));
        // The last body paragraph keeps with the block, so the 署名 never opens a page alone.
        Assert.NotNull(paragraphs[paragraphs.IndexOf(lines[0]) - 1].ParagraphProperties?.KeepNext);

        var result = new List<(int, bool)>();
        foreach (var line in lines)
        {
            var style = styles[StyleOf(line)!].StyleParagraphProperties!;
            Assert.Equal(JustificationValues.Right, (line.ParagraphProperties?.Justification ?? style.Justification)!.Val!.Value);
            Assert.Equal(0, style.Indentation!.FirstLineChars!.Value);
            Assert.Equal(200, style.Indentation.RightChars!.Value);
            var direct = line.ParagraphProperties?.Indentation;
            foreach (var indentation in new[] { style.Indentation, direct })
            {
                if (indentation is null)
                    continue;
                Assert.Null(indentation.Left);
                Assert.Null(indentation.Start);
                Assert.Null(indentation.LeftChars);
                Assert.Null(indentation.Hanging);
                Assert.True(indentation.RightChars is not null, "a right indent in characters");
                Assert.True(indentation.RightChars!.Value >= 0, "no negative right indent");
                Assert.True(int.Parse(indentation.Right!.Value!) >= 0, "no negative right indent");
            }
            result.Add(((direct ?? style.Indentation).RightChars!.Value, direct is not null));
        }
        return result;
    }

    [Fact]
    public void Hostile_text_is_kept_as_text_and_characters_XML_cannot_hold_are_dropped()
    {
        var document = new Document("t", [new Doc.Paragraph([new Doc.Text("<script>alert(1)</script> {{x}} & \u0000\u200F末\u0001")], Doc.BlockClass.None)]);
        var docx = DocxWriter.WriteToBytes(document, Metadata with { Title = "标题\u0000", Author = "<局>&" });

        AssertValid(docx);
        using var word = Open(docx);
        Assert.Equal("<script>alert(1)</script> {{x}} & \u200F末", TextOf(BodyOf(word).Elements<Paragraph>().First()));
        Assert.Equal("标题", word.PackageProperties.Title);
        Assert.Equal("<局>&", word.PackageProperties.Creator);
    }

    [Fact]
    public void Adjacent_tables_are_kept_apart_and_a_final_table_is_followed_by_a_paragraph()
    {
        var docx = Write("<h2>表</h2>" + ReportTables.Table4() + ReportTables.Table4());
        AssertValid(docx);
        using var word = Open(docx);
        var blocks = BodyOf(word).ChildElements.Select(e => e.LocalName).ToList();

        Assert.Equal(["p", "tbl", "p", "tbl", "p", "sectPr"], blocks);
        Assert.Equal("表", BodyOf(word).Elements<WTable>().First().GetFirstChild<TableProperties>()!.TableCaption!.Val!.Value);
    }

    public static TheoryData<string> OfficialTables => new() { ReportTables.Table2(), ReportTables.Table3(), ReportTables.Table4() };

    [Theory]
    [MemberData(nameof(OfficialTables))]
    public void Official_tables_with_distinct_figures_read_back_cell_for_cell(string tableMarkup)
    {
        var document = ReportTables.Parse("<h2>表</h2>" + tableMarkup);
        var docx = DocxWriter.WriteToBytes(document, Metadata);
        AssertValid(docx);
        using var word = Open(docx);
        var grid = document.Blocks.OfType<Doc.Table>().Single().Grid;
        var rows = BodyOf(word).Elements<WTable>().Single().Elements<TableRow>().ToList();

        // Every origin's text appears once, at its grid column, with its spans.
        var origins = rows.SelectMany((row, r) => Cells(row).Where(c => c.Merge != "continue").Select(c => (r, c.Column, c.Span, c.Text)));
        Assert.Equal(grid.Origins.Select(o => (o.Row, o.Column, o.ColSpan, o.PlainText)), origins);
        // Row spans: a restart on the origin and a continue in each row below it.
        foreach (var origin in grid.Origins.Where(o => o.RowSpan > 1))
        {
            Assert.Equal("restart", Cells(rows[origin.Row]).Single(c => c.Column == origin.Column).Merge);
            for (var r = origin.Row + 1; r <= origin.LastRow; r++)
                Assert.Equal(new CellView(origin.Column, origin.ColSpan, "continue", ""), Cells(rows[r]).Single(c => c.Column == origin.Column));
        }
    }

    [Fact]
    public void Rows_tied_by_a_row_span_or_to_the_header_keep_with_the_next()
    {
        var grid = ReportTables.Parse(ReportTables.Table3()).Blocks.OfType<Doc.Table>().Single().Grid;

        var tied = TableRenderer.RowsTiedToNext(grid);

        // Header rows 1–3 keep with the first body row; 一 and 二 stand alone; 三's 20+ rows move together.
        Assert.Equal([true, true, true, false, false], tied.Take(5));
        var results = grid.Origins.Single(o => o.PlainText == "三、本年度办理结果");
        Assert.All(Enumerable.Range(results.Row, results.RowSpan - 1), r => Assert.True(tied[r]));
        Assert.False(tied[results.LastRow]);
    }
}

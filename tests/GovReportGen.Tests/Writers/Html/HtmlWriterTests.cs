using System.Security.Cryptography;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using GovReportGen.Documents;
using GovReportGen.Documents.Tables;
using GovReportGen.Tests.Documents;
using GovReportGen.Writers.Html;
using Document = GovReportGen.Documents.Document;
using Text = GovReportGen.Documents.Text;

namespace GovReportGen.Tests.Writers.Html;

public class HtmlWriterTests
{
    private static readonly HtmlParser Parser = new();

    private static (Document Document, string Html, IDocument Page) Render(string markup)
    {
        var document = ReportTables.Parse(markup);
        var html = HtmlWriter.WriteToString(document);
        return (document, html, Parser.ParseDocument(html));
    }

    [Fact]
    public void Page_is_standalone_html5_in_chinese_with_the_report_title()
    {
        var (_, html, page) = Render(ReportTables.Report());

        Assert.StartsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n", html);
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("市中区科学技术局2024年政府信息公开工作年度报告", page.Title);
        Assert.Equal("width=device-width, initial-scale=1", page.QuerySelector("meta[name=viewport]")?.GetAttribute("content"));
        Assert.Empty(page.QuerySelectorAll("script, link, img"));
        Assert.Single(page.QuerySelectorAll("main"));
        Assert.Equal("市中区科学技术局2024年政府信息公开工作年度报告", page.QuerySelector("main > h1.title")?.TextContent);
        Assert.Single(page.QuerySelectorAll("h1.title br"));
    }

    [Fact]
    public void Stylesheet_follows_TYPESETTING_7()
    {
        var (_, _, page) = Render("<p>a</p>");
        var css = page.QuerySelector("head > style")!.TextContent;

        Assert.Contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }", css);
        Assert.Contains("font-synthesis: none", css);
        Assert.Contains("body { margin: 0; font: 300 16pt/28.95pt var(--fang); }", css); // 300 picks Noto Serif CJK SC Light
        Assert.Contains("h1.title { margin: 0 0 28.95pt; font: 700 22pt/35pt var(--title); text-align: center; }", css);
        Assert.Contains("\"LXGW WenKai\", \"AR PL UKai CN\"", css);
        Assert.Contains("thead { display: table-header-group; }", css);
        Assert.Contains("tr { break-inside: avoid; }", css);
        Assert.Contains("border: 0.5pt solid #000", css);
        Assert.Contains("\"仿宋_GB2312\", \"FangSong_GB2312\"", css);
        Assert.Contains("@media screen", css);
        Assert.DoesNotContain("hanging-punctuation", css);
    }

    [Fact]
    public void Without_h1_the_fallback_title_is_used()
    {
        var page = Parser.ParseDocument(HtmlWriter.WriteToString(ReportTables.Parse("<p>a</p>")));

        Assert.Equal("政府信息公开工作年度报告", page.Title);
    }

    [Fact]
    public void Blocks_and_inlines_render_as_their_elements()
    {
        var (_, _, page) = Render("""
            <h2>一、总体情况</h2><h3 class="subtitle">（一）</h3>
            <p class="note">共<span class="num">12</span>件<strong>重点<em>强调</em></strong>甲<br/>乙</p>
            <div class="signature"><p>某局</p><p class="date">2025年1月15日</p></div>
            """);

        Assert.Equal("sec-1", page.QuerySelector("h2")!.Id);
        Assert.Equal("subtitle", page.QuerySelector("h3")!.ClassName);
        var paragraph = page.QuerySelector("p.note")!;
        Assert.Equal("共<span class=\"num\">12</span>件<strong>重点<em>强调</em></strong>甲<br>乙", paragraph.InnerHtml);
        Assert.Equal(["某局", "2025年1月15日"], page.QuerySelectorAll("div.signature > p").Select(p => p.TextContent));
        Assert.Equal("date", page.QuerySelector("div.signature > p:last-child")!.ClassName);
    }

    public static TheoryData<string> OfficialTables => new() { ReportTables.Table2(), ReportTables.Table3(), ReportTables.Table4() };

    [Theory]
    [MemberData(nameof(OfficialTables))]
    public void Table_cells_equal_the_grid_origins(string tableMarkup)
    {
        var (document, _, page) = Render("<h2>表</h2>" + tableMarkup);
        var grid = ((Table)document.Blocks[1]).Grid;
        var table = Assert.Single(page.QuerySelectorAll("table"));

        Assert.Equal(grid.HeaderRowCount, table.QuerySelectorAll("thead > tr").Length);
        Assert.Equal(grid.BodyRowCount, table.QuerySelectorAll("tbody > tr").Length);
        var rows = table.QuerySelectorAll("tr").ToList();
        Assert.Equal(grid.RowCount, rows.Count);
        for (var r = 0; r < grid.RowCount; r++)
        {
            var expected = grid.OriginsInRow(r).Select(o => (o.IsHeader ? "TH" : "TD", o.PlainText, o.RowSpan, o.ColSpan));
            var actual = rows[r].Children.Select(cell => (cell.TagName, TextOf(cell), Span(cell, "rowspan"), Span(cell, "colspan")));
            Assert.Equal(expected, actual);
        }
    }

    private static string TextOf(IElement cell) =>
        string.Concat(cell.ChildNodes.Select(n => n is IElement { TagName: "BR" } ? "\n" : n.TextContent));

    private static int Span(IElement cell, string name) => int.Parse(cell.GetAttribute(name) ?? "1");

    [Fact]
    public void Header_cells_carry_normalised_scopes()
    {
        var (_, _, page) = Render(ReportTables.Table3());

        Assert.Equal(["colgroup", "colgroup", "col", "colgroup", "col", "col", "col", "col", "col", "col"],
            page.QuerySelectorAll("thead th").Select(th => th.GetAttribute("scope")));
        var rowLabels = page.QuerySelectorAll("tbody th");
        Assert.Equal("row", rowLabels[0].GetAttribute("scope"));        // 一、本年新收… (colspan 3)
        Assert.Equal("rowgroup", rowLabels[2].GetAttribute("scope"));   // 三、本年度办理结果 (rowspan 22)
        Assert.All(page.QuerySelectorAll("td"), td => Assert.False(td.HasAttribute("scope")));
    }

    [Theory]
    [MemberData(nameof(OfficialTables))]
    public void Headers_attributes_name_existing_header_cells_of_the_same_table(string tableMarkup)
    {
        var (_, _, page) = Render(tableMarkup + tableMarkup);

        var ids = page.QuerySelectorAll("[id]").Select(e => e.Id!).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        foreach (var table in page.QuerySelectorAll("table"))
        {
            var headerIds = table.QuerySelectorAll("th[id]").Select(th => th.Id!).ToHashSet();
            var cells = table.QuerySelectorAll("td");
            Assert.All(cells, td => Assert.True(td.HasAttribute("headers"), td.OuterHtml));
            Assert.All(table.QuerySelectorAll("[headers]"), cell =>
                Assert.All(cell.GetAttribute("headers")!.Split(' '), id => Assert.Contains(id, headerIds)));
            // Every header cell labels something, so none is left without data cells (axe th-has-data-cells).
            var referenced = table.QuerySelectorAll("[headers]").SelectMany(c => c.GetAttribute("headers")!.Split(' ')).ToHashSet();
            Assert.Subset(headerIds, referenced);
        }
    }

    [Fact]
    public void Table3_figures_name_their_full_column_and_row_header_paths()
    {
        var (_, _, page) = Render(ReportTables.Table3());
        string Names(IElement cell) => string.Join("/", cell.GetAttribute("headers")!.Split(' ')
            .Select(id => page.GetElementById(id)!.TextContent));

        var rows = page.QuerySelectorAll("tbody > tr");
        // Row 5 (（三）1.属于国家秘密), figure column 2 (商业企业).
        var cell = rows[4].QuerySelectorAll("td")[1];
        Assert.Equal("申请人情况/法人或其他组织/商业企业/三、本年度办理结果/（三）不予公开/1.属于国家秘密", Names(cell));
        Assert.Equal("502", cell.TextContent);
        // Row 1, 自然人 (a rowspan header above).
        Assert.Equal("申请人情况/自然人/一、本年新收政府信息公开申请数量", Names(rows[0].QuerySelectorAll("td")[0]));
    }

    [Fact]
    public void Table2_figures_are_not_attributed_to_the_previous_blocks_headers()
    {
        var (_, _, page) = Render(ReportTables.Table2());
        var licensing = page.QuerySelectorAll("tbody > tr")[6].QuerySelector("td")!;

        var names = licensing.GetAttribute("headers")!.Split(' ').Select(id => page.GetElementById(id)!.TextContent);
        Assert.Equal(["第二十条第（五）项", "本年处理决定数量", "行政许可"], names);
        // The block title row is not labelled by the block above it.
        Assert.False(page.QuerySelectorAll("tbody > tr")[4].QuerySelector("th")!.HasAttribute("headers"));
        Assert.Equal("t1-r5c1", page.QuerySelectorAll("tbody > tr")[5].QuerySelector("th")!.GetAttribute("headers"));
    }

    [Fact]
    public void A_simple_table_relies_on_scope_alone()
    {
        var (_, html, _) = Render("<table><thead><tr><th>项目</th><th>数量</th></tr></thead><tbody><tr><th>甲</th><td>1</td></tr></tbody></table>");

        Assert.DoesNotContain(" id=", html);
        Assert.DoesNotContain(" headers=", html);
        Assert.Contains("<th scope=\"row\" class=\"sticky label-inner\">甲</th>", html);
    }

    /// <summary>
    /// Issue 16, finding 7: the label cells that stay in view on a phone — 表三's three label columns (the rowspan
    /// cells included) and the corner above them, 表二's one — and nothing in 表四, which has no label column.
    /// </summary>
    [Fact]
    public void Label_cells_are_marked_sticky_with_their_start_column_and_width()
    {
        string Classes(IDocument page, string text) =>
            page.QuerySelectorAll("th").First(c => c.TextContent.StartsWith(text, StringComparison.Ordinal)).GetAttribute("class") ?? "";

        var (_, _, page3) = Render(ReportTables.Table3());
        Assert.Equal("sticky-labels", page3.QuerySelector("table")!.GetAttribute("class"));
        Assert.Equal("sticky", Classes(page3, "（本列数据"));            // the corner over the label area
        Assert.Equal("sticky", Classes(page3, "一、本年新收"));          // colspan 3
        Assert.Equal("sticky label-outer", Classes(page3, "三、本年度办理结果")); // rowspan 22
        Assert.Equal("sticky from-1", Classes(page3, "（一）予以公开"));   // colspan 2
        Assert.Equal("sticky from-1 label-outer", Classes(page3, "（三）不予公开"));
        Assert.Equal("sticky from-2 label-inner", Classes(page3, "1.属于国家秘密"));
        Assert.Equal("", Classes(page3, "自然人"));                       // a column header of the figures
        Assert.Empty(page3.QuerySelectorAll("td.sticky"));

        var (_, _, page2) = Render(ReportTables.Table2());
        Assert.Equal("sticky label-inner", Classes(page2, "规章"));
        Assert.Equal("", Classes(page2, "第二十条第（一）项"));           // a block title across the whole table

        var (_, _, page4) = Render(ReportTables.Table4());
        Assert.Null(page4.QuerySelector("table")!.GetAttribute("class"));
        Assert.Empty(page4.QuerySelectorAll(".sticky"));
    }

    [Fact]
    public void Each_table_is_labelled_by_its_section_heading()
    {
        var (_, _, page) = Render(ReportTables.Report());

        var tables = page.QuerySelectorAll("table");
        Assert.Equal(["sec-2", "sec-3", "sec-4"], tables.Select(t => t.GetAttribute("aria-labelledby")));
        Assert.Equal("三、收到和处理政府信息公开申请情况", page.GetElementById("sec-3")!.TextContent);
    }

    [Fact]
    public void A_caption_names_the_table_instead()
    {
        var (_, html, page) = Render("<h2>节</h2><table><caption>表一</caption><tbody><tr><td>1</td></tr></tbody></table>");

        Assert.Equal("表一", page.QuerySelector("table > caption:first-child")?.TextContent);
        Assert.DoesNotContain("aria-labelledby", html);
    }

    [Fact]
    public void Column_widths_are_written_as_percentages()
    {
        var (document, _, page) = Render(ReportTables.Table4());

        var cols = page.QuerySelectorAll("colgroup > col");
        Assert.Equal(15, cols.Length);
        var total = cols.Sum(c => double.Parse(c.GetAttribute("style")!["width:".Length..^1], System.Globalization.CultureInfo.InvariantCulture));
        Assert.InRange(total, 99.9, 100.1);
        Assert.Empty(Parser.ParseDocument(HtmlWriter.WriteToString(document, new HtmlWriterOptions { ColumnWidths = false })).QuerySelectorAll("col"));
    }

    [Fact]
    public void Left_aligned_data_cells_get_the_label_class()
    {
        var (_, _, page) = Render("<table><tbody><tr><td class=\"label\">长标签</td><td>1</td></tr></tbody></table>");

        Assert.Equal(["label", null], page.QuerySelectorAll("td").Select(td => td.GetAttribute("class")));
    }

    [Fact]
    public void Hostile_text_is_escaped_and_reads_back_unchanged()
    {
        const string hostile = "<script>alert(\"x\")</script> {{ x }} & AT&T '引号' \u202Eevil";
        var document = new Document("标题<b>&", [
            new Paragraph([new Text(hostile)], BlockClass.None),
            new Paragraph([new Number("<1>")], BlockClass.None),
        ]);

        var html = HtmlWriter.WriteToString(document);
        var page = Parser.ParseDocument(html);

        Assert.Equal("标题<b>&", page.Title);
        Assert.Equal(hostile, page.QuerySelectorAll("main > p")[0].TextContent);
        Assert.Equal("<1>", page.QuerySelector("span.num")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("script, b"));
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; {{ x }} &amp; AT&amp;T", html);
    }

    [Fact]
    public void Hostile_markup_text_survives_the_whole_path()
    {
        var (_, _, page) = Render(ReportTables.Report("<p>&lt;script&gt;alert(1)&lt;/script&gt;{{ x }}&amp;</p>"));

        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Contains(page.QuerySelectorAll("main > p"), p => p.TextContent == "<script>alert(1)</script>{{ x }}&");
    }

    [Fact]
    public void A_theme_stylesheet_cannot_close_the_style_element()
    {
        var page = Parser.ParseDocument(HtmlWriter.WriteToString(ReportTables.Parse("<p>a</p>"),
            new HtmlWriterOptions { Stylesheet = "p { color: red; } </style><script>x()</script>" }));

        Assert.Empty(page.QuerySelectorAll("script"));
        Assert.Single(page.QuerySelectorAll("style"));
    }

    [Fact]
    public void Two_writes_are_byte_identical()
    {
        var markup = ReportTables.Report();

        static byte[] Write(Document document)
        {
            using var stream = new MemoryStream();
            HtmlWriter.Write(document, HtmlWriterOptions.Default, stream);
            return stream.ToArray();
        }

        var first = Write(ReportTables.Parse(markup));
        var second = Write(ReportTables.Parse(markup));
        Assert.Equal(SHA256.HashData(first), SHA256.HashData(second));
        Assert.NotEqual(0xEF, first[0]);   // no byte-order mark
        Assert.DoesNotContain((byte)'\r', first);
        Assert.Equal(HtmlWriter.WriteToString(ReportTables.Parse(markup)), Encoding.UTF8.GetString(first));
    }
}

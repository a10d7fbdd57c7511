using GovReportGen.Diagnostics;
using GovReportGen.Documents;
using GovReportGen.Documents.Markup;

namespace GovReportGen.Tests.Documents;

public class MarkupParserTests
{
    private static Diagnostic SingleError(string markup)
    {
        var result = ReportMarkupParser.Parse(markup, "report.html");
        Assert.Null(result.Document);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("GRG4010", diagnostic.Id);
        Assert.Equal(Severity.Error, diagnostic.Severity);
        Assert.Equal("report.html", diagnostic.Span.File);
        return diagnostic;
    }

    [Fact]
    public void Every_block_element_parses_into_its_node()
    {
        var document = ReportTables.Parse("""
            <h1 class="title">标题</h1>
            <h2>一、总体情况</h2>
            <h3 class="subtitle">（一）主动公开</h3>
            <h4>1.平台</h4>
            <p class="note">注</p>
            <p class="date">2025年1月15日</p>
            <p class="subtitle">副标题</p>
            <table><tbody><tr><td>1</td></tr></tbody></table>
            <div class="signature"><p>某局</p><p class="date">2025年1月15日</p></div>
            """);

        Assert.Collection(document.Blocks,
            b => Assert.Equal((1, BlockClass.Title), (((Heading)b).Level, ((Heading)b).Class)),
            b => Assert.Equal((2, BlockClass.None), (((Heading)b).Level, ((Heading)b).Class)),
            b => Assert.Equal((3, BlockClass.Subtitle), (((Heading)b).Level, ((Heading)b).Class)),
            b => Assert.Equal(4, ((Heading)b).Level),
            b => Assert.Equal(BlockClass.Note, ((Paragraph)b).Class),
            b => Assert.Equal(BlockClass.Date, ((Paragraph)b).Class),
            b => Assert.Equal(BlockClass.Subtitle, ((Paragraph)b).Class),
            b => Assert.Equal(1, ((Table)b).Grid.ColumnCount),
            b => Assert.Equal(["某局", "2025年1月15日"], ((Signature)b).Lines.Select(l => InlineText.ToPlainText(l.Inlines))));
        Assert.Equal(BlockClass.Date, ((Signature)document.Blocks[^1]).Lines[1].Class);
    }

    [Fact]
    public void Every_inline_element_parses_into_its_node()
    {
        var document = ReportTables.Parse("<p>共<span class=\"num\">12</span>件<strong>重点<em>强调</em></strong>第一行<br/>第二行</p>");

        var inlines = ((Paragraph)Assert.Single(document.Blocks)).Inlines;
        Assert.Equal<Inline>(
            [new Text("共"), new Number("12"), new Text("件"), new Strong([new Text("重点"), new Emphasis([new Text("强调")])]), new Text("第一行"), LineBreak.Instance, new Text("第二行")],
            inlines, InlineComparer.Instance);
    }

    [Fact]
    public void Title_is_the_h1_text_on_one_line()
    {
        var document = ReportTables.Parse("<h1 class=\"title\">市中区科学技术局<br/>2024年政府信息公开工作年度报告</h1>");

        Assert.Equal("市中区科学技术局2024年政府信息公开工作年度报告", document.Title);
    }

    [Fact]
    public void Headings_get_anchors_from_their_numbering_and_tables_the_preceding_one()
    {
        var document = ReportTables.Parse("""
            <h1>题</h1><h2>一</h2><h2>二</h2><h3>（一）</h3><h4>1.</h4><h3>（二）</h3>
            <table><tbody><tr><td>1</td></tr></tbody></table>
            <h2>三</h2><p>文</p>
            <table><tbody><tr><td>2</td></tr></tbody></table>
            """);

        var anchors = document.Blocks.OfType<Heading>().Select(h => h.AnchorId);
        Assert.Equal([null, "sec-1", "sec-2", "sec-2-1", "sec-2-1-1", "sec-2-2", "sec-3"], anchors);
        Assert.Equal(["sec-2-2", "sec-3"], document.Blocks.OfType<Table>().Select(t => t.LabelledBy));
    }

    [Fact]
    public void Table_caption_and_fixed_column_widths_are_read()
    {
        var document = ReportTables.Parse("""
            <table><caption>表<strong>一</strong></caption>
              <colgroup><col width="100pt"/><col/></colgroup>
              <tbody><tr><td>甲</td><td>乙</td></tr></tbody>
            </table>
            """);

        var table = (Table)Assert.Single(document.Blocks);
        Assert.Equal("表一", InlineText.ToPlainText(table.Caption));
        Assert.Equal(100.0, table.Columns.Points[0], 2);
        Assert.Equal(342.20, table.Columns.Points[1], 2);
    }

    [Theory]
    [InlineData("<p>a</p>\n<script>alert(1)</script>", 2, 1, "报告标记中不允许的元素 <script>")]
    [InlineData("<p onclick=\"x()\">a</p>", 1, 4, "元素 <p> 上不允许的属性 onclick")]
    [InlineData("<p>a</p>\n  <p class=\"big\">b</p>", 2, 6, "元素 <p> 上不允许的 class 值 “big”")]
    [InlineData("<h2 class=\"date\">a</h2>", 1, 5, "元素 <h2> 上不允许的 class 值 “date”")]
    [InlineData("<p>a<p>b</p>", 1, 1, "报告标记不是格式正确的 XML：元素 'p' 的开始标签 <p> 没有对应的结束标签 </p>")]
    [InlineData("<table><tbody>\n<tr>oops<td>1</td></tr></tbody></table>", 2, 5, "<tr> 中不允许直接出现文本 “oops”")]
    [InlineData("<p>版权&nbsp;所有</p>", 1, 6, "报告标记中不允许的实体引用 &nbsp;")]
    [InlineData("<p>A & B</p>", 1, 6, "未转义的 & 字符")]
    [InlineData("<p>a<span>1</span></p>", 1, 5, "元素 <span> 必须带 class=\"num\"")]
    [InlineData("<p><span class=\"num\"><em>1</em></span></p>", 1, 22, "数字 <span class=\"num\"> 中只能包含文本")]
    [InlineData("<p><span class=\"num\"> </span></p>", 1, 4, "数字 <span class=\"num\"> 不能为空")]
    [InlineData("<div><p>a</p></div>", 1, 1, "元素 <div> 必须带 class=\"signature\"")]
    [InlineData("<p>a</p>\n<td>1</td>", 2, 1, "元素 <td> 不能出现在报告标记顶层")]
    [InlineData("<p><td>1</td></p>", 1, 4, "元素 <td> 不能出现在 <p> 中")]
    [InlineData("text outside", 1, 1, "块级元素之外不允许出现文本")]
    [InlineData("<h1>a</h1><h1>b</h1>", 1, 11, "只能有一个一级标题")]
    [InlineData("<p>a\u0085b</p>", 1, 5, "不允许的控制字符或非字符 U+0085")]
    [InlineData("<p>a&#xFDD0;</p>", 1, 5, "字符引用 &#xFDD0; 指向不允许的字符")]
    [InlineData("<p>a<?php echo 1; ?></p>", 1, 5, "不允许处理指令")]
    [InlineData("<table><tbody><tr><td rowspan=\"0\">1</td></tr></tbody></table>", 1, 23, "rowspan 的值 “0” 无效")]
    [InlineData("<table><tbody><tr><th scope=\"all\">1</th></tr></tbody></table>", 1, 23, "scope 的值 “all” 无效")]
    [InlineData("<table><tbody><tr><td scope=\"row\">1</td></tr></tbody></table>", 1, 23, "元素 <td> 上不允许的属性 scope")]
    [InlineData("<table><tr><td>1</td></tr></table>", 1, 8, "不能直接出现在 <table> 中")]
    [InlineData("<table><tbody><tr><td>1</td></tr></tbody><thead><tr><th>h</th></tr></thead></table>", 1, 42, "<thead> 在 <table> 中的位置不对")]
    [InlineData("<table><colgroup><col width=\"wide\"/></colgroup><tbody><tr><td>1</td></tr></tbody></table>", 1, 23, "列宽 “wide” 无效")]
    [InlineData("<p xmlns=\"http://www.w3.org/1999/xhtml\">a</p>", 1, 4, "元素 <p> 上不允许的属性 xmlns")]
    public void Markup_outside_the_vocabulary_is_GRG4010_at_its_position(string markup, int line, int column, string message)
    {
        var diagnostic = SingleError(markup);

        Assert.Contains(message, diagnostic.Message);
        Assert.Equal((line, column), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void An_html_style_br_gets_a_hint()
    {
        var diagnostic = SingleError("<p>甲<br>乙</p>");

        Assert.Contains("空元素要写成 <br/>", diagnostic.Message);
        Assert.DoesNotContain("Line 1", diagnostic.Message);
        Assert.Equal((1, 5), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Theory]
    // Left open to the end: XML notices only at the wrapper's end tag, after the last markup line.
    [InlineData("<h2>标题</h2>\n  <p>未闭合\n<p>b</p>\n", 2, 3, "元素 'p' 的开始标签 <p> 没有对应的结束标签 </p>，直到报告标记末尾都没有结束")]
    [InlineData("<div class=\"signature\">\n<p>某局</p>", 1, 1, "元素 'div' 的开始标签 <div>")]
    // Closed by the wrong end tag: the innermost element is the one left open.
    [InlineData("<p>a</p>\n<p><strong>x</p>", 2, 4, "元素 'strong' 的开始标签 <strong> 没有对应的结束标签 </strong>，在第 2 行第 13 列先遇到了结束标签 </p>")]
    [InlineData("<table><tbody>\n  <tr><td>1</tr>\n</tbody></table>", 2, 7, "元素 'td' 的开始标签 <td>")]
    // An end tag with nothing open is reported where it is.
    [InlineData("<p>a</p>\n  </p>", 2, 3, "结束标签 </p> 没有对应的开始标签")]
    public void An_unclosed_element_is_reported_at_its_start_tag(string markup, int line, int column, string message)
    {
        var diagnostic = SingleError(markup);

        Assert.Equal((line, column), (diagnostic.Span.Line, diagnostic.Span.Column));
        Assert.Contains("报告标记不是格式正确的 XML：" + message, diagnostic.Message);
        Assert.DoesNotContain("grg-markup", diagnostic.Message);
        Assert.DoesNotContain("start tag", diagnostic.Message);
    }

    [Fact]
    public void An_unclosed_element_is_mapped_to_the_template_that_opened_it()
    {
        var result = ReportMarkupParser.Parse("<p>a</p>\n<p><em>b\n<p>c</p>", "ignored.html",
            (line, column) => new SourceSpan(line == 2 ? "templates/gov-2021/overview.sbn" : "templates/gov-2021/report.sbn", line + 10, column));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(new SourceSpan("templates/gov-2021/overview.sbn", 12, 4), diagnostic.Span);
        Assert.Contains("元素 'em' 的开始标签 <em>", diagnostic.Message);
    }

    [Fact]
    public void Several_errors_are_all_reported()
    {
        var result = ReportMarkupParser.Parse("<p class=\"x\">a</p>\n<script/>\n<p>b<font>c</font></p>", "r.html");

        Assert.Null(result.Document);
        Assert.Equal([(1, 4), (2, 1), (3, 5)], result.Diagnostics.Select(d => (d.Span.Line, d.Span.Column)));
        Assert.All(result.Diagnostics, d => Assert.Equal("GRG4010", d.Id));
    }

    [Fact]
    public void Mapper_translates_markup_positions_to_the_template()
    {
        var result = ReportMarkupParser.Parse("<p>a</p>\n<script/>", "ignored.html",
            (line, column) => new SourceSpan("templates/gov-2021/report.sbn", line + 40, column + 4));

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(new SourceSpan("templates/gov-2021/report.sbn", 42, 5), diagnostic.Span);
        Assert.StartsWith("templates/gov-2021/report.sbn(42,5): 错误 GRG4010: ", diagnostic.ToString());
    }

    [Fact]
    public void Hostile_text_round_trips_as_text()
    {
        var document = ReportTables.Parse("<p>&lt;script&gt;alert(1)&lt;/script&gt; {{ x }} &amp; AT&amp;T &quot;q&quot; &apos;a&apos; &#x4E2D;&#25991;\u202E</p>");

        var text = Assert.IsType<Text>(Assert.Single(((Paragraph)Assert.Single(document.Blocks)).Inlines));
        Assert.Equal("<script>alert(1)</script> {{ x }} & AT&T \"q\" 'a' 中文\u202E", text.Value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<")]
    [InlineData("<p>")]
    [InlineData("</p>")]
    [InlineData("<!DOCTYPE html><p>a</p>")]
    [InlineData("<!DOCTYPE x [<!ENTITY e \"boom\">]><p>&e;</p>")]
    [InlineData("<?xml version=\"1.0\"?><p>a</p>")]
    [InlineData("</grg-markup><grg-markup>")]
    [InlineData("<p>\0</p>")]
    [InlineData("<![CDATA[x]]>")]
    [InlineData("<table><tbody><tr><td colspan=\"99999999999\">1</td></tr></tbody></table>")]
    [InlineData("<x:p xmlns:x=\"urn:x\">a</x:p>")]
    [InlineData("<p xml:lang=\"en\">a</p>")]
    [InlineData("<div class=\"signature\"><x:p xmlns:x=\"urn:x\">a</x:p></div>")]
    public void Bad_input_gives_diagnostics_and_never_throws(string markup)
    {
        var result = ReportMarkupParser.Parse(markup, "bad.html");

        if (markup.Length == 0)
        {
            Assert.True(result.Succeeded);
            Assert.Empty(result.Document!.Blocks);
            return;
        }
        Assert.False(result.Succeeded);
        Assert.NotEmpty(result.Diagnostics);
        Assert.All(result.Diagnostics, d => Assert.True(d.Id == "GRG4010" && d.IsError && d.Span.Line >= 1 && d.Span.Column >= 1, d.ToString()));
    }

    [Fact]
    public void A_lone_surrogate_is_reported()
    {
        // Built at run time: attribute arguments are stored as UTF-8, which cannot hold a lone surrogate.
        var diagnostic = SingleError("<p>a" + (char)0xD800 + "</p>");

        Assert.Contains("不成对的 UTF-16 代理项 U+D800", diagnostic.Message);
        Assert.Equal((1, 5), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void Comments_are_ignored()
    {
        var document = ReportTables.Parse("<!-- 说明 --><p>甲<!-- x -->乙</p>");

        Assert.Equal([new Text("甲乙")], ((Paragraph)Assert.Single(document.Blocks)).Inlines, InlineComparer.Instance);
    }

    [Fact]
    public void Empty_document_has_no_title()
    {
        var result = ReportMarkupParser.Parse("  \n ", "empty.html");

        Assert.True(result.Succeeded);
        Assert.Equal("", result.Document!.Title);
    }
}

using GovReportGen.Documents;

namespace GovReportGen.Tests.Documents;

public class WhitespaceTests
{
    private static string ParagraphText(string inner) =>
        InlineText.ToPlainText(((Paragraph)Assert.Single(ReportTables.Parse($"<p>{inner}</p>").Blocks)).Inlines);

    [Theory]
    [InlineData("本机关认真\n    贯彻落实", "本机关认真贯彻落实")]          // a template's line wrap between ideographs vanishes
    [InlineData("收到申请，\n  予以公开", "收到申请，予以公开")]          // full-width punctuation counts as CJK
    [InlineData("“三安全一稳定”\n  的要求", "“三安全一稳定”的要求")]      // so do the quotes Chinese fonts set full width
    [InlineData("open\n   government", "open government")]          // between Latin words it is one space
    [InlineData("共\n<span class=\"num\">12</span>\n件", "共 12 件")] // a figure is not CJK: the space stays, as in HTML
    [InlineData("网址\nwww.gov.cn", "网址 www.gov.cn")]
    [InlineData("中  文", "中 文")]                                      // spaces without a line break collapse but stay
    [InlineData("a \t\r\n b", "a b")]
    [InlineData("  \n 首尾 \n ", "首尾")]                                // block ends are trimmed
    [InlineData("甲 <br/>  乙", "甲\n乙")]                               // and around a forced break
    [InlineData("中\u3000文", "中\u3000文")]                             // the ideographic space is content
    [InlineData("中&#160; 文", "中\u00A0 文")]                          // so is a no-break space
    public void Whitespace_collapses_like_HTML_without_gaps_between_CJK(string inner, string expected) =>
        Assert.Equal(expected, ParagraphText(inner));

    [Fact]
    public void A_kept_space_stays_where_its_run_began()
    {
        var inlines = ((Paragraph)Assert.Single(ReportTables.Parse("<p>open<strong> government </strong> data</p>").Blocks)).Inlines;

        Assert.Equal<Inline>([new Text("open"), new Strong([new Text(" government ")]), new Text("data")], inlines, InlineComparer.Instance);
    }

    [Fact]
    public void Whitespace_only_inlines_disappear_between_ideographs()
    {
        var inlines = ((Paragraph)Assert.Single(ReportTables.Parse("<p>公开<strong>\n  重点\n</strong>\n信息</p>").Blocks)).Inlines;

        Assert.Equal<Inline>([new Text("公开"), new Strong([new Text("重点")]), new Text("信息")], inlines, InlineComparer.Instance);
    }

    [Fact]
    public void Table_cells_are_normalised_like_blocks()
    {
        var table = (Table)Assert.Single(ReportTables.Parse("<table><tbody><tr><td>\n  结果\n  维持\n</td></tr></tbody></table>").Blocks);

        Assert.Equal("结果维持", ((GovReportGen.Documents.Tables.Origin)table.Grid[0, 0]).PlainText);
    }
}

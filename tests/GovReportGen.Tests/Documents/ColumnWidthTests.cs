using GovReportGen.Documents;
using GovReportGen.Documents.Markup;
using GovReportGen.Documents.Tables;
using GovReportGen.Writers.Docx;

namespace GovReportGen.Tests.Documents;

public class ColumnWidthTests
{
    private static Table ParseTable(string markup) => (Table)Assert.Single(ReportTables.Parse(markup).Blocks);

    public static TheoryData<string> OfficialTables => new() { ReportTables.Table2(), ReportTables.Table3(), ReportTables.Table4() };

    [Theory]
    [MemberData(nameof(OfficialTables))]
    public void Widths_fill_the_text_block_exactly_and_never_go_below_min_content(string markup)
    {
        var columns = ParseTable(markup).Columns;

        Assert.Equal(442.20, columns.Total, 6);
        Assert.Equal(8845, columns.Apportioned(DocxPage.Default.TextWidth).Sum());
        Assert.All(Enumerable.Range(0, columns.Points.Length), c => Assert.True(columns.Points[c] >= columns.MinContent[c] - 1e-9,
            $"column {c + 1}: {columns.Points[c]} < min {columns.MinContent[c]}"));
        Assert.All(columns.Points, p => Assert.Equal(Math.Round(p, 2), p, 9));
    }

    [Fact]
    public void Table3_is_too_wide_for_max_content_so_labels_take_the_slack()
    {
        var columns = ParseTable(ReportTables.Table3()).Columns;

        // The longest label (36 ideographs, 2 half-width) alone needs 393 pt on one line: Σmax does not fit.
        Assert.True(columns.MaxContent.Sum() > 442.20);
        // Figure columns are only as wide as their min-content plus a share in proportion to (max − min),
        // so the third label column, with by far the most slack, is the widest.
        Assert.Equal(2, columns.Points.IndexOf(columns.Points.Max()));
        Assert.All(columns.Points.Skip(3), p => Assert.InRange(p, 20, 80));
    }

    [Fact]
    public void When_max_content_fits_each_column_gets_its_max_plus_a_proportional_share()
    {
        var columns = ParseTable("<table><tbody><tr><td>一二</td><td>一二三四</td><td>12</td></tr></tbody></table>").Columns;

        // max = 2 em, 4 em, 1.2 em at 10.5 pt + 4 pt padding = 25, 46, 16.6; the rest goes out in that proportion.
        Assert.Equal([25, 46, 16.6], columns.MaxContent.ToArray(), new ToleranceComparer(1e-9));
        var scale = 442.20 / (25 + 46 + 16.6);
        // Apportioned to whole hundredths of a point, so each width is within 0.01 pt of its share.
        Assert.Equal(25 * scale, columns.Points[0], 0.011);
        Assert.Equal(46 * scale, columns.Points[1], 0.011);
        Assert.Equal(16.6 * scale, columns.Points[2], 0.011);
    }

    [Fact]
    public void Otherwise_each_column_gets_min_plus_a_share_of_the_rest_by_max_minus_min()
    {
        var longText = new string('字', 40);   // max 424 pt, min 14.5 pt
        var columns = ParseTable($"<table><tbody><tr><td>{longText}</td><td>{longText}一</td><td>1</td></tr></tbody></table>").Columns;

        Assert.Equal([14.5, 14.5, 10.3], columns.MinContent.ToArray(), new ToleranceComparer(1e-9));
        var rest = 442.20 - (14.5 + 14.5 + 10.3);
        var slack = (424 - 14.5) + (434.5 - 14.5) + 0;
        Assert.Equal(14.5 + rest * (424 - 14.5) / slack, columns.Points[0], 2);
        Assert.Equal(14.5 + rest * (434.5 - 14.5) / slack, columns.Points[1], 2);
        Assert.Equal(10.3, columns.Points[2], 2);   // no slack: a figure column stays at its min-content
    }

    [Fact]
    public void A_spanning_cell_widens_the_columns_it_covers_after_single_cells()
    {
        var columns = ParseTable("""
            <table><tbody>
              <tr><td colspan="2">这是一个很长的跨列标题文字这是一个很长的跨列标题文字</td><td>甲</td></tr>
              <tr><td>1</td><td>2</td><td>乙</td></tr>
            </tbody></table>
            """).Columns;

        // The spanning cell's max (26 em + padding) is shared by columns 1 and 2 in proportion to their max.
        Assert.Equal(26 * 10.5 + 4, columns.MaxContent[0] + columns.MaxContent[1], 6);
        Assert.Equal(columns.MaxContent[0], columns.MaxContent[1], 6);
    }

    [Fact]
    public void Fixed_widths_from_colgroup_are_kept()
    {
        var columns = ParseTable("""
            <table><colgroup><col width="20mm"/><col/><col width="25%"/></colgroup>
              <tbody><tr><td>甲</td><td>乙</td><td>丙</td></tr></tbody></table>
            """).Columns;

        Assert.Equal(56.69, columns.Points[0], 2);
        Assert.Equal(110.55, columns.Points[2], 2);
        Assert.Equal(442.20 - 56.69 - 110.55, columns.Points[1], 2);
    }

    [Fact]
    public void Fixed_widths_that_leave_no_room_are_an_error()
    {
        var result = ReportMarkupParser.Parse("""
            <table><colgroup><col width="300pt"/><col width="200pt"/></colgroup>
              <tbody><tr><td>甲</td><td>乙</td><td>丙</td></tr></tbody></table>
            """, "t.html");

        Assert.False(result.Succeeded);
        Assert.Contains("固定列宽之和 500pt 已达到表格宽度 442.2pt", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void More_cols_than_columns_is_an_error()
    {
        var result = ReportMarkupParser.Parse("<table><colgroup><col/><col/></colgroup><tbody><tr><td>甲</td></tr></tbody></table>", "t.html");

        Assert.Equal("<colgroup> 定义了2列，表格只有1列", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void Twips_are_apportioned_to_add_up_exactly()
    {
        var columns = ParseTable("<table><tbody><tr><td>一</td><td>一</td><td>一</td></tr></tbody></table>").Columns;

        // 8845 / 3 = 2948.33…: the leftover twip goes to the first column, deterministically.
        Assert.Equal([2949, 2948, 2948], columns.Apportioned(DocxPage.Default.TextWidth).ToArray());
    }

    [Theory]
    [InlineData("信息公开", 4, 1)]
    [InlineData("2024年", 3.4, 2.4)]        // digits 0.6 em each; the number is one unbreakable piece
    [InlineData("www.gov.cn 网站", 8.6, 6)]  // the URL is the widest piece
    [InlineData("结果\n维持", 2, 1)]         // max-content is the widest line
    [InlineData("（一）“三”", 6, 1)]        // full-width brackets and Chinese quotes are 1 em
    [InlineData("a\u202Eb", 1.2, 1.2)]           // format characters take no width
    [InlineData("", 0, 0)]
    public void Text_is_measured_without_fonts(string text, double maxEm, double minEm)
    {
        Assert.Equal(maxEm, TextMeasure.MaxContentEm(text), 9);
        Assert.Equal(minEm, TextMeasure.MinContentEm(text), 9);
    }
}

internal sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
{
    public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;
    public int GetHashCode(double obj) => 0;
}

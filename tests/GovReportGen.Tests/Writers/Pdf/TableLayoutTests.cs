using System.Text;
using GovReportGen.Documents;
using GovReportGen.Tests.Documents;
using GovReportGen.Writers.Pdf;
using GovReportGen.Writers.Pdf.Layout;
using static GovReportGen.Tests.Writers.Pdf.PdfTestSupport;

namespace GovReportGen.Tests.Writers.Pdf;

/// <summary>Tables on pages (docs/typesetting.md §4), checked on the recorded line boxes and border strokes.</summary>
public class TableLayoutTests
{
    private static string Filler(int lines) =>
        string.Concat(Enumerable.Range(0, lines).Select(_ => "<p>" + new string('文', 26) + "</p>"));

    private static List<LineBox> Text(PageContent page) => page.Lines.Where(l => !l.Text.StartsWith('—')).ToList();

    private static int PageOf(PdfLayout layout, string text) =>
        layout.Pages.Single(p => p.Lines.Any(l => l.Text == text)).Number;

    /// <summary>The page of a cell whose text may wrap: found by its first line's start.</summary>
    private static int PageStarting(PdfLayout layout, string start) =>
        layout.Pages.Single(p => p.Lines.Any(l => l.Size == 10.5 && l.Text.Length > 0 && start.StartsWith(l.Text, StringComparison.Ordinal) && l.Text.Length >= 2)).Number;

    [Fact]
    public void Table_text_is_10_5_pt_on_a_1_3_pitch_with_the_shared_column_widths()
    {
        var document = Parse("<h2>三、收到和处理政府信息公开申请情况</h2>" + ReportTables.Table3());
        var table = document.Blocks.OfType<Table>().Single();
        var layout = PdfWriter.Layout(document, Options);
        var cells = layout.Pages.SelectMany(p => p.Lines).Where(l => l.Size == 10.5).ToList();

        Assert.NotEmpty(cells);
        Assert.All(cells, l => Assert.Equal(13.65, l.Height, 3));
        var label = cells.First(l => l.Text == "一、本年新收政府信息公开申请数量");
        Assert.Equal(Geometry.Left + 2, label.X, 3); // left-aligned label: 2 pt padding
        var x = Geometry.Left + table.Columns.Points.Take(3).Sum();
        var figure = cells.First(l => l.Text == ReportTables.Figure(1, 1));
        Assert.Equal(x + table.Columns.Points[3] / 2, figure.X + figure.Width / 2, 2); // numbers centred in their column
    }

    [Fact]
    public void Cells_are_centred_vertically_in_their_row()
    {
        var layout = Layout("<h2>三</h2>" + ReportTables.Table3());
        var lines = layout.Pages.SelectMany(p => p.Lines).ToList();
        var label = lines.Where(l => l.Text.StartsWith("（二）部分公开", StringComparison.Ordinal)).ToList();
        var labelLines = lines.SkipWhile(l => !l.Text.StartsWith("（二）部分公开", StringComparison.Ordinal)).Take(2).ToList();
        var figure = lines.Single(l => l.Text == ReportTables.Figure(4, 1));

        Assert.Single(label);
        Assert.Equal(2, labelLines.Count); // the long label wraps onto two lines
        var rowCentre = (labelLines[0].Top + labelLines[1].Top + labelLines[1].Height) / 2;
        Assert.Equal(rowCentre, figure.Top + figure.Height / 2, 2);
    }

    [Fact]
    public void Header_rows_repeat_on_every_page_and_rows_never_split()
    {
        var layout = Layout(Filler(12) + "<h2>三、收到和处理政府信息公开申请情况</h2>" + ReportTables.Table3());
        var tablePages = layout.Pages.Where(p => p.Lines.Any(l => l.Text.All(char.IsAsciiDigit) && l.Size == 10.5)).ToList();

        Assert.True(tablePages.Count >= 2, "the table should break across pages");
        Assert.All(tablePages, p => Assert.Contains(p.Lines, l => l.Text == "申请人情况"));
        Assert.All(tablePages, p => Assert.Contains(p.Lines, l => l.Text.StartsWith("商业", StringComparison.Ordinal)));

        // Rows are never split: all seven figures of a row are on one page.
        for (var row = 1; row <= ReportTables.Table3Rows.Length; row++)
        {
            var pages = Enumerable.Range(1, 7).Select(c => PageOf(layout, ReportTables.Figure(row, c))).Distinct().ToList();
            Assert.Single(pages);
        }
        // The first piece still carries body rows under its header.
        Assert.Equal(PageOf(layout, "三、收到和处理政府信息公开申请情况"), PageOf(layout, ReportTables.Figure(1, 1)));
    }

    [Theory]
    [InlineData(4)]
    [InlineData(8)]
    [InlineData(12)]
    [InlineData(15)]
    public void Table_three_breaks_inside_its_result_block_rather_than_leave_the_page_foot_empty(int fillerLines)
    {
        var layout = Layout(Filler(fillerLines) + "<h2>三、收到和处理政府信息公开申请情况</h2>" + ReportTables.Table3());
        var table = layout.Pages.Where(p => p.Cells.Count > 0).ToList();

        Assert.True(table.Count >= 2, "the table should break across pages");
        foreach (var page in table.SkipLast(1))
        {
            // Before a continuation at most two body lines stay empty at the page foot.
            var bottom = page.Cells.Max(c => c.Top + c.Height);
            Assert.True(Geometry.Bottom - bottom <= 2 * Geometry.GridPitch + 0.01, $"page {page.Number}: {Geometry.Bottom - bottom:0.0} pt empty");
            // Never a lone row on either side of the break.
            Assert.True(page.Cells.Where(c => !c.Cell.IsHeader || c.Cell.IsRowHeader).Select(c => c.Cell.Row).Distinct().Count() >= 2);
        }
        // A spanning label cut by the break is printed again on the continuation, as an artifact: once tagged.
        var continuation = table[1];
        var cut = continuation.Cells.Where(c => c.Repeated && c.Cell.RowSpan > 1 && c.Cell.Row >= 3).ToList();
        foreach (var box in cut)
        {
            var tagged = table.SelectMany(p => p.Cells).Count(c => c.Cell == box.Cell && !c.Repeated);
            Assert.Equal(1, tagged);
            var texts = continuation.Ops.OfType<GlyphRunOp>().Where(g => g.Owner is null && Inside(box, g.X[0], g.Y[0])).ToList();
            Assert.NotEmpty(texts);
        }
    }

    private static bool Inside(CellBox box, double x, double y) =>
        x >= box.X && x <= box.X + box.Width && y >= box.Top && y <= box.Top + box.Height;

    [Fact]
    public void A_table_starting_near_the_page_end_takes_its_heading_to_the_next_page()
    {
        var layout = Layout(Filler(20) + "<h2>四、政府信息公开行政复议、行政诉讼情况</h2>" + ReportTables.Table4());

        var heading = PageOf(layout, "四、政府信息公开行政复议、行政诉讼情况");
        Assert.Equal(2, heading);
        Assert.Equal(2, PageOf(layout, "行政复议"));
        var headingLine = layout.Pages[1].Lines.First();
        Assert.Equal("四、政府信息公开行政复议、行政诉讼情况", headingLine.Text);
        Assert.Equal(Geometry.Top, headingLine.Top, 3);
    }

    [Fact]
    public void A_rowspan_group_taller_than_a_page_splits_and_its_label_prints_on_each_page_tagged_once()
    {
        var markup = new StringBuilder("<table><thead><tr><th>类别</th><th>项目</th><th>数量</th></tr></thead><tbody>");
        for (var r = 0; r < 60; r++)
        {
            markup.Append("<tr>");
            if (r == 0)
                markup.Append("<th rowspan=\"60\">很长的分组</th>");
            markup.Append($"<th>项目{r + 1}</th><td><span class=\"num\">{r + 1}</span></td></tr>");
        }
        markup.Append("</tbody></table>");
        var layout = Layout(markup.ToString());
        var pages = layout.Pages.Where(p => p.Lines.Any(l => l.Text.StartsWith("项目", StringComparison.Ordinal))).ToList();

        Assert.True(pages.Count >= 2);
        Assert.Equal(pages.Count, layout.Pages.SelectMany(p => p.Lines).Count(l => l.Text == "很长的分组"));
        Assert.Single(layout.Pages.SelectMany(p => p.Cells), c => c.Cell.Column == 0 && c.Cell.RowSpan == 60 && !c.Repeated);
        Assert.All(pages, p => Assert.Contains(p.Lines, l => l.Text == "类别"));
        foreach (var page in pages)
        {
            // The spanning cell is drawn on each page: a vertical stroke at the table's left edge covers its body rows.
            var rules = page.Ops.OfType<RuleOp>().Where(r => Math.Abs(r.X1 - Geometry.Left) < 0.01 && r.X1 == r.X2).ToList();
            var bottom = page.Lines.Where(l => l.Text.StartsWith("项目", StringComparison.Ordinal)).Max(l => l.Top + l.Height);
            Assert.Contains(rules, r => r.Y2 >= bottom);
        }
    }

    [Fact]
    public void Borders_are_half_a_point_and_each_edge_is_drawn_once()
    {
        var layout = Layout(ReportTables.Table3());
        var rules = layout.Pages.SelectMany(p => p.Ops.OfType<RuleOp>()).ToList();

        Assert.NotEmpty(rules);
        Assert.All(rules, r => Assert.Equal(0.5, r.Width));
        Assert.All(rules, r => Assert.True(r.X1 == r.X2 || r.Y1 == r.Y2, "strokes are horizontal or vertical"));
        foreach (var line in rules.Where(r => r.Y1 == r.Y2).GroupBy(r => Math.Round(r.Y1, 3)))
        {
            var spans = line.OrderBy(r => r.X1).ToList();
            for (var i = 1; i < spans.Count; i++)
                Assert.True(spans[i].X1 >= spans[i - 1].X2 - 0.001, $"two strokes overlap at y={line.Key}");
        }
        foreach (var line in rules.Where(r => r.X1 == r.X2).GroupBy(r => Math.Round(r.X1, 3)))
        {
            var spans = line.OrderBy(r => r.Y1).ToList();
            for (var i = 1; i < spans.Count; i++)
                Assert.True(spans[i].Y1 >= spans[i - 1].Y2 - 0.001, $"two strokes overlap at x={line.Key}");
        }
        var left = rules.Where(r => r.X1 == r.X2).Min(r => r.X1);
        var right = rules.Where(r => r.X1 == r.X2).Max(r => r.X1);
        Assert.Equal(Geometry.Left, left, 2);
        Assert.Equal(Geometry.Right, right, 2);
    }

    [Fact]
    public void Block_title_rows_inside_a_table_stay_with_the_row_below()
    {
        // Table 二 has no thead: each block's title rows are column headers inside the body.
        var layout = Layout(Filler(17) + "<h2>二、主动公开政府信息情况</h2>" + ReportTables.Table2());
        foreach (var page in layout.Pages)
        {
            var table = page.Lines.Where(l => l.Size == 10.5).ToList();
            if (table.Count == 0)
                continue;
            var last = table.Max(l => l.Top);
            var lastRow = table.Where(l => Math.Abs(l.Top - last) < 0.01).ToList();
            Assert.DoesNotContain(lastRow, l => l.Text.StartsWith("第二十条", StringComparison.Ordinal));
            Assert.DoesNotContain(lastRow, l => l.Text == "信息内容");
        }
    }
}

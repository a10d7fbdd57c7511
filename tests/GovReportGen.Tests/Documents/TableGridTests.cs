using GovReportGen.Diagnostics;
using GovReportGen.Documents;
using GovReportGen.Documents.Markup;
using GovReportGen.Documents.Tables;

namespace GovReportGen.Tests.Documents;

public class TableGridTests
{
    private static TableGrid Grid(string tableMarkup) =>
        ((Table)Assert.Single(ReportTables.Parse(tableMarkup).Blocks)).Grid;

    private static Origin OriginAt(TableGrid grid, int row, int column) => Assert.IsType<Origin>(grid[row, column]);

    private static void AssertOrigin(TableGrid grid, int row, int column, string text, int rowSpan, int colSpan)
    {
        var origin = OriginAt(grid, row, column);
        Assert.Equal((text, rowSpan, colSpan), (origin.PlainText, origin.RowSpan, origin.ColSpan));
        for (var r = row; r < row + rowSpan; r++)
            for (var c = column; c < column + colSpan; c++)
                if ((r, c) != (row, column))
                    Assert.Same(origin, Assert.IsType<Continuation>(grid[r, c]).Origin);
    }

    [Fact]
    public void Table3_header_has_the_spans_of_FORMATS_2_2()
    {
        var grid = Grid(ReportTables.Table3());

        Assert.Equal((28, 10, 3), (grid.RowCount, grid.ColumnCount, grid.HeaderRowCount));
        AssertOrigin(grid, 0, 0, ReportTables.Table3Note.Replace("之和，", "之和，\n"), 3, 3);
        AssertOrigin(grid, 0, 3, "申请人情况", 1, 7);
        AssertOrigin(grid, 1, 3, "自然人", 2, 1);
        AssertOrigin(grid, 1, 4, "法人或其他组织", 1, 5);
        AssertOrigin(grid, 1, 9, "总计", 2, 1);
        string[] organisations = ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"];
        for (var i = 0; i < organisations.Length; i++)
            AssertOrigin(grid, 2, 4 + i, organisations[i], 1, 1);
        Assert.All(Enumerable.Range(0, 3).SelectMany(grid.OriginsInRow), o => Assert.True(o.IsHeader && o.IsColumnHeader));
        Assert.Equal(HeaderScope.ColumnGroup, OriginAt(grid, 0, 3).Scope);
        Assert.Equal(HeaderScope.Column, OriginAt(grid, 1, 3).Scope);
    }

    [Fact]
    public void Table3_body_has_the_label_spans_and_175_figures()
    {
        var grid = Grid(ReportTables.Table3());

        AssertOrigin(grid, 3, 0, "一、本年新收政府信息公开申请数量", 1, 3);
        AssertOrigin(grid, 4, 0, "二、上年结转政府信息公开申请数量", 1, 3);
        AssertOrigin(grid, 5, 0, "三、本年度办理结果", 22, 1);
        AssertOrigin(grid, 5, 1, "（一）予以公开", 1, 2);
        AssertOrigin(grid, 6, 1, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, 2);
        AssertOrigin(grid, 7, 1, "（三）不予公开", 8, 1);
        AssertOrigin(grid, 7, 2, "1.属于国家秘密", 1, 1);
        AssertOrigin(grid, 14, 2, "8.属于行政查询事项", 1, 1);
        AssertOrigin(grid, 15, 1, "（四）无法提供", 3, 1);
        AssertOrigin(grid, 18, 1, "（五）不予处理", 5, 1);
        AssertOrigin(grid, 23, 1, "（六）其他处理", 3, 1);
        AssertOrigin(grid, 26, 1, "（七）总计", 1, 2);
        AssertOrigin(grid, 27, 0, "四、结转下年度继续办理", 1, 3);
        Assert.Equal(HeaderScope.RowGroup, OriginAt(grid, 5, 0).Scope);
        Assert.Equal(HeaderScope.Row, OriginAt(grid, 7, 2).Scope);
        Assert.Equal(CellAlignment.Left, OriginAt(grid, 6, 1).Alignment);

        var figures = grid.Origins.Where(o => o.Kind == CellKind.Data).ToList();
        Assert.Equal(175, figures.Count);
        Assert.All(figures, f => Assert.Equal(ReportTables.Figure(f.Row - 2, f.Column - 2), f.PlainText));
        Assert.All(figures, f => Assert.Equal((1, 1, CellAlignment.Center), (f.RowSpan, f.ColSpan, f.Alignment)));
    }

    [Fact]
    public void Table4_header_has_the_spans_of_FORMATS_2_3()
    {
        var grid = Grid(ReportTables.Table4());

        Assert.Equal((4, 15, 3), (grid.RowCount, grid.ColumnCount, grid.HeaderRowCount));
        AssertOrigin(grid, 0, 0, "行政复议", 1, 5);
        AssertOrigin(grid, 0, 5, "行政诉讼", 1, 10);
        for (var i = 0; i < 5; i++)
        {
            AssertOrigin(grid, 1, i, ReportTables.Table4Results[i], 2, 1);
            AssertOrigin(grid, 2, 5 + i, ReportTables.Table4Results[i], 1, 1);
            AssertOrigin(grid, 2, 10 + i, ReportTables.Table4Results[i], 1, 1);
        }
        AssertOrigin(grid, 1, 5, "未经复议直接起诉", 1, 5);
        AssertOrigin(grid, 1, 10, "复议后起诉", 1, 5);
        Assert.Equal(Enumerable.Range(1, 15).Select(c => ReportTables.Figure(1, c)), grid.OriginsInRow(3).Select(o => o.PlainText));
    }

    [Fact]
    public void Table2_sub_header_rows_label_columns_and_row_labels_label_rows()
    {
        var grid = Grid(ReportTables.Table2());

        Assert.Equal((14, 4, 0), (grid.RowCount, grid.ColumnCount, grid.HeaderRowCount));
        Assert.Equal(HeaderScope.ColumnGroup, OriginAt(grid, 0, 0).Scope);   // 第二十条第（一）项
        Assert.Equal(HeaderScope.Column, OriginAt(grid, 1, 1).Scope);        // 本年制发件数
        Assert.Equal(HeaderScope.Row, OriginAt(grid, 2, 0).Scope);           // 规章
        AssertOrigin(grid, 6, 1, "12", 1, 3);
    }

    [Fact]
    public void Explicit_scope_sets_the_axis_and_the_span_sets_group()
    {
        var grid = Grid("""
            <table><tbody>
              <tr><th scope="row" rowspan="2">甲</th><th scope="col">乙</th></tr>
              <tr><th scope="colgroup">丙</th></tr>
            </tbody></table>
            """);

        Assert.Equal(HeaderScope.RowGroup, OriginAt(grid, 0, 0).Scope);
        Assert.Equal(HeaderScope.Column, OriginAt(grid, 0, 1).Scope);
        Assert.Equal(HeaderScope.Column, OriginAt(grid, 1, 1).Scope);   // colgroup on one column is a column
        Assert.Equal(CellAlignment.Left, OriginAt(grid, 0, 0).Alignment);
    }

    [Fact]
    public void A_label_class_left_aligns_a_data_cell()
    {
        var grid = Grid("<table><tbody><tr><td class=\"label\">长标签</td><td>1</td></tr></tbody></table>");

        Assert.Equal([CellAlignment.Left, CellAlignment.Center], grid.Origins.Select(o => o.Alignment));
    }

    private static Diagnostic GridError(string tableMarkup)
    {
        var result = ReportMarkupParser.Parse(tableMarkup, "t.html");
        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("GRG4010", Severity.Error), (diagnostic.Id, diagnostic.Severity));
        return diagnostic;
    }

    [Fact]
    public void Overlapping_spans_are_reported_at_the_overlapping_cell()
    {
        var diagnostic = GridError("""
            <table><tbody>
              <tr><td>a</td><td rowspan="3">b</td><td>c</td></tr>
              <tr><td>d</td><td>e</td></tr>
              <tr><td colspan="2">f</td><td>g</td></tr>
            </tbody></table>
            """);

        Assert.Equal("表格第3行第1列的单元格与上方跨行单元格重叠", diagnostic.Message);
        Assert.Equal(new SourceSpan("t.html", 4, 7), diagnostic.Span);
    }

    [Fact]
    public void Ragged_rows_are_reported_at_the_short_rows_last_cell()
    {
        var diagnostic = GridError("""
            <table><tbody>
              <tr><td>a</td><td>b</td><td>c</td></tr>
              <tr><td>d</td><td>e</td></tr>
            </tbody></table>
            """);

        Assert.Equal("表格第2行的单元格共占2列，与其他行的3列不一致", diagnostic.Message);
        Assert.Equal(new SourceSpan("t.html", 3, 17), diagnostic.Span);
    }

    [Fact]
    public void A_rowspan_past_the_end_of_its_section_is_reported()
    {
        var diagnostic = GridError("""
            <table>
              <thead><tr><th rowspan="2">h</th><th>i</th></tr></thead>
              <tbody><tr><td>1</td><td>2</td></tr></tbody>
            </table>
            """);

        Assert.Equal("表格第1行第1列的单元格跨2行，超出表头末尾（第1行）", diagnostic.Message);
        Assert.Equal(new SourceSpan("t.html", 2, 14), diagnostic.Span);
    }

    [Fact]
    public void A_column_in_which_no_cell_begins_is_reported()
    {
        var diagnostic = GridError("<table><tbody><tr><td colspan=\"2\">a</td></tr><tr><td colspan=\"2\">b</td></tr></tbody></table>");

        Assert.Equal("表格第2列没有任何单元格从该列开始", diagnostic.Message);
    }

    [Fact]
    public void A_table_without_rows_is_reported()
    {
        var diagnostic = GridError("<p>x</p>\n<table><tbody/></table>");

        Assert.Equal("表格没有任何行", diagnostic.Message);
        Assert.Equal((2, 1), (diagnostic.Span.Line, diagnostic.Span.Column));
    }

    [Fact]
    public void Builder_reports_errors_without_markup_too()
    {
        var at = new SourceSpan("api", 7, 3);
        CellSpec Cell(int rowSpan, int colSpan) => new(CellKind.Data, rowSpan, colSpan, null, false, [], at);
        var bag = new DiagnosticBag();

        var grid = TableGridBuilder.Build(
            [new RowGroupSpec(false, [new RowSpec([Cell(1, 1), Cell(2, 1)], at), new RowSpec([Cell(1, 2)], at)])], at, bag);

        Assert.Null(grid);
        Assert.Equal("表格第2行第1列的单元格与上方跨行单元格重叠", Assert.Single(bag.Items).Message);
    }
}

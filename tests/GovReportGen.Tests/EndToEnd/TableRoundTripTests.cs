using GovReportGen.Data.Model;

namespace GovReportGen.Tests.EndToEnd;

/// <summary>
/// Each sample report's HTML read back: its three tables rebuilt into grids from colspan/rowspan and
/// compared cell by cell with the official layout (labels, spans, th/td) and the data model's figures.
/// </summary>
[Collection(EndToEndCollection.Name)]
public class TableRoundTripTests
{
    private readonly RenderedSamples _samples;

    public TableRoundTripTests(RenderedSamples samples) => _samples = samples;

    [Theory]
    [MemberData(nameof(RenderedSamples.ReportCases), MemberType = typeof(RenderedSamples))]
    public void Report_has_exactly_three_tables_each_labelled_by_its_section_heading(string agency, int year)
    {
        var doc = _samples.Html(RenderedSamples.Report(agency, year));
        Assert.Equal(3, doc.QuerySelectorAll("table").Length);
        foreach (var heading in new[] { ReportTables.Heading2, ReportTables.Heading3, ReportTables.Heading4 })
        {
            var table = ReportTables.Table(doc, heading);
            var label = doc.GetElementById(table.GetAttribute("aria-labelledby")!);
            Assert.NotNull(label);
            Assert.Equal("h2", label!.LocalName);
            Assert.Equal(heading, label.TextContent.Trim());
            Assert.Same(label, ReportTables.SectionHeadingOf(doc, table));
        }
    }

    [Theory]
    [MemberData(nameof(RenderedSamples.ReportCases), MemberType = typeof(RenderedSamples))]
    public void Table2_has_the_official_cells_and_the_model_figures(string agency, int year)
    {
        var (report, model) = Load(agency, year);
        var grid = ReportTables.Grid(_samples.Html(report), ReportTables.Heading2);

        Assert.True(grid.HeadRows == 0, "表二 has no repeating header rows: each block carries its own (docs/formats.md §1.5)");
        Assert.Equal(4, grid.ColumnCount);
        Assert.Equal(report.Format == "gov-2021" ? 10 : 22, grid.Figures.Count);
        var layout = report.Format == "gov-2021" ? OfficialTables.Table2Gov2021 : OfficialTables.Table2Gov2019;
        LineAssert.Equal(OfficialTables.Describe(layout, ModelFigures.Table2(model)), Describe(grid), $"{report} 表二");
    }

    [Theory]
    [MemberData(nameof(RenderedSamples.ReportCases), MemberType = typeof(RenderedSamples))]
    public void Table3_has_the_official_cells_and_the_model_figures(string agency, int year)
    {
        var (report, model) = Load(agency, year);
        var grid = ReportTables.Grid(_samples.Html(report), ReportTables.Heading3);
        var subRows = report.Format == "gov-2021";

        Assert.Equal(3, grid.HeadRows);
        Assert.Equal(subRows ? 25 : 23, grid.BodyRows);
        Assert.Equal(10, grid.ColumnCount);
        Assert.Equal(subRows ? 175 : 161, grid.Figures.Count);
        LineAssert.Equal(OfficialTables.Describe(OfficialTables.Table3(subRows), ModelFigures.Table3(model)), Describe(grid), $"{report} 表三");

        // The same table seen as a reader does: which labels cover each row, which headers each column.
        var rows = OfficialTables.Table3Rows(subRows);
        for (var i = 0; i < rows.Count; i++)
        {
            var r = rows[i];
            var expected = r.L1 is not null ? new[] { r.L1 }
                : r.Group is null ? new[] { OfficialTables.Results, r.Label }
                : new[] { OfficialTables.Results, r.Group, r.Label };
            Assert.Equal(expected, grid.RowPath(3 + i, Enumerable.Range(0, 3)));
        }
        for (var c = 0; c < 7; c++)
        {
            var expected = c is >= 1 and <= 5
                ? new[] { "申请人情况", "法人或其他组织", OfficialTables.ApplicantColumns[c] }
                : new[] { "申请人情况", OfficialTables.ApplicantColumns[c] };
            Assert.Equal(expected, grid.ColumnPath(3 + c, Enumerable.Range(0, 3)));
        }
    }

    [Theory]
    [MemberData(nameof(RenderedSamples.ReportCases), MemberType = typeof(RenderedSamples))]
    public void Table3_figures_add_up_as_printed(string agency, int year)
    {
        var (report, _) = Load(agency, year);
        var grid = ReportTables.Grid(_samples.Html(report), ReportTables.Heading3);
        var rows = Enumerable.Range(3, grid.BodyRows)
            .Select(r => Enumerable.Range(3, 7).Select(c => long.Parse(grid.At(r, c)!.Text)).ToArray()).ToList();

        // 总计 column = the six applicant columns, on every row (derived when the data leaves it out).
        foreach (var (row, i) in rows.Select((row, i) => (row, i)))
            Assert.True(row[6] == row.Take(6).Sum(), $"{report} 表三 row {i + 1}: 总计 {row[6]} ≠ {string.Join("+", row.Take(6))}");
        // （七）总计 = every leaf result row; 一 + 二 = （七） + 四.
        var leaves = rows.Skip(2).Take(rows.Count - 4).ToList();
        var resultsTotal = rows[^2];
        for (var c = 0; c < 7; c++)
        {
            Assert.Equal(leaves.Sum(r => r[c]), resultsTotal[c]);
            Assert.Equal(rows[0][c] + rows[1][c], resultsTotal[c] + rows[^1][c]);
        }
    }

    [Theory]
    [MemberData(nameof(RenderedSamples.ReportCases), MemberType = typeof(RenderedSamples))]
    public void Table4_has_the_official_cells_and_the_model_figures(string agency, int year)
    {
        var (report, model) = Load(agency, year);
        var grid = ReportTables.Grid(_samples.Html(report), ReportTables.Heading4);

        Assert.Equal(3, grid.HeadRows);
        Assert.Equal(1, grid.BodyRows);
        Assert.Equal(15, grid.ColumnCount);
        LineAssert.Equal(OfficialTables.Describe(OfficialTables.Table4(), ModelFigures.Table4(model)), Describe(grid), $"{report} 表四");

        var groups = new[] { new[] { "行政复议" }, new[] { "行政诉讼", "未经复议直接起诉" }, new[] { "行政诉讼", "复议后起诉" } };
        for (var c = 0; c < 15; c++)
            Assert.Equal(groups[c / 5].Append(OfficialTables.Table4Results[c % 5]), grid.ColumnPath(c, Enumerable.Range(0, 3)));
    }

    private (SampleReport Report, ReportData Model) Load(string agency, int year)
    {
        var report = RenderedSamples.Report(agency, year);
        var model = _samples.ModelOf(report);
        Assert.Equal(report.Format, model.Format.Id);
        return (report, model);
    }

    internal static IReadOnlyList<string> Describe(HtmlTableGrid grid) => grid.Cells.Select(c => c.Describe()).ToList();
}

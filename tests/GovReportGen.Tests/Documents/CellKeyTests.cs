using GovReportGen.Documents;
using GovReportGen.Documents.Markup;
using GovReportGen.Documents.Tables;

namespace GovReportGen.Tests.Documents;

/// <summary>
/// <c>data-key</c> (docs/architecture.md §5): a table cell may name the key path of the value it shows; the Document
/// keeps it on the cell for the official-structure check, and anything that is not a key path is GRG4010.
/// </summary>
public class CellKeyTests
{
    [Fact]
    public void A_cell_keeps_the_key_it_shows_and_where_it_was_written()
    {
        var result = ReportMarkupParser.Parse(
            "<table><tbody>\n<tr><th data-key=\"table2.licensing\">行政许可</th><td data-key=\"table2.licensing.decisions\">3</td></tr>\n</tbody></table>", "report.html");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var origins = Assert.IsType<Table>(Assert.Single(result.Document!.Blocks)).Grid.Origins.ToList();
        Assert.Equal(["table2.licensing", "table2.licensing.decisions"], origins.Select(o => o.Key));
        Assert.Equal(new GovReportGen.Diagnostics.SourceSpan("report.html", 2, 5), origins[0].Source);
        Assert.Equal(new GovReportGen.Diagnostics.SourceSpan("report.html", 2, 46), origins[1].Source);
    }

    [Fact]
    public void A_cell_without_a_key_has_none()
    {
        var result = ReportMarkupParser.Parse("<table><tbody><tr><td>3</td></tr></tbody></table>", "report.html");

        Assert.Null(Assert.Single(((Table)result.Document!.Blocks[0]).Grid.Origins).Key);
    }

    [Theory]
    [InlineData("")]
    [InlineData("table3")]
    [InlineData("table3.rows.")]
    [InlineData("Table3.rows")]
    [InlineData("table3.rows new_requests")]
    [InlineData("table3.rows.新收")]
    public void A_key_that_is_not_a_key_path_is_GRG4010(string key)
    {
        var result = ReportMarkupParser.Parse($"<table><tbody><tr><td data-key=\"{key}\">3</td></tr></tbody></table>", "report.html");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal(("GRG4010", 1, 23), (error.Id, error.Span.Line, error.Span.Column));
        Assert.Contains("data-key", error.Message);
        Assert.Null(result.Document);
    }

    [Fact]
    public void data_key_is_allowed_on_table_cells_only()
    {
        var result = ReportMarkupParser.Parse("<p data-key=\"table3.rows\">x</p>", "report.html");

        Assert.Equal("GRG4010", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void The_dump_names_the_key_of_a_figure_cell()
    {
        var result = ReportMarkupParser.Parse("<table><tbody><tr><td data-key=\"table4.reconsideration.upheld\">0</td></tr></tbody></table>", "report.html");

        Assert.Contains("origin td span=1x1 center key=table4.reconsideration.upheld \"0\"", DocumentDump.Write(result.Document!));
    }
}

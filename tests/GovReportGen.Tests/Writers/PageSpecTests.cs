using GovReportGen.Documents.Tables;
using GovReportGen.Theme;
using GovReportGen.Writers.Docx;
using GovReportGen.Writers.Html;
using GovReportGen.Writers.Pdf.Layout;

namespace GovReportGen.Tests.Writers;

/// <summary>One page specification, each writer's units computed from it (docs/typesetting.md §1, §6).</summary>
public class PageSpecTests
{
    [Fact]
    public void The_default_page_gives_the_figures_each_writer_has_always_used()
    {
        var docx = DocxPage.Default;
        Assert.Equal((11906, 16838), (docx.Width, docx.Height));
        Assert.Equal((2098, 1474, 1984, 1587), (docx.MarginTop, docx.MarginRight, docx.MarginBottom, docx.MarginLeft));
        Assert.Equal(8845, docx.TextWidth);
        Assert.Equal(579, docx.LinePitch);
        Assert.Equal(-841, docx.CharSpace);
        Assert.Equal(-5, docx.BodyCharacterSpacing);
        Assert.Equal(1587 - 140, docx.FooterDistance);

        var pdf = PageGeometry.Default;
        Assert.Equal((595, 842), (pdf.PageWidth, pdf.PageHeight));
        Assert.Equal(442.20, pdf.BodyWidth);
        Assert.Equal(28 * 72 / 25.4, pdf.Left, 10);
        Assert.Equal(225 * 72 / 25.4, pdf.BodyHeight, 10);

        Assert.Equal(new TableMetrics(10.5, 2, 2, 442.20), TableMetrics.Default);
        Assert.Contains("@page { size: A4; margin: 37mm 26mm 35mm 28mm; }", HtmlStylesheet.Default);
        Assert.Contains("font: 300 16pt/28.95pt var(--fang)", HtmlStylesheet.Default);
    }

    [Fact]
    public void A_change_to_the_page_reaches_all_three_writers_and_the_tables()
    {
        var page = PageSpec.Default with { BodySize = 15, MarginLeftMm = 30, TableSize = 9 };

        Assert.Contains("font: 300 15pt/28.95pt var(--fang)", HtmlStylesheet.For(page));
        Assert.Contains("margin: 37mm 26mm 35mm 30mm", HtmlStylesheet.For(page));
        Assert.Equal(15, PageGeometry.From(page).BodySize);
        Assert.Equal(30 * 72 / 25.4, PageGeometry.From(page).Left, 10);
        Assert.Equal(PageSpec.WholeUnits(30, 20), new DocxPage(page).MarginLeft);
        Assert.True(new DocxPage(page).TextWidth < DocxPage.Default.TextWidth);
        Assert.Equal(9, TableMetrics.For(page).FontSize);
        Assert.True(TableMetrics.For(page).TotalWidth < TableMetrics.Default.TotalWidth);
    }
}

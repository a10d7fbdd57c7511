using System.Globalization;
using AngleSharp.Html.Dom;
using DocumentFormat.OpenXml.Wordprocessing;
using GovReportGen.Data;
using GovReportGen.Data.Model;
using GovReportGen.Formats;
using GovReportGen.Summary;
using GovReportGen.Tests.EndToEnd;
using GovReportGen.Tests.Support;
using static GovReportGen.Tests.Writers.Docx.DocxReadBack;
using Expected = GovReportGen.Tests.EndToEnd.OfficialTables;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace GovReportGen.Tests.Summary;

/// <summary>
/// The region's summary written for real and read back: the HTML with AngleSharp and the DOCX with the OpenXML SDK.
/// Every summed cell is compared with the sum, computed here from the loaded reports, of what each report prints in
/// that cell; the per-agency rows with each report's own figures. Two data folders: the five samples (mostly zeros),
/// and the samples plus two agencies whose every cell has its own value (negatives and decimals included), so that a
/// figure added into the wrong cell cannot go unnoticed.
/// </summary>
public sealed class SummaryFigureTests : IClassFixture<SummaryFigureTests.Written>
{
    private readonly Written _written;

    public SummaryFigureTests(Written written) => _written = written;

    /// <summary>Each data folder summarised once per year that has reports, into its own output folder.</summary>
    public sealed class Written : IDisposable
    {
        private readonly TempFolder _temp = new("summary");

        public Written()
        {
            try
            {
                var rich = _temp.Sub("rich-data");
                TempFolder.CopyTree(RepoPaths.Data, rich);
                DistinctFiguresTests.Write(rich, "distinct-new-kjj", gov2021: true);
                DistinctFiguresTests.Write(rich, "distinct-old-kjj", gov2021: false);
                Folders = new Dictionary<string, string> { ["samples"] = RepoPaths.Data, ["rich"] = rich };
                foreach (var (name, data) in Folders)
                {
                    DataSets[name] = FormatRegistry.Loader.LoadAll(data, RepoPaths.Root);
                    foreach (var year in Years(name))
                        Results[(name, year)] = SummaryRun.Execute(Options(data, OutDir(name), year));
                }
            }
            catch
            {
                _temp.Dispose();
                throw;
            }
        }

        public Dictionary<string, string> Folders { get; }
        public Dictionary<string, DataSet> DataSets { get; } = new();
        public Dictionary<(string, int), SummaryResult> Results { get; } = new();

        public string OutDir(string name) => _temp.Sub("out-" + name);

        public string File(string name, int year, string extension) =>
            Path.Combine(OutDir(name), SummaryRun.RelativePath(year, null, extension));

        public void Dispose() => _temp.Dispose();
    }

    public static readonly DateOnly Today = new(2026, 3, 1);

    public static SummaryOptions Options(string data, string outDir, int year, string? parent = null) =>
        new(data, RepoPaths.Templates, outDir, year, SummaryRun.OutputFormats, Today, parent, RepoPaths.Root);

    private static int[] Years(string folder) => folder == "samples" ? [2020, 2023, 2024] : [2020, 2024];

    public static TheoryData<string, int> Cases => new()
    {
        { "samples", 2020 }, { "samples", 2023 }, { "samples", 2024 }, { "rich", 2020 }, { "rich", 2024 },
    };

    /// <summary>The reports of the year, straight from the loader: every one of these folders is clean, so all count.</summary>
    private IReadOnlyList<ReportData> ReportsOf(string folder, int year) =>
        _written.DataSets[folder].Agencies.OrderBy(a => a.Id, StringComparer.Ordinal)
            .SelectMany(a => a.Reports).Where(r => r.Year == year)
            .Select(r => r.Data ?? throw new InvalidOperationException($"{r.File} did not load")).ToList();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_report_of_the_year_is_summed_and_nothing_is_left_out(string folder, int year)
    {
        var result = _written.Results[(folder, year)];
        Assert.Equal(SummaryStatus.Written, result.Status);
        Assert.Empty(result.Summary!.Excluded);
        Assert.Equal(ReportsOf(folder, year).Select(r => r.Agency.Id), result.Summary.Formats.Single().AgencyIds);
        Assert.Equal(SummaryRun.OutputFormats.Select(f => SummaryRun.RelativePath(year, null, f)), result.Files);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Html_tables_two_three_and_four_hold_the_sums_of_the_reports_cell_by_cell(string folder, int year)
    {
        var reports = ReportsOf(folder, year);
        var gov2021 = reports[0].Format.Id == "gov-2021";
        var doc = RenderedSamples.Parse(_written.File(folder, year, "html"));

        Check(doc, ReportTables.Heading2, gov2021 ? Expected.Table2Gov2021 : Expected.Table2Gov2019, Sum(reports, ModelFigures.Table2), $"{folder} {year} 表二");
        Check(doc, ReportTables.Heading3, Expected.Table3(gov2021), Sum(reports, ModelFigures.Table3), $"{folder} {year} 表三");
        Check(doc, ReportTables.Heading4, Expected.Table4(), Sum(reports, ModelFigures.Table4), $"{folder} {year} 表四");
    }

    private static void Check(IHtmlDocument doc, string heading, IReadOnlyList<Expected.Cell> layout, IReadOnlyList<decimal> sums, string what) =>
        LineAssert.Equal(Expected.Describe(layout, sums), TableRoundTripTests.Describe(ReportTables.Grid(doc, heading)), what);

    /// <summary>Position by position, the sum over the reports of what each prints there.</summary>
    private static IReadOnlyList<decimal> Sum(IReadOnlyList<ReportData> reports, Func<ReportData, IReadOnlyList<decimal>> figures)
    {
        var each = reports.Select(figures).ToList();
        Assert.All(each, f => Assert.Equal(each[0].Count, f.Count));
        return Enumerable.Range(0, each[0].Count).Select(i => each.Sum(f => f[i])).ToList();
    }

    [Fact]
    public void The_rich_folder_really_sums_distinct_figures()
    {
        // Guards the test itself: with only zeros, a sum in the wrong cell would still print 0.
        var doc = RenderedSamples.Parse(_written.File("rich", 2024, "html"));
        var figures = ReportTables.Grid(doc, ReportTables.Heading3).Figures.Select(c => c.Text).ToList();
        Assert.True(figures.Distinct().Count() > 100, $"表三 has only {figures.Distinct().Count()} distinct figures");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Per_agency_rows_hold_each_reports_key_figures_and_the_last_row_their_sum(string folder, int year)
    {
        var reports = ReportsOf(folder, year);
        var doc = RenderedSamples.Parse(_written.File(folder, year, "html"));
        var grid = ReportTables.Grid(doc, SummaryMarkup.PerAgencyHeading);

        Assert.Equal(2, grid.HeadRows);
        Assert.Equal(11, grid.ColumnCount);
        var expected = reports.Select(r => Row(r.Agency.Name ?? r.Agency.Id, [r])).Append(Row("合计", reports)).ToList();
        var actual = Enumerable.Range(grid.HeadRows, grid.BodyRows)
            .Select(r => Enumerable.Range(0, 11).Select(c => grid.At(r, c)!.Text).ToList()).ToList();
        LineAssert.Equal(expected.Select(r => string.Join(" | ", r)).ToList(), actual.Select(r => string.Join(" | ", r)).ToList(), $"{folder} {year} 各机关主要数据");
    }

    /// <summary>The per-agency columns computed here from the model, independently of the summary's own code.</summary>
    private static IReadOnlyList<string> Row(string label, IReadOnlyList<ReportData> reports)
    {
        long S(Func<ReportData, long> f) => reports.Sum(f);
        string Share(long part, long whole) =>
            whole == 0 ? "—" : Math.Round(100m * part / whole, 1, MidpointRounding.AwayFromZero).ToString("0.#", CultureInfo.InvariantCulture) + "%";
        var recon = S(r => r.Table4.Reconsideration.Upheld + r.Table4.Reconsideration.Corrected + r.Table4.Reconsideration.Other + r.Table4.Reconsideration.Pending);
        var reconCorrected = S(r => r.Table4.Reconsideration.Corrected);
        var lit = S(r => r.Table4.LitigationDirect.Total + r.Table4.LitigationAfterReconsideration.Total);
        var litCorrected = S(r => r.Table4.LitigationDirect.Corrected + r.Table4.LitigationAfterReconsideration.Corrected);
        const string fee = "narrative.other_matters.processing_fees.amount_yuan";
        var fees = reports.Where(r => r.Fields.Has(fee)).Select(r => r.Fields.Money(fee)).ToList();
        return
        [
            label,
            S(r => r.Table3.NewRequests.Cells[6]).ToString(CultureInfo.InvariantCulture),
            S(r => r.Table3.LeafSum.Cells[6]).ToString(CultureInfo.InvariantCulture),
            S(r => r.Table3.CarriedForward.Cells[6]).ToString(CultureInfo.InvariantCulture),
            recon.ToString(CultureInfo.InvariantCulture), reconCorrected.ToString(CultureInfo.InvariantCulture), Share(reconCorrected, recon),
            lit.ToString(CultureInfo.InvariantCulture), litCorrected.ToString(CultureInfo.InvariantCulture), Share(litCorrected, lit),
            fees.Count == 0 ? "—" : Expected.Figure(fees.Sum()),
        ];
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Docx_tables_equal_the_html_tables_cell_by_cell_with_merges(string folder, int year)
    {
        var doc = RenderedSamples.Parse(_written.File(folder, year, "html"));
        var grids = new[] { ReportTables.Heading2, ReportTables.Heading3, ReportTables.Heading4, SummaryMarkup.PerAgencyHeading }
            .Select(h => ReportTables.Grid(doc, h)).ToList();
        using var word = Open(System.IO.File.ReadAllBytes(_written.File(folder, year, "docx")));
        var tables = BodyOf(word).Elements<WTable>().ToList();

        Assert.Equal(grids.Count, tables.Count);
        for (var t = 0; t < grids.Count; t++)
        {
            var rows = tables[t].Elements<TableRow>().ToList();
            Assert.Equal(grids[t].RowCount, rows.Count);
            for (var r = 0; r < rows.Count; r++)
                Assert.Equal(WordRow(grids[t], r), Cells(rows[r]));
        }
        // The title and the missing agencies read the same in both formats.
        Assert.Equal(doc.QuerySelector("h1")!.TextContent, BodyOf(word).Elements<Paragraph>().Select(TextOf).First(p => p.Length > 0).Replace("\n", ""));
    }

    /// <summary>How Word shows row <paramref name="row"/> of an HTML grid: each cell where it starts, and the top of a row span below it.</summary>
    private static IReadOnlyList<CellView> WordRow(HtmlTableGrid grid, int row) =>
        grid.Cells.Where(c => c.Row <= row && row < c.Row + c.RowSpan)
            .OrderBy(c => c.Col)
            .Select(c => c.Row == row
                ? new CellView(c.Col, c.ColSpan, c.RowSpan > 1 ? "restart" : "none", c.Text)
                : new CellView(c.Col, c.ColSpan, "continue", ""))
            .ToList();

    [Fact]
    public void Agencies_without_a_report_for_the_year_are_listed_with_the_years_they_have()
    {
        var summary = _written.Results[("samples", 2024)].Summary!;
        Assert.Equal(new[] { ("zaozhuang-yicheng-kjj", "2020"), ("zhengzhou-erqi-kjj", "2023") },
            summary.Missing.Select(m => (m.AgencyId, string.Join(",", m.Years))));

        var doc = RenderedSamples.Parse(_written.File("samples", 2024, "html"));
        var section = SectionText(doc, SummaryMarkup.MissingHeading);
        Assert.Contains("枣庄市峄城区科学技术局（zaozhuang-yicheng-kjj）：没有2024年度报告（已有年度：2020）。", section);
        Assert.Contains("科技局（zhengzhou-erqi-kjj）：没有2024年度报告（已有年度：2023）。", section);
        Assert.Equal("无。", SectionText(doc, SummaryMarkup.ExcludedHeading));
    }

    /// <summary>The text of the paragraphs between an h2 and the next one.</summary>
    internal static string SectionText(IHtmlDocument doc, string heading)
    {
        var h2 = doc.QuerySelectorAll("h2").Single(h => h.TextContent.Trim() == heading);
        var texts = new List<string>();
        for (var e = h2.NextElementSibling; e is not null && e.LocalName != "h2"; e = e.NextElementSibling)
            texts.Add(e.TextContent.Trim());
        return string.Join("\n", texts);
    }

    [Fact]
    public void The_title_and_the_opening_say_what_is_summed()
    {
        var doc = RenderedSamples.Parse(_written.File("samples", 2024, "html"));
        Assert.Equal("2024年度政府信息公开工作年度报告汇总", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("2024年度政府信息公开工作年度报告汇总", doc.Title);
        Assert.StartsWith("本汇总合计3个机关的2024年度政府信息公开工作年度报告（表格格式 gov-2021）", doc.QuerySelector("h1 + p")!.TextContent.Trim());
    }

    [Fact]
    public void The_same_data_gives_the_same_bytes()
    {
        using var again = new TempFolder("summary-again");
        SummaryRun.Execute(Options(_written.Folders["rich"], again.Path, 2024));
        foreach (var extension in new[] { "html", "docx" })
            Assert.True(System.IO.File.ReadAllBytes(_written.File("rich", 2024, extension))
                .SequenceEqual(System.IO.File.ReadAllBytes(Path.Combine(again.Path, SummaryRun.RelativePath(2024, null, extension)))),
                $"summary-2024.{extension} differs between two runs over the same data");
    }
}

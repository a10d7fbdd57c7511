namespace GovReportGen.Tests.EndToEnd;

/// <summary>
/// The rendered sample reports print exactly the figures of the seed reports they were typed from,
/// in the seeds' order (Seeds/seed-figures.txt, transcribed from the seed text, not from data/).
/// </summary>
[Collection(EndToEndCollection.Name)]
public class SeedFigureTests
{
    private static readonly IReadOnlyList<SeedFigures> Seeds = SeedFigures.Load(EndToEndPaths.SeedFigures);
    private readonly RenderedSamples _samples;

    public SeedFigureTests(RenderedSamples samples) => _samples = samples;

    public static IEnumerable<object[]> SeedIds() => new[] { "000", "001", "002", "003", "004" }.Select(s => new object[] { s });

    [Fact]
    public void Seed_file_holds_the_five_seeds_with_full_tables()
    {
        Assert.Equal(new[] { "000", "001", "002", "003", "004" }, Seeds.Select(s => s.Seed));
        foreach (var s in Seeds)
        {
            var gov2021 = s.Format == "gov-2021";
            Assert.Equal(gov2021 ? 10 : 22, s.Table2.Count);
            Assert.Equal(gov2021 ? 25 : 23, s.Table3.Count);
            Assert.All(s.Table3, row => Assert.Equal(7, row.Count));
            Assert.Equal(15, s.Table4.Count);
            Assert.Equal(RenderedSamples.Reports.Single(r => r.Seed == s.Seed), new SampleReport(s.Seed, s.Agency, s.Year, s.Format));
        }
    }

    [Theory]
    [MemberData(nameof(SeedIds))]
    public void Rendered_tables_give_the_seed_figures_in_order(string seedId)
    {
        var seed = Seeds.Single(s => s.Seed == seedId);
        var doc = _samples.Html(RenderedSamples.Report(seed.Agency, seed.Year));

        Compare(seed.Table2, ReportTables.Grid(doc, ReportTables.Heading2), $"seed {seedId} 表二");
        Compare(seed.Table3.SelectMany(r => r).ToList(), ReportTables.Grid(doc, ReportTables.Heading3), $"seed {seedId} 表三");
        Compare(seed.Table4, ReportTables.Grid(doc, ReportTables.Heading4), $"seed {seedId} 表四");
    }

    private static void Compare(IReadOnlyList<decimal> expected, HtmlTableGrid grid, string what) =>
        LineAssert.Equal(
            expected.Select((v, i) => $"#{i + 1} {OfficialTables.Figure(v)}").ToList(),
            grid.Figures.Select((c, i) => $"#{i + 1} {c.Text}").ToList(),
            what);
}

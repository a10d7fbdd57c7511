using System.Collections.Immutable;
using GovReportGen.Data.Model;
using GovReportGen.Documents;
using GovReportGen.Formats;
using GovReportGen.Summary;
using GovReportGen.Templating;
using GovReportGen.Tests.Support;

namespace GovReportGen.Tests.Summary;

/// <summary>The summary's Document, built in memory: its official tables, and what it does with two table formats.</summary>
public class SummaryDocumentTests
{
    private static readonly Data.DataSet Samples = FormatRegistry.Loader.LoadAll(RepoPaths.Data, RepoPaths.Root);

    private static ReportData Report(string agency, int year) => Samples.Find(agency, year)!.Data!;

    [Theory]
    [InlineData("zaozhuang-yicheng-kjj", 2020)]
    [InlineData("chaoyang-kjj", 2024)]
    public void The_summed_tables_pass_the_official_structure_check_the_templates_are_held_to(string agency, int year)
    {
        var report = Report(agency, year);
        var document = SummaryMarkup.Build(RegionSummary.Of(year, null, null, [report], [], []));

        // GRG4009 compares a whole report (six sections); the summary has the three table sections first.
        var blocks = document.Blocks.TakeWhile(b => b is not Heading { Level: 2 } h || InlineText.ToSingleLine(h.Inlines) != SummaryMarkup.PerAgencyHeading).ToImmutableArray();
        var tablesOnly = new Document(document.Title, blocks);
        var official = report.Format.Structure;
        var headings = official.Tables.Select(t => official.SectionHeadings[t.Section]).ToList();
        var structure = new OfficialStructure(headings, official.Tables.Select((t, i) => t with { Section = i }).ToList());

        Assert.Equal(3, blocks.OfType<Table>().Count());
        Assert.Empty(OfficialStructureCheck.Check(tablesOnly, structure, Diagnostics.SourceSpan.StartOf("summary")).Select(d => d.ToString()));
    }

    [Fact]
    public void Reports_in_two_table_formats_are_summed_per_format_and_the_summary_says_so()
    {
        var old = Report("zaozhuang-yicheng-kjj", 2020);
        var current = Report("chaoyang-kjj", 2024);
        var summary = RegionSummary.Of(2024, null, null, [old, current], [], []);

        Assert.Equal(["gov-2019", "gov-2021"], summary.Formats.Select(f => f.Format.Id));
        foreach (var (totals, report) in summary.Formats.Zip([old, current]))
            foreach (var (_, cell) in OfficialFigures.Cells(report.Format))
                Assert.Equal(OfficialFigures.Value(report, cell.Key!), totals.Sums[cell.Key!]);

        var document = SummaryMarkup.Build(summary);
        var headings = document.Blocks.OfType<Heading>().Where(h => h.Level == 2).Select(h => InlineText.ToSingleLine(h.Inlines)).ToList();
        Assert.Contains("三、收到和处理政府信息公开申请情况（gov-2019格式，1个机关）", headings);
        Assert.Contains("三、收到和处理政府信息公开申请情况（gov-2021格式，1个机关）", headings);
        Assert.Equal(7, document.Blocks.OfType<Table>().Count());
        var text = string.Join("\n", document.Blocks.OfType<Paragraph>().Select(p => InlineText.ToSingleLine(p.Inlines)));
        Assert.Contains("本年度的报告使用了不同的表格格式（gov-2019、gov-2021），两种格式的表格不同，表二、表三、表四按格式分别汇总。", text);
    }

    [Fact]
    public void Agencies_that_print_the_same_name_are_told_apart_by_their_id()
    {
        var one = Report("chaoyang-kjj", 2024);
        var other = one with { Agency = one.Agency with { Id = "chaoyang-kjj-2" } };
        var third = Report("ningbo-yinzhou-kjj", 2024);

        var summary = RegionSummary.Of(2024, null, null, [one, other, third], [], []);

        Assert.Equal(["朝阳市科学技术局（chaoyang-kjj）", "朝阳市科学技术局（chaoyang-kjj-2）", "宁波市鄞州区科学技术局（科协）", "合计"],
            summary.Agencies.Append(summary.Total).Select(r => r.Label));
    }

    [Theory]
    [InlineData(0, 0, "—")]
    [InlineData(1, 3, "33.3%")]
    [InlineData(2, 3, "66.7%")]
    [InlineData(1, 8, "12.5%")]
    [InlineData(3, 3, "100%")]
    public void Correction_share_prints_to_one_decimal_or_a_dash_without_cases(long part, long whole, string printed) =>
        Assert.Equal(printed, KeyFigures.Share(part, whole));

    [Fact]
    public void Text_that_markup_cannot_carry_is_left_out_instead_of_breaking_the_document()
    {
        var report = Report("chaoyang-kjj", 2024);
        var error = new Diagnostics.Diagnostic("GRG1009", Diagnostics.Severity.Error, new Diagnostics.SourceSpan("agencies/x/2024.yaml", 3, 5), "值“a\u0001<b>&\uFFFF”不是数字");
        var summary = RegionSummary.Of(2024, null, null, [report], [new ExcludedReport("x", "某局", "2024.yaml", [error])], []);

        var document = SummaryMarkup.Build(summary);

        var text = string.Join("\n", document.Blocks.OfType<Paragraph>().Select(p => InlineText.ToSingleLine(p.Inlines)));
        Assert.Contains("2024.yaml第3行 GRG1009：值“a<b>&”不是数字", text);
    }
}

using GovReportGen.Data.Model;
using GovReportGen.Tests.Narrative;
using GovReportGen.Validation;
using GovReportGen.Validation.Rules;

namespace GovReportGen.Tests.Regressions;

/// <summary>
/// Issue 14, GRG4005 findings: a slogan read as “concluded 1”, 「全年受理依申请公开38件」 not read at all, and no way
/// to the fix in the message.
/// </summary>
public class Issue14NarrativeTests
{
    private static IReadOnlyList<GovReportGen.Diagnostics.Diagnostic> Figures(ReportData r) => NarrativeTestData.Run(new NarrativeFigureRule(), r);

    private static readonly (string, string)[] FiveConcluded =
    {
        ("    new_requests: {natural_person: 0,", "    new_requests: {natural_person: 5,"),
        ("      disclosed: {natural_person: 0,", "      disclosed: {natural_person: 5,"),
    };

    [Theory]
    [InlineData("办结一件申请、解决一个问题、温暖一颗民心。")]
    [InlineData("本局坚持“办结一件申请、解决一个问题、温暖一颗民心”，全年收到政府信息公开申请{table3.rows.new_requests.total}件。")]
    [InlineData("践行办结一件申请、解决一个问题、温暖一颗民心的服务理念，不断提升依申请公开办理质效。")]
    public void The_slogan_is_not_a_count_of_concluded_requests(string text) =>
        Assert.Empty(Figures(NarrativeTestData.WithText("on_request", text, FiveConcluded)));

    [Fact]
    public void A_concluded_count_of_one_is_still_read_when_it_is_one()
    {
        // The guard against slogans must not cost the plain claim: 办结一件 at the end of a clause is a count.
        var d = Assert.Single(Figures(NarrativeTestData.WithText("on_request", "全年收到申请5件，办结一件。", FiveConcluded)));
        Assert.Equal(Table3Schema("（七）总计"), d.CellLabel);
        Assert.Equal(("5", "1"), (d.Expected, d.Actual));
    }

    [Fact]
    public void Accepted_requests_are_read_and_the_message_names_the_binding_that_follows_the_table()
    {
        var report = NarrativeTestData.WithText("on_request", "全年受理依申请公开38件。", FiveConcluded);
        var d = Assert.Single(Figures(report));
        Assert.Equal("第一部分“依申请公开”写“受理依申请公开38件”，表三“一、本年新收政府信息公开申请数量”行“总计”列为 5；若表格无误，可将“38”改写为 {table3.rows.new_requests.total}，正文将随表格自动一致", d.Message);
        Assert.Equal(Table3Schema("一、本年新收政府信息公开申请数量"), d.CellLabel);
        Assert.Equal(("5", "38", "{table3.rows.new_requests.total}"), (d.Expected, d.Actual, d.Suggestion));
        Assert.Equal(5m, Bindings.ResolveNumber(report, "table3.rows.new_requests.total"));
    }

    [Fact]
    public void Both_litigation_groups_are_suggested_when_the_text_does_not_say_which()
    {
        var report = NarrativeTestData.WithText("on_request", "本年度被提起行政诉讼1件。",
            ("  litigation_after_reconsideration: {upheld: 0,", "  litigation_after_reconsideration: {upheld: 2,"));
        var d = Assert.Single(Figures(report));
        Assert.Equal(("2", "1"), (d.Expected, d.Actual));
        Assert.Equal("未经复议直接提起行政诉讼{table4.litigation_direct.total}件、复议后提起行政诉讼{table4.litigation_after_reconsideration.total}件", d.Suggestion);
        Assert.Equal(2m, NarrativeCorpusTests.SumOfBindings(report, d.Suggestion!));
    }

    [Fact]
    public void A_contradiction_with_a_cell_read_as_zero_says_so()
    {
        const string Text = "全年收到政府信息公开申请3件。";
        Assert.DoesNotContain(RuleContext.BlankNoteText, Assert.Single(Figures(NarrativeTestData.WithText("on_request", Text))).Message);

        var blank = NarrativeTestData.WithText("on_request", Text);
        blank.Fields.MarkDefaulted("table3.rows.new_requests.legal_service_org");
        Assert.Contains("列为 0（空白按 0 计：表三“一、本年新收政府信息公开申请数量”行“法律服务机构”列）；若表格无误", Assert.Single(Figures(blank)).Message);

        // A blank elsewhere in 表三 is not behind this figure.
        var elsewhere = NarrativeTestData.WithText("on_request", Text);
        elsewhere.Fields.MarkDefaulted("table3.rows.carried_in.natural_person");
        Assert.DoesNotContain(RuleContext.BlankNoteText, Assert.Single(Figures(elsewhere)).Message);
    }

    [Fact]
    public void A_negation_suggests_the_sentence_written_with_the_binding()
    {
        var d = Assert.Single(Figures(NarrativeTestData.WithText("on_request", "本年度未收到政府信息公开申请。", FiveConcluded)));
        Assert.Equal("收到政府信息公开申请{table3.rows.new_requests.total}件", d.Suggestion);
        Assert.Contains("若表格无误，可改写为“收到政府信息公开申请{table3.rows.new_requests.total}件”", d.Message);
    }

    [Fact]
    public void Gov2019_documents_made_compare_with_its_own_column()
    {
        var report = NarrativeTestData.Base("gov-2019", ("    other: 无", "    other: 本年度制发规范性文件2件。"));
        var d = Assert.Single(Figures(report));
        Assert.Equal("{table2.normative_documents.newly_made}", d.Suggestion);
        Assert.Contains("本年新制作数量", d.CellLabel);
    }

    public static IEnumerable<object[]> Samples() => new[]
    {
        new object[] { "ningbo-yinzhou-kjj", 2024 }, new object[] { "chaoyang-kjj", 2024 }, new object[] { "zaozhuang-shizhong-kjj", 2024 },
        new object[] { "zaozhuang-yicheng-kjj", 2020 }, new object[] { "zhengzhou-erqi-kjj", 2023 },
    };

    /// <summary>Every binding GRG4005 may suggest resolves, in each sample's format, to the figure the rule compared with.</summary>
    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_suggested_binding_resolves_to_the_compared_cell(string agency, int year)
    {
        var report = NarrativeTestData.Sample(agency, year);
        var cells = FigureCells.Of(report).ToList();
        Assert.Contains(cells, c => c.Target == FigureTarget.DocumentsIssued);   // both formats have a column for it
        foreach (var cell in cells)
        {
            Assert.Equal(cell.Value, cell.Bindings.Sum(b => Bindings.ResolveNumber(report, b) ?? throw new Xunit.Sdk.XunitException($"{b} does not resolve")));
            Assert.Equal(cell.Bindings, Bindings.Find(cell.Phrase).Select(b => b.Path));
            Assert.All(cell.Sources, s => Assert.Contains(report.Fields.Paths, p => p == s || p.StartsWith(s + ".", StringComparison.Ordinal)));
        }
    }

    private static string Table3Schema(string row) => GovReportGen.Data.Common.Table3Schema.CellName(row, "总计");
}

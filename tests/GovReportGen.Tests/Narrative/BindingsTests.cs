using GovReportGen.Data.Model;

namespace GovReportGen.Tests.Narrative;

public class BindingsTests
{
    [Fact]
    public void Find_returns_position_length_and_path()
    {
        var text = "新收{table3.rows.new_requests.total}件，复议{table4.reconsideration.total}件";
        var found = Bindings.Find(text);
        Assert.Equal(2, found.Count);
        Assert.Equal(new BindingRef(2, 32, "table3.rows.new_requests.total"), found[0]);
        Assert.Equal("{table3.rows.new_requests.total}", text.Substring(found[0].Start, found[0].Length));
        Assert.Equal("table4.reconsideration.total", found[1].Path);
        Assert.Equal("{table4.reconsideration.total}", text.Substring(found[1].Start, found[1].Length));
    }

    [Theory]
    [InlineData("{{ x }}")]
    [InlineData("{{table3.rows.new_requests.total}}")]     // doubled braces are template-like text, never a binding
    [InlineData("{{table3.rows.new_requests.total}")]
    [InlineData("{table3.rows.new_requests.total}}")]
    [InlineData("{not.a.key 没有闭合")]
    [InlineData("{Foo}")]
    [InlineData("{Foo.bar}")]
    [InlineData("{year}")]                                  // no dot: not a key path
    [InlineData("{table3.}")]
    [InlineData("{table3..total}")]
    [InlineData("{ table3.rows.new_requests.total }")]
    [InlineData("{1table.x}")]
    [InlineData("")]
    public void Other_braces_are_literal_text(string text) => Assert.Empty(Bindings.Find(text));

    [Theory]
    [InlineData("{a.b}", "a.b")]
    [InlineData("前{x.y_1.z}后", "x.y_1.z")]
    [InlineData("{{ x }} 与 {t.u}", "t.u")]
    [InlineData("{Foo} {table2.licensing.decisions}", "table2.licensing.decisions")]
    public void A_binding_next_to_literal_braces_is_still_found(string text, string path) =>
        Assert.Equal(path, Assert.Single(Bindings.Find(text)).Path);

    [Theory]
    [InlineData("table3.rows.new_requests.total", "2")]
    [InlineData("table3.rows.new_requests.natural_person", "2")]
    [InlineData("table3.rows.new_requests.commercial_enterprise", "0")]
    [InlineData("table3.rows.carried_in.total", "0")]
    [InlineData("table3.rows.results.total.total", "2")]                   // （七）总计, derived
    [InlineData("table3.rows.results.total.natural_person", "2")]
    [InlineData("table3.rows.results.other_handling.total", "2")]          // group sum of （六）
    [InlineData("table3.rows.results.other_handling.natural_person", "2")]
    [InlineData("table3.rows.results.other_handling.other.total", "2")]    // （六）3 其他
    [InlineData("table3.rows.results.other_handling.fee_not_paid.total", "0")]
    [InlineData("table3.rows.results.withheld.total", "0")]
    [InlineData("table3.rows.results.unavailable.total", "0")]
    [InlineData("table3.rows.results.not_processed.duplicate.other_org", "0")]
    [InlineData("table3.rows.results.disclosed.total", "0")]
    [InlineData("table3.rows.carried_forward.total", "0")]
    [InlineData("table2.normative_documents.issued", "6")]
    [InlineData("table2.normative_documents.repealed", "30")]
    [InlineData("table2.normative_documents.in_force", "7")]
    [InlineData("table2.administrative_fees.amount_wan_yuan", "0")]
    [InlineData("table4.reconsideration.total", "0")]
    [InlineData("table4.litigation_after_reconsideration.pending", "0")]
    public void Resolve_reads_the_sample_tables(string path, string expected) =>
        Assert.Equal(expected, Bindings.Resolve(NarrativeTestData.Sample("ningbo-yinzhou-kjj", 2024), path));

    [Theory]
    [InlineData("table3.rows.new_request.total")]
    [InlineData("table3.rows.new_requests")]                 // a row, not a cell
    [InlineData("table3.rows.results.withheld")]
    [InlineData("table3.rows.results.other_handling.other")]
    [InlineData("table4.reconsideration")]
    [InlineData("table2.normative_documents.newly_made")]    // a gov-2019 column
    [InlineData("table2.centralized_procurement.projects")]
    [InlineData("narrative.overview.intro")]
    [InlineData("agency.name")]
    [InlineData("year")]
    public void Resolve_gives_null_for_what_is_no_cell(string path) =>
        Assert.Null(Bindings.Resolve(NarrativeTestData.Sample("ningbo-yinzhou-kjj", 2024), path));

    [Theory]
    [InlineData("table2.other_services.change", "3")]
    [InlineData("table2.penalties.change", "2")]
    [InlineData("table2.normative_documents.total_published", "1")]
    [InlineData("table2.centralized_procurement.amount_wan_yuan", "0")]
    [InlineData("table3.rows.results.other_handling.total", "0")]          // a leaf row in gov-2019
    [InlineData("table3.rows.results.other_handling.other.total", null)]  // gov-2021 sub-row
    [InlineData("table2.normative_documents.repealed", null)]
    public void Resolve_follows_the_format(string path, string? expected) =>
        Assert.Equal(expected, Bindings.Resolve(NarrativeTestData.Sample("zaozhuang-yicheng-kjj", 2020), path));

    [Fact]
    public void Figures_print_per_the_format_rules()
    {
        var report = NarrativeTestData.Base("gov-2021",
            ("administrative_fees: {amount_wan_yuan: 0}", "administrative_fees: {amount_wan_yuan: 25.10}"),
            ("normative_documents: {issued: 0, repealed: 0, in_force: 0}", "normative_documents: {issued: 0, repealed: 0, in_force: 3119}"));
        Assert.Equal("25.1", Bindings.Resolve(report, "table2.administrative_fees.amount_wan_yuan"));
        Assert.Equal("3119", Bindings.Resolve(report, "table2.normative_documents.in_force"));
        Assert.Equal(25.1m, Bindings.ResolveNumber(report, "table2.administrative_fees.amount_wan_yuan"));

        var signed = NarrativeTestData.Base("gov-2019",
            ("licensing: {previous_year_items: 0, change: 0, decisions: 0}", "licensing: {previous_year_items: 5, change: +3, decisions: 0}"),
            ("penalties: {previous_year_items: 0, change: 2,", "penalties: {previous_year_items: 5, change: -2,"));
        Assert.Equal("3", Bindings.Resolve(signed, "table2.licensing.change"));     // never a "+"
        Assert.Equal("-2", Bindings.Resolve(signed, "table2.penalties.change"));
    }

    [Fact]
    public void Given_totals_are_printed_as_given()
    {
        // A given total that disagrees is GRG2002's business; the binding prints what the table prints.
        var report = NarrativeTestData.Base("gov-2021",
            ("  reconsideration: {upheld: 0, corrected: 0, other: 0, pending: 0}", "  reconsideration: {upheld: 1, corrected: 0, other: 0, pending: 1, total: 2}"));
        Assert.Equal("2", Bindings.Resolve(report, "table4.reconsideration.total"));
        Assert.Equal("1", Bindings.Resolve(report, "table4.reconsideration.pending"));
    }

    [Theory]
    [InlineData("gov-2021", 10 + 29 * 7 + 15, "table2.government_rules.issued")]
    [InlineData("gov-2019", 22 + 26 * 7 + 15, "table2.government_rules.newly_made")]
    public void KnownPaths_cover_every_cell_sum_and_total_and_all_are_bindable(string format, int count, string first)
    {
        var report = NarrativeTestData.Base(format);
        var paths = Bindings.KnownPaths(report);
        Assert.Equal(count, paths.Count);
        Assert.Equal(paths.Count, paths.Distinct().Count());
        foreach (var path in paths)
        {
            Assert.Equal(path, Assert.Single(Bindings.Find("{" + path + "}")).Path);
            Assert.NotNull(Bindings.Resolve(report, path));
        }
        Assert.Equal(first, paths[0]);   // table order
        Assert.Equal("table4.litigation_after_reconsideration.total", paths[^1]);
    }

    [Theory]
    [InlineData("table3.rows.new_request.total", "table3.rows.new_requests.total")]
    [InlineData("table3.new_requests.total", "table3.rows.new_requests.total")]
    [InlineData("table3.rows.new_requests", "table3.rows.new_requests.total")]
    [InlineData("table3.rows.results.totl.totl", "table3.rows.results.total.total")]
    [InlineData("table4.reconsideraton.total", "table4.reconsideration.total")]
    [InlineData("table2.normative_document.repealed", "table2.normative_documents.repealed")]
    [InlineData("table3.rows.results.withheld.state_secret.totall", "table3.rows.results.withheld.state_secret.total")]
    [InlineData("table3.rows.carried_in.natural_persons", "table3.rows.carried_in.natural_person")]
    [InlineData("table3.new_request.total", "table3.rows.new_requests.total")]
    [InlineData("foo.bar", null)]
    [InlineData("agency.requests", null)]
    public void Suggest_finds_the_nearest_path(string typed, string? expected) =>
        Assert.Equal(expected, Bindings.Suggest(NarrativeTestData.Base(), typed));

    [Fact]
    public void Suggest_prefers_the_group_total_over_a_similar_looking_column()
    {
        // gov-2019 （六） is one row; a gov-2021 sub-row path means its total, not the 其他 column (other_org).
        var gov2019 = NarrativeTestData.Base("gov-2019");
        Assert.Null(Bindings.Resolve(gov2019, "table3.rows.results.other_handling.other.total"));
        Assert.Equal("table3.rows.results.other_handling.total", Bindings.Suggest(gov2019, "table3.rows.results.other_handling.other.total"));
    }
}

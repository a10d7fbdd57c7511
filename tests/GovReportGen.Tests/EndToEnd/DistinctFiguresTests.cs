using GovReportGen.Formats;
using System.Globalization;
using System.Text;
using GovReportGen.Data;
using GovReportGen.Pipeline;

namespace GovReportGen.Tests.EndToEnd;

/// <summary>
/// The sample data is mostly zeros, so a figure printed in the wrong cell would go unnoticed there.
/// Here every cell of both formats gets its own value (negatives and decimals included, arithmetic
/// kept valid), and each value must come out in its own cell.
/// </summary>
[Collection(EndToEndCollection.Name)]
public sealed class DistinctFiguresTests : IClassFixture<DistinctFiguresTests.Rendered>
{
    private readonly Rendered _rendered;

    public DistinctFiguresTests(Rendered rendered) => _rendered = rendered;

    public sealed record DistinctReport(string Agency, int Year, bool Gov2021,
        IReadOnlyList<decimal> Table2, IReadOnlyList<decimal> Table3, IReadOnlyList<decimal> Table4)
    {
        public string Html => $"reports/{Year}/{Agency}/{Agency}-{Year}.html";
    }

    /// <summary>Both distinct-figure reports written and rendered once for the class.</summary>
    public sealed class Rendered : IDisposable
    {
        private readonly TempFolder _temp = new("distinct");

        public Rendered()
        {
            var data = _temp.Sub("data");
            Reports = new[] { Write(data, "distinct-new-kjj", gov2021: true), Write(data, "distinct-old-kjj", gov2021: false) }
                .ToDictionary(r => r.Agency);
            Summary = RenderedSamples.Render(data, OutDir);
            Data = FormatRegistry.Loader.LoadAll(data, _temp.Path);
        }

        public IReadOnlyDictionary<string, DistinctReport> Reports { get; }
        public RenderSummary Summary { get; }
        public DataSet Data { get; }
        public string OutDir => _temp.Sub("out");

        public void Dispose() => _temp.Dispose();
    }

    [Theory]
    [InlineData("distinct-new-kjj")]
    [InlineData("distinct-old-kjj")]
    public void Every_cell_prints_its_own_figure(string agency)
    {
        Assert.True(_rendered.Summary.WithErrors == 0,
            "the distinct-figure data must render: " + string.Join("\n", _rendered.Summary.Reports.SelectMany(r => r.Diagnostics).Where(d => d.IsError)));
        var report = _rendered.Reports[agency];
        var doc = RenderedSamples.Parse(Path.Combine(_rendered.OutDir, report.Html));
        var model = _rendered.Data.Find(report.Agency, report.Year)!.Data!;

        var table2 = report.Gov2021 ? OfficialTables.Table2Gov2021 : OfficialTables.Table2Gov2019;
        Check(table2, report.Table2, ModelFigures.Table2(model), ReportTables.Grid(doc, ReportTables.Heading2), $"{agency} 表二");
        Check(OfficialTables.Table3(report.Gov2021), report.Table3, ModelFigures.Table3(model), ReportTables.Grid(doc, ReportTables.Heading3), $"{agency} 表三");
        Check(OfficialTables.Table4(), report.Table4, ModelFigures.Table4(model), ReportTables.Grid(doc, ReportTables.Heading4), $"{agency} 表四");
    }

    private static void Check(IReadOnlyList<OfficialTables.Cell> layout, IReadOnlyList<decimal> written, IReadOnlyList<decimal> model,
        HtmlTableGrid grid, string what)
    {
        Assert.Equal(written, model);
        LineAssert.Equal(OfficialTables.Describe(layout, written), TableRoundTripTests.Describe(grid), what);
    }

    // ---- the data ----------------------------------------------------------------------------

    private static readonly string[] Applicants =
        { "natural_person", "commercial_enterprise", "research_institution", "public_interest_org", "legal_service_org", "other_org" };

    private static readonly (string Group, string[] Keys)[] Leaves2021 =
    {
        ("", new[] { "disclosed", "partially_disclosed" }),
        ("withheld", new[] { "state_secret", "prohibited_by_law", "three_safeties_one_stability", "third_party_rights", "internal_affairs", "process_information", "enforcement_case_files", "administrative_inquiry" }),
        ("unavailable", new[] { "not_held", "needs_compilation", "unclear_after_amendment" }),
        ("not_processed", new[] { "petition_or_complaint", "duplicate", "publications", "excessive_repeated", "confirm_or_reissue" }),
        ("other_handling", new[] { "no_amendment_overdue", "fee_not_paid", "other" }),
    };

    /// <summary>Writes one agency with distinct figures into <paramref name="dataDir"/> (the region summary's tests sum them too).</summary>
    internal static DistinctReport Write(string dataDir, string agency, bool gov2021)
    {
        var format = gov2021 ? "gov-2021" : "gov-2019";
        var baseDir = Path.Combine(EndToEndPaths.Fixtures, "_base", format, "agencies", "sample-kjj");
        var dir = Path.Combine(dataDir, "agencies", agency);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "agency.yaml"),
            File.ReadAllText(Path.Combine(baseDir, "agency.yaml")).Replace("id: sample-kjj", $"id: {agency}"));
        var source = Directory.GetFiles(baseDir, "20*.yaml").Single();
        var year = int.Parse(Path.GetFileNameWithoutExtension(source), CultureInfo.InvariantCulture);

        var (table2Yaml, table2) = gov2021 ? Table2Of2021() : Table2Of2019();
        var (table3Yaml, table3) = Table3Of(gov2021);
        var (table4Yaml, table4) = Table4Of();

        // Keep the base file's header and narrative; replace everything from table2: up to narrative:.
        var text = File.ReadAllText(source);
        var start = text.IndexOf("\ntable2:", StringComparison.Ordinal);
        var end = text.IndexOf("\nnarrative:", StringComparison.Ordinal);
        Assert.True(start > 0 && end > start, $"test data changed: no table2:/narrative: in {source}");
        File.WriteAllText(Path.Combine(dir, $"{year}.yaml"), text[..(start + 1)] + table2Yaml + table3Yaml + table4Yaml + text[(end + 1)..]);
        return new DistinctReport(agency, year, gov2021, table2, table3, table4);
    }

    private static (string, IReadOnlyList<decimal>) Table2Of2021() => (
        """
        table2:
          government_rules: {issued: 11, repealed: 12, in_force: 13}
          normative_documents: {issued: 21, repealed: 22, in_force: 23}
          licensing: {decisions: 31}
          penalties: {decisions: 32}
          coercive_measures: {decisions: 33}
          administrative_fees: {amount_wan_yuan: 4.25}

        """,
        new[] { 11m, 12, 13, 21, 22, 23, 31, 32, 33, 4.25m });

    private static (string, IReadOnlyList<decimal>) Table2Of2019() => (
        """
        table2:
          government_rules: {newly_made: 11, newly_published: 12, total_published: 13}
          normative_documents: {newly_made: 21, newly_published: 22, total_published: 23}
          licensing: {previous_year_items: 31, change: -3, decisions: 33}
          other_services: {previous_year_items: 41, change: 4, decisions: 43}
          penalties: {previous_year_items: 51, change: -5, decisions: 53}
          coercive_measures: {previous_year_items: 61, change: 6, decisions: 63}
          administrative_fees: {previous_year_items: 71, change: -7}
          centralized_procurement: {projects: 81, amount_wan_yuan: 82.5}

        """,
        new[] { 11m, 12, 13, 21, 22, 23, 31, -3, 33, 41, 4, 43, 51, -5, 53, 61, 6, 63, 71, -7, 81, 82.5m });

    /// <summary>
    /// Leaf row i of applicant column c holds 100·(c+1) + i + 1; 二 and 四 get their own values and 一 is
    /// chosen so that 一 + 二 = （七） + 四 in every column. Totals are left to the loader except on 二,
    /// where the given total checks that a typed total prints too.
    /// </summary>
    private static (string, IReadOnlyList<decimal>) Table3Of(bool gov2021)
    {
        var leafKeys = new List<string>();
        foreach (var (group, keys) in Leaves2021)
        {
            if (group == "other_handling" && !gov2021) { leafKeys.Add("other_handling"); continue; }
            leafKeys.AddRange(keys.Select(k => group == "" ? k : $"{group}.{k}"));
        }
        long Leaf(int i, int c) => 100 * (c + 1) + i + 1;
        var carriedIn = Enumerable.Range(0, 6).Select(c => 100L * (c + 1) + 50).ToArray();
        var carriedForward = Enumerable.Range(0, 6).Select(c => 100L * (c + 1) + 60).ToArray();
        var resultsTotal = Enumerable.Range(0, 6).Select(c => Enumerable.Range(0, leafKeys.Count).Sum(i => Leaf(i, c))).ToArray();
        var newRequests = Enumerable.Range(0, 6).Select(c => resultsTotal[c] + carriedForward[c] - carriedIn[c]).ToArray();

        var yaml = new StringBuilder("table3:\n  rows:\n");
        string Row(IReadOnlyList<long> v, bool withTotal = false) =>
            "{" + string.Join(", ", Applicants.Select((k, c) => $"{k}: {v[c]}")) + (withTotal ? $", total: {v.Sum()}" : "") + "}";
        yaml.Append($"    new_requests: {Row(newRequests)}\n");
        yaml.Append($"    carried_in: {Row(carriedIn, withTotal: true)}\n");
        yaml.Append("    results:\n");
        string? open = null;
        for (var i = 0; i < leafKeys.Count; i++)
        {
            var parts = leafKeys[i].Split('.');
            var values = Enumerable.Range(0, 6).Select(c => Leaf(i, c)).ToList();
            if (parts.Length == 1) yaml.Append($"      {parts[0]}: {Row(values)}\n");
            else
            {
                if (open != parts[0]) yaml.Append($"      {parts[0]}:\n");
                open = parts[0];
                yaml.Append($"        {parts[1]}: {Row(values)}\n");
            }
        }
        yaml.Append($"    carried_forward: {Row(carriedForward)}\n");

        var rows = new List<long[]> { newRequests, carriedIn };
        rows.AddRange(Enumerable.Range(0, leafKeys.Count).Select(i => Enumerable.Range(0, 6).Select(c => Leaf(i, c)).ToArray()));
        rows.Add(resultsTotal);
        rows.Add(carriedForward);
        var figures = rows.SelectMany(r => r.Append(r.Sum())).Select(v => (decimal)v).ToList();
        return (yaml.ToString(), figures);
    }

    private static (string, IReadOnlyList<decimal>) Table4Of() => (
        """
        table4:
          reconsideration: {upheld: 1, corrected: 2, other: 3, pending: 4}
          litigation_direct: {upheld: 5, corrected: 6, other: 7, pending: 8}
          litigation_after_reconsideration: {upheld: 9, corrected: 11, other: 12, pending: 14, total: 46}

        """,
        new[] { 1m, 2, 3, 4, 10, 5, 6, 7, 8, 26, 9, 11, 12, 14, 46 });
}

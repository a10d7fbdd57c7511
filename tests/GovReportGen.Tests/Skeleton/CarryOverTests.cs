using GovReportGen.Formats;
using GovReportGen.Data;
using GovReportGen.Data.Model;
using GovReportGen.Authoring;
using GovReportGen.Diagnostics;
using GovReportGen.Tests.Support;
using GovReportGen.Validation;

namespace GovReportGen.Tests.Skeleton;

/// <summary>Figures a new year starts from when last year's file of the agency loads cleanly.</summary>
public class CarryOverTests
{
    private const string Row0 = "{natural_person: 0, commercial_enterprise: 0";

    private static (string Text, ReportData Data, SkeletonOutcome Outcome) New(TempDataFolder folder, int year)
    {
        var outcome = SkeletonCreator.Create(folder.Root, TempDataFolder.AgencyId, year, displayRoot: folder.Root);
        Assert.True(outcome.Created, outcome.Message);
        var report = FormatRegistry.Loader.LoadAgency(folder.AgencyDir, folder.Root).Reports.Single(r => r.Year == year);
        Assert.Empty(report.Diagnostics.Select(d => d.ToString()));
        return (File.ReadAllText(folder.YearFile(year)), report.Data!, outcome);
    }

    private static IReadOnlyList<Diagnostic> Diagnostics(TempDataFolder folder, int year) =>
        FormatRegistry.Validator.Validate(FormatRegistry.Loader.LoadAll(folder.Root, folder.Root), FixtureRunner.Today, new ValidationFilter(TempDataFolder.AgencyId, year))
            .Reports.Single().Diagnostics;

    private static IReadOnlyList<string> Findings(TempDataFolder folder, int year) =>
        Diagnostics(folder, year).Select(d => $"{(d.IsError ? "E" : "W")} {d.Id}").ToList();

    [Fact]
    public void Gov2021_carries_carried_forward_into_carried_in_and_in_force()
    {
        using var folder = TempDataFolder.WithYear("gov-2021", 2023,
            ("published_on: 2025-01-20", "published_on: 2024-01-20"),
            ("government_rules: {issued: 0, repealed: 0, in_force: 0}", "government_rules: {issued: 0, repealed: 0, in_force: 3}"),
            ("normative_documents: {issued: 0, repealed: 0, in_force: 0}", "normative_documents: {issued: 2, repealed: 0, in_force: 5}"),
            ("new_requests: " + Row0, "new_requests: {natural_person: 4, commercial_enterprise: 1"),
            ("carried_forward: " + Row0, "carried_forward: {natural_person: 4, commercial_enterprise: 1"));

        var (text, data, outcome) = New(folder, 2024);

        Assert.Equal(new long[] { 4, 1, 0, 0, 0, 0, 5 }, data.Table3.CarriedIn.Cells);
        Assert.Equal(0, data.Table3.CarriedForward.Total);
        Assert.Equal(0, data.Table3.NewRequests.Total);
        var table2 = Assert.IsType<GovReportGen.Formats.Gov2021.Gov2021Table2>(data.Table2);
        Assert.Equal(new GovReportGen.Formats.Gov2021.DocumentCounts(0, 0, 3), table2.GovernmentRules);
        Assert.Equal(new GovReportGen.Formats.Gov2021.DocumentCounts(0, 0, 5), table2.NormativeDocuments);
        Assert.Empty(outcome.Warnings);

        Assert.Contains("# 上年结转数据取自 2023.yaml", text);
        Assert.Contains("取自2023年度“四、结转下年度继续办理”", text);
        Assert.Matches(@"in_force: 5\s+# 现行有效件数：此为2023年度数字", text);

        // Cross-year rules agree with the carried figures; the carried requests still need an outcome (GRG2001).
        var findings = Findings(folder, 2024);
        Assert.DoesNotContain(findings, f => f.Contains("GRG3", StringComparison.Ordinal));
        Assert.Contains("E GRG2001", findings);
        Assert.DoesNotContain(findings, f => f.StartsWith('E') && f is not ("E GRG2001" or "E GRG4001" or "E GRG4002"));
    }

    [Fact]
    public void Carrying_only_document_counts_leaves_nothing_but_the_narrative_to_do()
    {
        using var folder = TempDataFolder.WithYear("gov-2021", 2023,
            ("normative_documents: {issued: 0, repealed: 0, in_force: 0}", "normative_documents: {issued: 1, repealed: 0, in_force: 7}"));

        var (_, data, _) = New(folder, 2024);

        Assert.Equal(7, ((GovReportGen.Formats.Gov2021.Gov2021Table2)data.Table2).NormativeDocuments.InForce);
        var findings = Findings(folder, 2024);
        Assert.DoesNotContain(findings, f => f.StartsWith('E') && f is not ("E GRG4001" or "E GRG4002"));
        Assert.DoesNotContain(findings, f => f.Contains("GRG3", StringComparison.Ordinal));
    }

    [Fact]
    public void Gov2019_carries_items_at_year_end_into_previous_year_items()
    {
        using var folder = TempDataFolder.WithYear("gov-2019", 2019,
            ("published_on: 2021-01-20", "published_on: 2020-01-20"),
            ("licensing: {previous_year_items: 0, change: 0", "licensing: {previous_year_items: 4, change: -1"),
            ("coercive_measures: {previous_year_items: 0, change: 0", "coercive_measures: {previous_year_items: 1, change: -3"),
            ("carried_forward: " + Row0, "carried_forward: {natural_person: 0, commercial_enterprise: 2"),
            ("new_requests: " + Row0, "new_requests: {natural_person: 0, commercial_enterprise: 2"));

        var (text, data, _) = New(folder, 2020);

        var table2 = Assert.IsType<GovReportGen.Formats.Gov2019.Gov2019Table2>(data.Table2);
        Assert.Equal(3, table2.Licensing.PreviousYearItems);
        Assert.Equal(6, table2.OtherServices.PreviousYearItems);   // base: 3 + 3
        Assert.Equal(2, table2.Penalties.PreviousYearItems);       // base: 0 + 2
        Assert.Equal(0, table2.CoerciveMeasures.PreviousYearItems); // 1 − 3 < 0 is not carried
        Assert.All(table2.ItemRows, r => Assert.Equal(0, r.Change));
        Assert.Equal(1, table2.NormativeDocuments.TotalPublished);  // base total_published
        Assert.Equal(new long[] { 0, 2, 0, 0, 0, 0, 2 }, data.Table3.CarriedIn.Cells);
        Assert.Contains("上一年项目数量：=2019年度上一年项目数量(4)+本年增/减(-1)", text);

        // Only the row whose year-end count was negative (last year's GRG2010) disagrees with last year.
        var diagnostics = Diagnostics(folder, 2020);
        Assert.All(diagnostics.Where(d => d.Id == "GRG3002"), d => Assert.Contains("行政强制", d.Message));
        var findings = diagnostics.Select(d => $"{(d.IsError ? "E" : "W")} {d.Id}").ToList();
        Assert.DoesNotContain("W GRG3003", findings);
        Assert.DoesNotContain("E GRG3001", findings);
    }

    [Fact]
    public void Across_the_format_change_only_table3_is_carried()
    {
        using var folder = TempDataFolder.WithYear("gov-2019", 2020,
            ("carried_forward: " + Row0, "carried_forward: {natural_person: 3, commercial_enterprise: 0"),
            ("new_requests: " + Row0, "new_requests: {natural_person: 3, commercial_enterprise: 0"));

        var (text, data, _) = New(folder, 2021);

        Assert.Equal("gov-2021", data.Format.Id);
        Assert.Equal(3, data.Table3.CarriedIn.Total);
        var table2 = (GovReportGen.Formats.Gov2021.Gov2021Table2)data.Table2;
        Assert.Equal(0, table2.NormativeDocuments.InForce);
        Assert.DoesNotContain("现行有效件数：此为", text);
        Assert.Contains("# 上年结转数据取自 2020.yaml", text);
    }

    [Fact]
    public void A_previous_year_with_errors_gives_zeros_and_a_warning()
    {
        using var folder = TempDataFolder.WithYear("gov-2021", 2023,
            ("carried_forward: " + Row0, "carried_forward: {natural_person: 七, commercial_enterprise: 0"));

        var (text, data, outcome) = New(folder, 2024);

        Assert.Equal(0, data.Table3.CarriedIn.Total);
        var warning = Assert.Single(outcome.Warnings);
        Assert.StartsWith("警告：", warning);
        Assert.Contains("2023.yaml", warning);
        Assert.Contains("上年度数据 2023.yaml 有错误", text);
        Assert.DoesNotContain("上年结转数据取自", text);
        Assert.Null(outcome.CarryOver);
    }

    [Fact]
    public void An_older_year_alone_is_not_carried()
    {
        using var folder = TempDataFolder.WithYear("gov-2021", 2022,
            ("carried_forward: " + Row0, "carried_forward: {natural_person: 2, commercial_enterprise: 0"),
            ("new_requests: " + Row0, "new_requests: {natural_person: 2, commercial_enterprise: 0"));

        var (text, data, outcome) = New(folder, 2024);

        Assert.Equal(0, data.Table3.CarriedIn.Total);
        Assert.Empty(outcome.Warnings);
        Assert.DoesNotContain("上年结转数据取自", text);
    }
}

using GovReportGen.Formats;
using GovReportGen.Data;
using GovReportGen.Formats.Gov2019;
using GovReportGen.Formats.Gov2021;
using GovReportGen.Tests.Support;

namespace GovReportGen.Tests.Loading;

/// <summary>The sample data (the five seed agencies) loads, and the figures are the seeds' figures.</summary>
public class SampleDataTests
{
    private static readonly DataSet Data = FormatRegistry.Loader.LoadAll(RepoPaths.Data, RepoPaths.Root);

    [Fact]
    public void Five_agencies_each_with_loaded_reports()
    {
        Assert.Equal(
            new[] { "chaoyang-kjj", "ningbo-yinzhou-kjj", "zaozhuang-shizhong-kjj", "zaozhuang-yicheng-kjj", "zhengzhou-erqi-kjj" },
            Data.Agencies.Select(a => a.Id));
        Assert.All(Data.Agencies, a =>
        {
            Assert.NotNull(a.Agency);
            Assert.Empty(a.Diagnostics);
            Assert.NotEmpty(a.Reports);
            Assert.All(a.Reports, r =>
            {
                Assert.True(r.Data is not null, $"{r.File}:\n{Loading.LoadingSupport.Describe(r.Diagnostics)}");
                Assert.DoesNotContain(r.Diagnostics, d => d.IsError);
                Assert.Equal(r.Year, r.Data!.Year);
            });
        });
    }

    [Fact]
    public void Ningbo_yinzhou_2024_has_the_seed_figures()
    {
        var report = Data.Find("ningbo-yinzhou-kjj", 2024)!.Data!;
        Assert.Equal("gov-2021", report.Format.Id);
        var t2 = Assert.IsType<Gov2021Table2>(report.Table2);
        Assert.Equal(new DocumentCounts(6, 30, 7), t2.NormativeDocuments);
        Assert.Equal(new DocumentCounts(0, 0, 0), t2.GovernmentRules);
        Assert.Equal(0m, t2.AdministrativeFeesWanYuan);

        var t3 = report.Table3;
        Assert.Equal(new long[] { 2, 0, 0, 0, 0, 0, 2 }, t3.NewRequests.Cells);
        Assert.Equal(new long[] { 0, 0, 0, 0, 0, 0, 0 }, t3.CarriedIn.Cells);
        var otherHandling = t3.ResultGroups.Single(g => g.Key == "other_handling");
        Assert.Equal(new long[] { 2, 0, 0, 0, 0, 0, 2 }, otherHandling.Rows.Single(r => r.Path.EndsWith(".other")).Cells);
        Assert.Equal(2, t3.ResultsTotal.Total);
        Assert.Equal(0, t3.CarriedForward.Total);
    }

    [Fact]
    public void Zaozhuang_yicheng_2020_has_the_seed_figures()
    {
        var report = Data.Find("zaozhuang-yicheng-kjj", 2020)!.Data!;
        Assert.Equal("gov-2019", report.Format.Id);
        var t2 = Assert.IsType<Gov2019Table2>(report.Table2);
        Assert.Equal(3, t2.OtherServices.Change);
        Assert.Equal(2, t2.Penalties.Change);
        Assert.Equal(0, t2.Licensing.Change);
        Assert.Equal(new PublicationCounts(0, 0, 1), t2.NormativeDocuments);
        Assert.Equal(0, report.Table3.NewRequests.Total);
    }

    [Fact]
    public void Chaoyang_2024_fee_cell_is_0_wan_yuan()
    {
        // The seed's "0元" (docs/validation.md) was entered as 0 in the sample data; it must load as 0 万元.
        var t2 = Assert.IsType<Gov2021Table2>(Data.Find("chaoyang-kjj", 2024)!.Data!.Table2);
        Assert.Equal(0m, t2.AdministrativeFeesWanYuan);
    }
}

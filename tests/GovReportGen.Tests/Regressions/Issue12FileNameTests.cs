using GovReportGen.Formats;
using GovReportGen.Tests.Loading;
using GovReportGen.Validation.Rules;

namespace GovReportGen.Tests.Regressions;

/// <summary>Issue 12, finding 1: any file name gives a located finding, never an exception for the whole folder.</summary>
public class Issue12FileNameTests
{
    [Theory]
    [InlineData("２０２４.yaml")]   // full-width digits: \d matched them and int.Parse threw
    [InlineData("٢٠٢٤.yaml")]       // Arabic-Indic digits
    [InlineData("2024 .yaml")]
    [InlineData("20240.yaml")]
    public void A_year_file_name_that_is_not_four_ascii_digits_is_GRG1010_on_that_file(string name)
    {
        using var dir = new TempDataDir();
        var agencyDir = dir.Agency("sample-kjj");
        File.Copy(Path.Combine(LoadingSupport.BaseDir(), "agency.yaml"), Path.Combine(agencyDir, "agency.yaml"));
        File.WriteAllBytes(Path.Combine(agencyDir, name), LoadingSupport.BaseYearBytes());
        File.WriteAllBytes(Path.Combine(agencyDir, "2024.yaml"), LoadingSupport.BaseYearBytes());

        var folder = Assert.Single(FormatRegistry.Loader.LoadAll(dir.Root, dir.Root).Agencies);

        var finding = Assert.Single(folder.Diagnostics);
        Assert.Equal(("GRG1010", $"agencies/sample-kjj/{name}"), (finding.Id, finding.Span.File));
        Assert.Contains("四位年份", finding.Message);
        Assert.True(Assert.Single(folder.Reports).LoadedCleanly, "the well-named year file still loads");
    }

    [Theory]
    [InlineData("0000.yaml")]
    [InlineData("1024.yaml")]
    [InlineData("9999.yaml")]
    public void A_year_file_name_outside_the_report_years_is_GRG1010_and_never_checked(string name)
    {
        // Found by the fuzz target in session 14: once rules ran on files with errors, 0000.yaml (year mismatch) reached
        // the publishing rule, which threw building 0年12月31日. Such a file is never a report, so nothing reads it.
        using var dir = new TempDataDir();
        var agencyDir = dir.Agency("sample-kjj");
        File.Copy(Path.Combine(LoadingSupport.BaseDir(), "agency.yaml"), Path.Combine(agencyDir, "agency.yaml"));
        File.WriteAllBytes(Path.Combine(agencyDir, name), LoadingSupport.BaseYearBytes());
        File.WriteAllBytes(Path.Combine(agencyDir, "2024.yaml"), LoadingSupport.BaseYearBytes());

        var data = FormatRegistry.Loader.LoadAll(dir.Root, dir.Root);
        var result = FormatRegistry.Validator.Validate(data, new DateOnly(2026, 3, 1));

        var finding = Assert.Single(Assert.Single(data.Agencies).Diagnostics);
        Assert.Equal(("GRG1010", $"agencies/sample-kjj/{name}"), (finding.Id, finding.Span.File));
        Assert.Contains("不是有效的报告年度（2008–2099）", finding.Message);
        Assert.Equal(2024, Assert.Single(result.Reports).Year);
    }

    [Theory]
    [InlineData("0000")]
    [InlineData("2100")]
    public void A_year_value_outside_the_report_years_is_GRG1009(string year)
    {
        using var dir = new TempDataDir();
        var agencyDir = dir.Agency("sample-kjj");
        File.Copy(Path.Combine(LoadingSupport.BaseDir(), "agency.yaml"), Path.Combine(agencyDir, "agency.yaml"));
        var text = System.Text.Encoding.UTF8.GetString(LoadingSupport.BaseYearBytes()).Replace("year: 2024", $"year: {year}");
        File.WriteAllText(Path.Combine(agencyDir, "2024.yaml"), text);

        var report = Assert.Single(FormatRegistry.Validator.Validate(FormatRegistry.Loader.LoadAll(dir.Root, dir.Root), new DateOnly(2026, 3, 1)).Reports);

        var finding = Assert.Single(report.Diagnostics, d => d.IsError);
        Assert.Equal("GRG1009", finding.Id);
        Assert.Contains($"“{year}”不是有效的报告年度", finding.Message);
    }

    [Fact]
    public void A_year_written_in_full_width_digits_in_the_narrative_is_read_as_that_year()
    {
        Assert.Equal(new[] { 2024, 2023 }, NarrativeScan.Years("２０２４年工作较２０２３年有所加强").ToArray());
        Assert.Equal(new[] { 2024 }, NarrativeScan.Years("20２４年").ToArray());
    }
}

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

    [Fact]
    public void A_year_written_in_full_width_digits_in_the_narrative_is_read_as_that_year()
    {
        Assert.Equal(new[] { 2024, 2023 }, NarrativeScan.Years("２０２４年工作较２０２３年有所加强").ToArray());
        Assert.Equal(new[] { 2024 }, NarrativeScan.Years("20２４年").ToArray());
    }
}

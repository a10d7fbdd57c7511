using GovReportGen.Documents;

namespace GovReportGen.Tests.Templating;

/// <summary>
/// The five sample reports through the real templates, compared with reviewed dumps in <c>Golden/</c>: any change
/// to a template, the model or the markup parser that changes a printed report shows up here as a diff.
/// </summary>
public class GoldenTests
{
    public static TheoryData<string, int> Samples()
    {
        var data = new TheoryData<string, int>();
        foreach (var (agency, year) in TemplatingSupport.Samples) data.Add(agency, year);
        return data;
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_report_document_matches_the_golden_dump(string agency, int year)
    {
        var result = TemplatingSupport.RenderSample(agency, year);

        Assert.True(result.Succeeded, TemplatingSupport.Describe(result.Diagnostics));
        TemplatingSupport.AssertMatchesGolden($"{agency}-{year}.dump.txt", DocumentDump.Write(result.Document!));
    }

    [Fact]
    public void Sample_report_markup_matches_the_golden_markup()
    {
        var result = TemplatingSupport.RenderSample("zaozhuang-shizhong-kjj", 2024);

        Assert.True(result.Succeeded, TemplatingSupport.Describe(result.Diagnostics));
        TemplatingSupport.AssertMatchesGolden("zaozhuang-shizhong-kjj-2024.markup.txt", result.Markup);
    }

    [Fact]
    public void Rendering_twice_gives_the_same_markup()
    {
        var templater = TemplatingSupport.RepoTemplater();
        var report = TemplatingSupport.Sample("zaozhuang-yicheng-kjj", 2020);

        Assert.Equal(templater.Render(report).Markup, templater.Render(report).Markup);
    }
}

using System.Text;
using GovReportGen.Tests.Loading;
using GovReportGen.Tests.Narrative;
using GovReportGen.Validation.Rules;

namespace GovReportGen.Tests.Regressions;

/// <summary>
/// Issue 12, finding 2: every check about the data runs in <c>validate</c>, located in the data. A noncharacter
/// used to pass validate and fail at render inside functions.sbn; markup-like text was reported only at render.
/// </summary>
public class Issue12ValidateAgreesWithRenderTests
{
    private const string IntroLine = "    intro: 2024年，本局在区委、区政府领导下";

    [Theory]
    [InlineData("\\uFFFF", "U+FFFF")]
    [InlineData("\\uFFFE", "U+FFFE")]
    [InlineData("\\uFDD0", "U+FDD0")]
    public void An_unusable_character_is_removed_at_load_with_a_warning_on_its_line(string escape, string name)
    {
        var text = LoadingSupport.BaseYearText().Replace(IntroLine, $"    intro: \"2024年，本局{escape}在区委、区政府领导下") ;
        text = text.Replace("推动政府信息公开工作不断深入。\n", "推动政府信息公开工作不断深入。\"\n");
        var report = LoadingSupport.LoadYearFile(Encoding.UTF8.GetBytes(text));

        Assert.True(report.LoadedCleanly, name + "\n" + LoadingSupport.Describe(report.Diagnostics));
        var warning = Assert.Single(report.Diagnostics);
        Assert.Equal(("GRG1012", 52), (warning.Id, warning.Span.Line));
        Assert.Contains("无法使用的字符", warning.Message);
        var intro = report.Data!.Narrative("overview.intro")!.Paragraphs[0].Text;
        Assert.StartsWith("2024年，本局在区委", intro);
    }

    [Fact]
    public void Markup_like_narrative_is_a_validation_warning_located_in_the_data()
    {
        var report = NarrativeTestData.WithText("proactive", "本局通过<script>门户网站</script>主动公开政府信息。");
        var warning = Assert.Single(NarrativeTestData.Run(new MarkupLikeTextRule(), report));
        Assert.Equal(("GRG4011", "agencies/sample-kjj/2024.yaml"), (warning.Id, warning.Span.File));
        Assert.Contains("类似标记的文字", warning.Message);
    }

    [Fact]
    public void Prose_that_merely_uses_angle_quotes_or_comparisons_is_not_markup()
    {
        var report = NarrativeTestData.WithText("proactive", "办理时限 < 20 个工作日，满意率≥95%，《条例》落实到位。");
        Assert.Empty(NarrativeTestData.Run(new MarkupLikeTextRule(), report));
    }
}

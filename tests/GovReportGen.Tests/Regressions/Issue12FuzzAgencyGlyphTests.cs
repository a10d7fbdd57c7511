using GovReportGen.Pipeline;
using GovReportGen.Tests.PipelineTests;
using GovReportGen.Validation;

namespace GovReportGen.Tests.Regressions;

/// <summary>
/// Found by the issue 12 fuzz target: a character no font has in agency.yaml (an emoji flag in the agency's name)
/// failed the PDF with GRG6001 located at the year file (1,1), where the character is not; it is now located where
/// it was typed, as one in the year file is.
/// </summary>
public sealed class Issue12FuzzAgencyGlyphTests : IDisposable
{
    private readonly Workspace _ws = new("issue12-agency-glyph");

    [Fact]
    public void A_character_no_font_has_in_the_agency_name_is_located_in_agency_yaml()
    {
        var agencyFile = Path.Combine(_ws.Data, "agencies", "chaoyang-kjj", "agency.yaml");
        var lines = File.ReadAllLines(agencyFile);
        var nameLine = Array.FindIndex(lines, l => l.StartsWith("name:", StringComparison.Ordinal));
        // U+10FFFD: private use, in no font of any chain (the fuzz repro had 🇨🇳, which no chain has either).
        lines[nameLine] = lines[nameLine].Replace("科学技术局", "科学\U0010FFFD技术局");
        File.WriteAllLines(agencyFile, lines);

        var summary = RenderRun.Execute(_ws.Options(["pdf"]) with { Filter = new ValidationFilter("chaoyang-kjj"), DisplayRoot = _ws.Sub() });

        var error = Assert.Single(summary.Reports.Single().Diagnostics, d => d.IsError);
        Assert.Equal("GRG6001", error.Id);
        Assert.Contains("U+10FFFD", error.Message);
        Assert.Equal(("data/agencies/chaoyang-kjj/agency.yaml", nameLine + 1, "name: 朝阳市科学".Length + 1),
            (error.Span.File, error.Span.Line, error.Span.Column));
    }

    public void Dispose() => _ws.Dispose();
}

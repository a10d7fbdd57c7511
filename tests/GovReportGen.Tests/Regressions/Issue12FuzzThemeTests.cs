using GovReportGen.Pipeline;
using GovReportGen.Tests.Fuzz;
using GovReportGen.Tests.PipelineTests;

namespace GovReportGen.Tests.Regressions;

/// <summary>
/// Found by the issue 12 fuzz target: a broken <c>templates/theme/fonts.json</c> (a role's line deleted, a JSON slip)
/// failed each report's PDF with GRG6001 located at the year file — not where the fault is — and a JSON slip quoted
/// System.Text.Json's English message.
/// </summary>
public sealed class Issue12FuzzThemeTests : IDisposable
{
    private readonly Workspace _ws = new("issue12-theme", copyTemplates: true);

    private string FontsJson => _ws.Template("theme/fonts.json");

    private IReadOnlyList<Diagnostics.Diagnostic> RenderPdf()
    {
        var summary = RenderRun.Execute(_ws.Options(["pdf"]) with { Filter = new Validation.ValidationFilter("chaoyang-kjj"), DisplayRoot = _ws.Sub() });
        return summary.Reports.Single().Diagnostics;
    }

    [Fact]
    public void A_role_missing_from_fonts_json_is_reported_on_fonts_json()
    {
        // The fuzz repro: line 8 ("table": […]) deleted.
        var lines = File.ReadAllLines(FontsJson).ToList();
        lines.RemoveAll(l => l.TrimStart().StartsWith("\"table\"", StringComparison.Ordinal));
        File.WriteAllLines(FontsJson, lines);

        var error = Assert.Single(RenderPdf(), d => d.IsError);

        Assert.Equal(("GRG6001", "templates/theme/fonts.json", 1, 1), (error.Id, error.Span.File, error.Span.Line, error.Span.Column));
        Assert.Contains("缺少角色 table", error.Message);
    }

    [Fact]
    public void Fonts_json_that_is_not_JSON_is_reported_at_the_slip_in_Chinese()
    {
        var lines = File.ReadAllLines(FontsJson);
        var heading = Array.FindIndex(lines, l => l.TrimStart().StartsWith("\"heading1\"", StringComparison.Ordinal));
        lines[heading] = lines[heading].Replace("[", "");
        File.WriteAllLines(FontsJson, lines);

        var error = Assert.Single(RenderPdf(), d => d.IsError);

        Assert.Equal(("GRG6001", "templates/theme/fonts.json", heading + 1), (error.Id, error.Span.File, error.Span.Line));
        Assert.Contains("不是合法的 JSON", error.Message);
        Assert.Null(FuzzRunner.LanguageProblem(error.Message));
    }

    [Fact]
    public void A_noncharacter_inside_a_family_name_is_one_finding_on_fonts_json_not_one_per_character()
    {
        // Found by the fuzz target in session 14: bytes EF BF BF (U+FFFF) spliced into "AR PL UMing CN" gave one
        // GRG6001 per character of the agency's name, quoting a family name that no longer named anything.
        var text = File.ReadAllText(FontsJson);
        var at = text.IndexOf("AR PL UMing CN", StringComparison.Ordinal);
        Assert.True(at >= 0, "the theme no longer names AR PL UMing CN");
        File.WriteAllText(FontsJson, text.Insert(at + "AR PL UMin".Length, "\uFFFF"));

        var error = Assert.Single(RenderPdf(), d => d.IsError);

        Assert.Equal(("GRG6001", "templates/theme/fonts.json"), (error.Id, error.Span.File));
        Assert.Contains("含无效字符 U+FFFF", error.Message);
        Assert.Null(FuzzRunner.LanguageProblem(error.Message));
    }

    [Fact]
    public void A_missing_fonts_json_is_reported_on_the_theme_folder()
    {
        File.Delete(FontsJson);

        var error = Assert.Single(RenderPdf(), d => d.IsError);

        Assert.Equal(("GRG6001", "templates/theme"), (error.Id, error.Span.File));
    }

    [Fact]
    public void A_missing_theme_folder_is_reported_on_the_templates_folder()
    {
        Directory.Delete(Path.GetDirectoryName(FontsJson)!, recursive: true);

        var error = Assert.Single(RenderPdf(), d => d.IsError);

        Assert.Equal(("GRG6001", "templates"), (error.Id, error.Span.File));
    }

    public void Dispose() => _ws.Dispose();
}

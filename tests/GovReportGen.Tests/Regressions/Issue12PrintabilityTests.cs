using GovReportGen.Cli;
using GovReportGen.Tests.EndToEnd;
using GovReportGen.Tests.Support;

namespace GovReportGen.Tests.Regressions;

/// <summary>
/// Issue 12, finding 2: characters no font of the chain can print (emoji, Hangul, U+2301, tag characters) passed
/// validate and failed only at render. Now validate names them at their data line, and render says the same.
/// </summary>
public sealed class Issue12PrintabilityTests : IDisposable
{
    private readonly TempFolder _temp = new("issue12-print");

    private static (int Exit, string Out, string Err) Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr, new DateOnly(2026, 3, 1));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Theory]
    [InlineData("\U0001F600", "U+1F600")]   // emoji
    [InlineData("\u0F00", "U+0F00")]         // Tibetan syllable om (Hangul is printable now: Noto CJK has it)
    [InlineData("\u2301", "U+2301")]         // electric arrow
    public void Validate_and_render_both_report_an_unprintable_character_at_its_line(string character, string code)
    {
        var data = _temp.Sub("data");
        TempFolder.CopyTree(Path.Combine(RepoPaths.Data, "agencies", "chaoyang-kjj"), Path.Combine(data, "agencies", "chaoyang-kjj"));
        var yearFile = Path.Combine(data, "agencies", "chaoyang-kjj", "2024.yaml");
        var lines = File.ReadAllLines(yearFile);
        var introLine = Array.FindIndex(lines, l => l.TrimStart().StartsWith("intro:", StringComparison.Ordinal));
        Assert.True(introLine >= 0);
        var column = lines[introLine].IndexOf('，') + 1;
        lines[introLine] = lines[introLine].Insert(column, character);
        File.WriteAllLines(yearFile, lines);
        var expectedAt = $"2024.yaml({introLine + 1},{column + 1})";

        var validate = Cli("validate", "--data", data, "--templates", RepoPaths.Templates);
        Assert.Equal(CliApp.ExitErrorsFound, validate.Exit);
        var fromValidate = Assert.Single(validate.Out.Split('\n'), l => l.Contains("GRG6001"));
        Assert.Contains(expectedAt, fromValidate);
        Assert.Contains(code, fromValidate);

        var render = Cli("render", "--data", data, "--templates", RepoPaths.Templates, "--out", _temp.Sub("out"), "--formats", "pdf");
        Assert.Equal(CliApp.ExitErrorsFound, render.Exit);
        var fromRender = Assert.Single(render.Out.Split('\n'), l => l.Contains("GRG6001"));
        Assert.Contains(expectedAt, fromRender);
        Assert.Contains(code, fromRender);
    }

    public void Dispose() => _temp.Dispose();
}

using GovReportGen.Cli;
using GovReportGen.Tests.PipelineTests;

namespace GovReportGen.Tests.Regressions;

/// <summary>
/// Issue 13, finding 5: validate did not look at templates, so CI's Validate step passed with a broken template and
/// Render printed the error once per agency; misspelt override folders and files were ignored silently.
/// </summary>
public sealed class Issue13ValidateTemplatesTests : IDisposable
{
    private readonly Workspace _ws = new("issue13-templates", copyTemplates: true);

    private (int Exit, string Out) Validate()
    {
        var stdout = new StringWriter();
        var exit = CliApp.Run(["validate", "--data", _ws.Data, "--templates", _ws.TemplatesDir], stdout, new StringWriter(), new DateOnly(2026, 3, 1));
        return (exit, stdout.ToString());
    }

    [Fact]
    public void A_broken_template_fails_validate_and_is_listed_once()
    {
        File.WriteAllText(_ws.Template("common/title.sbn"), "<h1>{{ report.yaer }}</h1>\n");
        var (exit, output) = Validate();
        Assert.Equal(CliApp.ExitErrorsFound, exit);
        var line = Assert.Single(output.Split('\n'), l => l.Contains("GRG4010"));
        Assert.Contains("common/title.sbn(1,", line);
    }

    [Fact]
    public void An_official_structure_violation_fails_validate()
    {
        var table3 = _ws.Template("common/table3.sbn");
        File.WriteAllText(table3, File.ReadAllText(table3).Replace("科研机构", "科研院所"));
        var (exit, output) = Validate();
        Assert.Equal(CliApp.ExitErrorsFound, exit);
        Assert.Contains(output.Split('\n'), l => l.Contains("GRG4009") && l.Contains("common/table3.sbn("));
    }

    [Fact]
    public void Overrides_that_override_nothing_are_warnings_with_a_did_you_mean()
    {
        Directory.CreateDirectory(_ws.Template("agencies/chaoyang-kj"));
        File.WriteAllText(_ws.Template("agencies/chaoyang-kj/overview.sbn"), "<h2>一、总体情况</h2>\n");
        Directory.CreateDirectory(_ws.Template("agencies/zhengzhou-erqi-kjj"));
        File.WriteAllText(_ws.Template("agencies/zhengzhou-erqi-kjj/overveiw.sbn"), "<h2>一、总体情况</h2>\n");

        var (exit, output) = Validate();

        Assert.Equal(CliApp.ExitOk, exit);
        var folder = Assert.Single(output.Split('\n'), l => l.Contains("GRG4013") && l.Contains("agencies/chaoyang-kj"));
        Assert.Contains("是否应为“chaoyang-kjj”", folder);
        var file = Assert.Single(output.Split('\n'), l => l.Contains("GRG4013") && l.Contains("overveiw.sbn"));
        Assert.Contains("是否应为“overview.sbn”", file);
    }

    public void Dispose() => _ws.Dispose();
}

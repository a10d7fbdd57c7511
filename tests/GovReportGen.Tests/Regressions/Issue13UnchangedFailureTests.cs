using GovReportGen.Cli;
using GovReportGen.Tests.PipelineTests;

namespace GovReportGen.Tests.Regressions;

/// <summary>Issue 13, finding 4: re-running after a template error printed 未变化，跳过 and exited 1 with no diagnostic.</summary>
public sealed class Issue13UnchangedFailureTests : IDisposable
{
    private readonly Workspace _ws = new("issue13-unchanged", copyTemplates: true);

    private (int Exit, string Out) Render()
    {
        var stdout = new StringWriter();
        var exit = CliApp.Run(["render", "--data", _ws.Data, "--templates", _ws.TemplatesDir, "--out", _ws.Out, "--formats", "html", "--agency", "chaoyang-kjj"],
            stdout, new StringWriter(), new DateOnly(2026, 3, 1));
        return (exit, stdout.ToString());
    }

    [Fact]
    public void An_unchanged_failed_report_prints_its_errors_again_and_keeps_failing()
    {
        File.WriteAllText(_ws.Template("common/title.sbn"), "<h1>{{ report.nosuch }}</h1>\n");
        var first = Render();
        Assert.Equal(1, first.Exit);
        var error = Assert.Single(first.Out.Split('\n'), l => l.Contains("GRG4010"));

        var second = Render();

        Assert.Equal(1, second.Exit);
        Assert.Contains(error, second.Out);
        Assert.Contains("未变化，仍有错误", second.Out);
    }

    public void Dispose() => _ws.Dispose();
}

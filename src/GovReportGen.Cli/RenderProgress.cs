using GovReportGen.Diagnostics;
using GovReportGen.Pipeline;
using Spectre.Console;

namespace GovReportGen.Cli;

/// <summary>
/// How a render run reports itself: a live progress bar on a terminal; plain lines, one per report,
/// when output is redirected or under CI (where a bar would be noise); a closing summary table either way.
/// </summary>
public sealed class RenderProgress
{
    private readonly TextWriter _stdout;
    private readonly CiService _ci;
    private readonly bool _interactive;
    private readonly IAnsiConsole _console;

    private RenderProgress(TextWriter stdout, CiService ci, bool interactive)
    {
        _stdout = stdout;
        _ci = ci;
        _interactive = interactive;
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Yes : InteractionSupport.No,
        });
    }

    public static RenderProgress For(TextWriter stdout, CiService ci)
    {
        var interactive = ci == CiService.None && ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
        return new RenderProgress(stdout, ci, interactive);
    }

    public RenderSummary Run(RenderOptions options)
    {
        if (!_interactive)
        {
            var done = 0;
            return RenderRun.Execute(options, (entry, outcome) =>
            {
                lock (_stdout)
                {
                    done++;
                    WriteDiagnostics(entry, outcome);
                    _stdout.WriteLine($"[{done}] {entry.Year} {entry.Agency}：{Describe(entry, outcome)}");
                }
            });
        }

        // On a terminal diagnostics would tear the bar apart: collect them and print them after it.
        var finished = new List<(ManifestEntry Entry, ReportOutcome Outcome)>();
        RenderSummary summary = null!;
        _console.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(ctx =>
            {
                var task = ctx.AddTask("生成报告", maxValue: Math.Max(1, RenderRun.CountReports(options)));
                summary = RenderRun.Execute(options, (entry, outcome) =>
                {
                    lock (finished) finished.Add((entry, outcome));
                    task.Increment(1);
                });
                task.Value = task.MaxValue;
            });
        foreach (var (entry, outcome) in finished.OrderBy(f => f.Entry.Year).ThenBy(f => f.Entry.Agency, StringComparer.Ordinal))
            WriteDiagnostics(entry, outcome);
        return summary;
    }

    private void WriteDiagnostics(ManifestEntry entry, ReportOutcome outcome)
    {
        // Unchanged reports keep their findings in the manifest; repeating them every run would hide new ones.
        if (outcome == ReportOutcome.Unchanged) return;
        foreach (var d in entry.Diagnostics)
        {
            _stdout.WriteLine(d.ToString());
            if (_ci == CiService.GitHubActions) _stdout.WriteLine(DiagnosticFormatter.ToGitHubAnnotation(d));
            else if (_ci == CiService.Generic) _stdout.WriteLine(DiagnosticFormatter.ToMsBuild(d));
        }
    }

    private static string Describe(ManifestEntry entry, ReportOutcome outcome) => outcome switch
    {
        ReportOutcome.Unchanged => "未变化，跳过",
        ReportOutcome.Failed => "有错误，未生成",
        _ => (entry.Status == ReportStatus.Warnings ? "已生成（有警告）：" : "已生成：") + string.Join("、", entry.Files.Values),
    };

    public void WriteSummary(RenderSummary summary, TimeSpan elapsed, RenderOptions options)
    {
        var rendered = summary.Reports.Count - summary.Unchanged - summary.WithErrors;
        var perSecond = elapsed.TotalSeconds > 0 ? summary.Reports.Count / elapsed.TotalSeconds : 0;
        var table = new Table().AddColumn("项目").AddColumn(new TableColumn("数量").RightAligned());
        table.AddRow("报告总数", summary.Reports.Count.ToString());
        table.AddRow("本次生成", Math.Max(0, rendered).ToString());
        table.AddRow("未变化跳过", summary.Unchanged.ToString());
        table.AddRow("有警告", summary.WithWarnings.ToString());
        table.AddRow("有错误（未生成）", summary.WithErrors.ToString());
        table.AddRow("用时（秒）", elapsed.TotalSeconds.ToString("0.00"));
        table.AddRow("每秒报告数", perSecond.ToString("0.0"));
        _console.Write(table);
        _stdout.WriteLine($"生成完成：输出目录 {options.OutDir}{(options.Shard.Count > 1 ? $"（分片 {options.Shard}）" : "")}");
    }
}

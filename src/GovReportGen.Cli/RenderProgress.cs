using GovReportGen.Diagnostics;
using GovReportGen.Pipeline;
using Spectre.Console;

namespace GovReportGen.Cli;

/// <summary>
/// How a render run reports itself: a live progress bar and a summary table on a terminal; plain lines, one per
/// report, and a one-line summary when output is redirected or under CI, where a bar or box-drawing would be noise.
/// </summary>
public sealed class RenderProgress
{
    private readonly TextWriter _stdout;
    private readonly ConsoleEnvironment _console;
    private readonly DiagnosticPrinter _printer;
    private readonly Func<Diagnostic, bool> _shouldPrint;
    private readonly bool _live;
    private readonly IAnsiConsole _ansi;

    /// <param name="shouldPrint">Which diagnostics this run prints (all, or only those validate cannot know).</param>
    public RenderProgress(TextWriter stdout, ConsoleEnvironment console, DiagnosticPrinter printer, Func<Diagnostic, bool> shouldPrint)
    {
        _stdout = stdout;
        _console = console;
        _printer = printer;
        _shouldPrint = shouldPrint;
        // --quiet wants errors and the summary only: no bar either.
        _live = console.LiveProgress && !printer.Quiet;
        _ansi = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(stdout),
            Ansi = console.StdoutIsTerminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = console.ColourOnStdout ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = _live ? InteractionSupport.Yes : InteractionSupport.No,
        });
    }

    public RenderSummary Run(RenderOptions options)
    {
        if (!_live)
        {
            var done = 0;
            return RenderRun.Execute(options, (entry, outcome) =>
            {
                lock (_stdout)
                {
                    done++;
                    WriteDiagnostics(entry, outcome);
                    if (!_printer.Quiet || outcome == ReportOutcome.Failed)
                        _stdout.WriteLine($"[{done}] {entry.Year} {entry.Agency}：{Describe(entry, outcome)}");
                }
            });
        }

        // On a terminal diagnostics would tear the bar apart: collect them and print them after it.
        var finished = new List<(ManifestEntry Entry, ReportOutcome Outcome)>();
        RenderSummary summary = null!;
        _ansi.Progress()
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

    /// <summary>Diagnostics of the whole run that belong to no report (a folder without agency.yaml, say).</summary>
    public void WriteOther(IEnumerable<Diagnostic> other)
    {
        foreach (var d in other.Where(_shouldPrint)) _printer.Write(d);
    }

    private void WriteDiagnostics(ManifestEntry entry, ReportOutcome outcome)
    {
        // Unchanged reports keep their warnings in the manifest; repeating them every run would hide new ones. An
        // unchanged report that failed is still failing: its errors are printed again (kept in the cache), or the
        // run would exit 1 saying nothing.
        var shown = outcome == ReportOutcome.Unchanged
            ? entry.Status == ReportStatus.Error ? entry.Diagnostics.Where(d => d.IsError) : Enumerable.Empty<Diagnostic>()
            : entry.Diagnostics;
        foreach (var d in shown.Where(_shouldPrint)) _printer.Write(d);
    }

    private string Describe(ManifestEntry entry, ReportOutcome outcome) => outcome switch
    {
        ReportOutcome.Unchanged when entry.Status == ReportStatus.Error => Ansi.Style("未变化，仍有错误，未生成", Ansi.Bold + Ansi.Red, _console.ColourOnStdout),
        ReportOutcome.Unchanged => "未变化，跳过",
        ReportOutcome.Failed => Ansi.Style("有错误，未生成", Ansi.Bold + Ansi.Red, _console.ColourOnStdout),
        _ => (entry.Status == ReportStatus.Warnings ? "已生成（有警告）：" : "已生成：") + string.Join("、", entry.Files.Values),
    };

    public void WriteSummary(RenderSummary summary, TimeSpan elapsed, RenderOptions options)
    {
        var rendered = Math.Max(0, summary.Reports.Count - summary.Unchanged - summary.WithErrors);
        var perSecond = elapsed.TotalSeconds > 0 ? summary.Reports.Count / elapsed.TotalSeconds : 0;
        var rows = new (string Item, string Count)[]
        {
            ("报告总数", summary.Reports.Count.ToString()),
            ("本次生成", rendered.ToString()),
            ("未变化跳过", summary.Unchanged.ToString()),
            ("有警告", summary.WithWarnings.ToString()),
            ("有错误（未生成）", summary.WithErrors.ToString()),
            ("用时（秒）", elapsed.TotalSeconds.ToString("0.00")),
            ("每秒报告数", perSecond.ToString("0.0")),
        };
        if (_console.StdoutIsTerminal && _console.Ci == CiService.None)
        {
            var table = new Table().AddColumn("项目").AddColumn(new TableColumn("数量").RightAligned());
            foreach (var (item, count) in rows) table.AddRow(Markup.Escape(item), count);
            _ansi.Write(table);
        }
        else
        {
            // A log keeps one plain line: no box-drawing, no escape codes, easy to grep.
            _stdout.WriteLine("生成统计：" + string.Join("，", rows.Select(r => $"{r.Item} {r.Count}")));
        }
        var shard = options.Shard.Count > 1 ? $"（分片 {options.Shard}）" : "";
        _printer.WriteSummary($"生成完成：输出目录 {options.OutDir}{shard}", summary.WithErrors, summary.WithWarnings);
    }
}

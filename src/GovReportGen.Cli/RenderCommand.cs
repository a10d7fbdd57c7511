using System.CommandLine;
using System.Diagnostics;
using GovReportGen.Diagnostics;
using GovReportGen.Pipeline;
using GovReportGen.Validation;
using GovReportGen.Writers;

namespace GovReportGen.Cli;

/// <summary><c>govreport render</c>: validate, then render every report without errors; manifest and site index.</summary>
public static class RenderCommand
{
    /// <summary>
    /// What only rendering can find: a template that fails or breaks the official structure, a format that
    /// cannot be written. Everything else comes from validation, which <c>validate</c> has already printed.
    /// </summary>
    public static readonly IReadOnlySet<string> RenderOnlyDiagnosticIds = new HashSet<string>(StringComparer.Ordinal) { "GRG6001" };

    public static Command Create(TextWriter stdout, TextWriter stderr, DateOnly today, ConsoleEnvironment console)
    {
        var data = ValidateCommand.DataOption();
        var agency = ValidateCommand.AgencyOption();
        var year = ValidateCommand.YearOption();
        var templates = new Option<string>("--templates") { Description = "模板目录", HelpName = "目录", DefaultValueFactory = _ => "./templates" };
        var output = new Option<string>("--out") { Description = "输出目录", HelpName = "目录", DefaultValueFactory = _ => "artifacts" };
        var formats = new Option<string>("--formats") { Description = $"输出格式，逗号分隔：{string.Join(",", WriterRegistry.Names)}（默认全部可用格式）", HelpName = "格式" };
        var force = new Option<bool>("--force") { Description = "全部重新生成（默认跳过输入未变化的报告）" };
        var shard = new Option<string?>("--shard") { Description = "多机分片：只生成第 K 片（共 N 片），格式 K/N；各片输出再用 merge-manifests 合并", HelpName = "K/N" };
        var jobs = new Option<int>("--jobs") { Description = "同时生成的报告数（默认为 CPU 核数）", HelpName = "数量", DefaultValueFactory = _ => Environment.ProcessorCount };
        var quiet = ValidateCommand.QuietOption("只打印错误、未生成的报告和最后的汇总（不打印警告和逐份进度）");
        var afterValidate = new Option<bool>("--after-validate")
        {
            Description = "本次构建已运行过 validate（如 Cake 主任务）：数据问题不再重复打印，只打印模板和输出格式的问题（GRG4009、GRG4010、GRG6001）",
        };
        var command = new Command("render", "校验并生成报告：每个机关每个年度生成 HTML/DOCX/PDF，以及站点索引和 manifest.json")
        {
            data, templates, output, agency, year, formats, force, shard, jobs, quiet, afterValidate,
        };
        command.SetAction(parse =>
        {
            var dataDir = parse.GetValue(data)!;
            var templatesDir = parse.GetValue(templates)!;
            if (!Directory.Exists(Path.Combine(dataDir, "agencies")))
            {
                stderr.WriteLine($"找不到数据目录“{Path.Combine(dataDir, "agencies")}”：请用 --data 指定含 agencies/ 的目录");
                return CliApp.ExitUsage;
            }
            if (!Directory.Exists(templatesDir))
            {
                stderr.WriteLine($"找不到模板目录“{templatesDir}”：请用 --templates 指定");
                return CliApp.ExitUsage;
            }
            if (Selection.Problem(dataDir, parse.GetValue(agency), parse.GetValue(year)) is { } selection)
            {
                stderr.WriteLine(selection);
                return CliApp.ExitUsage;
            }
            var chosen = ChooseFormats(parse.GetValue(formats), stderr);
            if (chosen is null) return CliApp.ExitUsage;
            var part = Shard.All;
            if (parse.GetValue(shard) is { } shardText)
            {
                if (Shard.Parse(shardText, out var error) is not { } parsed)
                {
                    stderr.WriteLine(error);
                    return CliApp.ExitUsage;
                }
                part = parsed;
            }
            if (parse.GetValue(jobs) < 1)
            {
                stderr.WriteLine("--jobs 至少为 1");
                return CliApp.ExitUsage;
            }

            var options = new RenderOptions(dataDir, templatesDir, parse.GetValue(output)!, chosen, today,
                new ValidationFilter(parse.GetValue(agency), parse.GetValue(year)))
            {
                Force = parse.GetValue(force),
                Shard = part,
                Parallelism = parse.GetValue(jobs),
            };
            var clock = Stopwatch.StartNew();
            // validate has printed the data, template and font findings; what is left is a writer that failed.
            Func<Diagnostic, bool> shouldPrint = parse.GetValue(afterValidate)
                ? d => RenderOnlyDiagnosticIds.Contains(d.Id) && !GovReportGen.Pipeline.PrintabilityCheck.IsFinding(d)
                : _ => true;
            var progress = new RenderProgress(stdout, console, new DiagnosticPrinter(stdout, console, parse.GetValue(quiet)), shouldPrint);
            RenderSummary summary;
            try
            {
                using (GovReportGen.Diagnostics.StageClock.Measure("render run"))
                    summary = progress.Run(options);
            }
            catch (OutputFolderException e)
            {
                stderr.WriteLine(e.Message);
                return CliApp.ExitUsage;
            }
            progress.WriteOther(summary.Other);
            progress.WriteSummary(summary, clock.Elapsed, options);
            return summary.HasErrors ? CliApp.ExitErrorsFound : CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>The formats asked for, in the order given (default: every format the registry has); null after a usage error.</summary>
    private static IReadOnlyList<string>? ChooseFormats(string? formats, TextWriter stderr)
    {
        if (string.IsNullOrWhiteSpace(formats)) return WriterRegistry.Names;
        var chosen = new List<string>();
        foreach (var name in formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct())
        {
            if (WriterRegistry.Find(name) is null)
            {
                stderr.WriteLine($"未知的输出格式“{name}”：可用 {string.Join("、", WriterRegistry.Names)}");
                return null;
            }
            chosen.Add(name);
        }
        return chosen;
    }
}

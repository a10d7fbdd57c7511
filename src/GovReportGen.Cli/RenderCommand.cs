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
    public static Command Create(TextWriter stdout, TextWriter stderr, DateOnly today)
    {
        var data = ValidateCommand.DataOption();
        var agency = ValidateCommand.AgencyOption();
        var year = ValidateCommand.YearOption();
        var templates = new Option<string>("--templates") { Description = "模板目录", DefaultValueFactory = _ => "./templates" };
        var output = new Option<string>("--out") { Description = "输出目录", DefaultValueFactory = _ => "artifacts" };
        var formats = new Option<string>("--formats") { Description = "输出格式，逗号分隔：html,docx,pdf（默认全部可用格式）" };
        var command = new Command("render", "校验并生成报告：每个机关每个年度生成 HTML/DOCX/PDF，以及站点索引和 manifest.json")
        {
            data, templates, output, agency, year, formats,
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
            var writers = ChooseWriters(parse.GetValue(formats), stderr);
            if (writers is null) return CliApp.ExitUsage;

            var ci = DiagnosticFormatter.DetectCi(Environment.GetEnvironmentVariable);
            var clock = Stopwatch.StartNew();
            var options = new RenderOptions(dataDir, templatesDir, parse.GetValue(output)!, writers, today,
                new ValidationFilter(parse.GetValue(agency), parse.GetValue(year)));
            var summary = RenderRun.Execute(options, entry =>
            {
                foreach (var d in entry.Diagnostics)
                {
                    stdout.WriteLine(d.ToString());
                    if (ci == CiService.GitHubActions) stdout.WriteLine(DiagnosticFormatter.ToGitHubAnnotation(d));
                    else if (ci == CiService.Generic) stdout.WriteLine(DiagnosticFormatter.ToMsBuild(d));
                }
                var files = entry.Files.Count == 0 ? "未生成" : string.Join("、", entry.Files.Values);
                stdout.WriteLine($"{entry.Year} {entry.Agency}：{StatusText(entry.Status)}，{files}");
            });
            foreach (var d in summary.Other) stdout.WriteLine(d.ToString());
            stdout.WriteLine($"生成完成：{summary.Reports.Count} 份报告，已生成 {summary.Rendered} 份（其中有警告 {summary.WithWarnings} 份），有错误未生成 {summary.WithErrors} 份，用时 {clock.Elapsed.TotalSeconds:0.00} 秒；输出目录 {options.OutDir}");
            return summary.HasErrors ? CliApp.ExitErrorsFound : CliApp.ExitOk;
        });
        return command;
    }

    private static string StatusText(string status) => status switch { "error" => "有错误", "warnings" => "有警告", _ => "通过" };

    private static IReadOnlyList<IReportWriter>? ChooseWriters(string? formats, TextWriter stderr)
    {
        if (string.IsNullOrWhiteSpace(formats)) return WriterRegistry.Available;
        var writers = new List<IReportWriter>();
        foreach (var name in formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct())
        {
            if (!WriterRegistry.KnownFormats.Contains(name))
            {
                stderr.WriteLine($"未知的输出格式“{name}”：可用 {string.Join("、", WriterRegistry.KnownFormats)}");
                return null;
            }
            var writer = WriterRegistry.Find(name);
            if (writer is null)
            {
                stderr.WriteLine($"输出格式“{name}”在此版本中尚未实现；可用：{string.Join("、", WriterRegistry.Available.Select(w => w.Format))}");
                return null;
            }
            writers.Add(writer);
        }
        return writers;
    }
}

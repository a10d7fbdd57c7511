using System.CommandLine;
using GovReportGen.Pipeline;
using GovReportGen.Summary;

namespace GovReportGen.Cli;

/// <summary>
/// <c>govreport summary</c>: the region's summary (汇总) of one year as HTML and DOCX; exit 0 when written, 1 when a
/// report was left out for its errors or the parent_id links are broken, 2 for usage or output-folder problems.
/// </summary>
public static class SummaryCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, DateOnly today, ConsoleEnvironment console)
    {
        var year = new Option<int>("--year") { Description = "汇总的报告年度（四位年份，如 2024）", HelpName = "年度", Required = true };
        var parent = new Option<string?>("--parent")
        {
            Description = "只汇总上级机关链（agency.yaml 的 parent_id）通向此机关的各机关（不含它本身）",
            HelpName = "机关标识",
        };
        var data = ValidateCommand.DataOption();
        var templates = new Option<string>("--templates") { Description = "模板目录（用其中 theme/ 的版式和字体）", HelpName = "目录", DefaultValueFactory = _ => "./templates" };
        var output = new Option<string>("--out")
        {
            Description = $"输出目录（与 render 共用，默认 artifacts）；汇总写在其下 {SummaryRun.FolderName}/<年度>/",
            HelpName = "目录",
            DefaultValueFactory = _ => "artifacts",
        };
        var formats = new Option<string>("--formats") { Description = $"输出格式，逗号分隔：{string.Join(",", SummaryRun.OutputFormats)}（默认全部）", HelpName = "格式" };
        var force = new Option<bool>("--force") { Description = "输出目录非空且不是 GovReportGen 的输出目录时，仍写入（接管该目录）" };
        var command = new Command("summary", "汇总：把某年度各机关（或某上级机关所属各机关）报告的表二、表三、表四逐格相加，并列出各机关主要数据和缺少的报告，生成 HTML/DOCX")
        {
            year, parent, data, templates, output, formats, force,
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
            if (ChooseFormats(parse.GetValue(formats), stderr) is not { } chosen) return CliApp.ExitUsage;

            var options = new SummaryOptions(dataDir, templatesDir, parse.GetValue(output)!, parse.GetValue(year), chosen, today, parse.GetValue(parent))
            {
                Force = parse.GetValue(force),
            };
            SummaryResult result;
            try
            {
                result = SummaryRun.Execute(options);
            }
            catch (OutputFolderException e)
            {
                stderr.WriteLine(e.Message);
                return CliApp.ExitUsage;
            }

            var printer = new DiagnosticPrinter(stdout, console, quiet: false);
            switch (result.Status)
            {
                case SummaryStatus.UsageError:
                    stderr.WriteLine(result.Problem);
                    return CliApp.ExitUsage;
                case SummaryStatus.HierarchyErrors:
                    foreach (var d in result.Diagnostics) printer.Write(d);
                    printer.WriteSummary($"上级机关关系（parent_id）有 {result.Diagnostics.Count} 个错误，无法确定“{options.ParentId}”所属的机关，未生成汇总", result.Diagnostics.Count, 0);
                    return CliApp.ExitErrorsFound;
            }

            foreach (var d in result.Diagnostics) printer.Write(d);
            var s = result.Summary!;
            var title = s.ParentName is null ? s.TitleLine : $"{s.ParentName} {s.TitleLine}";
            var formatsUsed = s.Formats.Count == 0 ? "" : $"（表格格式 {string.Join("、", s.Formats.Select(f => f.Format.Id))}）";
            stdout.WriteLine($"{title}：纳入 {s.IncludedCount} 份报告{formatsUsed}，未纳入 {s.Excluded.Count} 份，缺少本年度报告的机关 {s.Missing.Count} 个");
            foreach (var e in s.Excluded)
                stdout.WriteLine($"  未纳入：{e.AgencyId} {e.Label}（{e.Errors.Count} 个错误{(e.ScopeUnknown ? "；agency.yaml 有错误，无法确定是否属于该上级机关" : "")}）");
            foreach (var m in s.Missing)
                stdout.WriteLine($"  缺少本年度报告：{m.AgencyId} {m.Label}（{(m.Years.Count == 0 ? "尚无任何年度的报告" : "已有年度：" + string.Join("、", m.Years))}）");
            var t = s.Total;
            stdout.WriteLine($"合计：本年新收 {t.NewRequests} 件，本年办结 {t.Concluded} 件，结转下年度 {t.CarriedForward} 件；行政复议 {t.Reconsideration} 件，行政诉讼 {t.Litigation} 件");
            foreach (var file in result.Files) stdout.WriteLine($"已生成：{Path.Combine(options.OutDir, file)}");
            return s.Excluded.Count > 0 ? CliApp.ExitErrorsFound : CliApp.ExitOk;
        });
        return command;
    }

    /// <summary>The formats asked for, in the order given (default: html and docx); null after a usage error.</summary>
    private static IReadOnlyList<string>? ChooseFormats(string? formats, TextWriter stderr)
    {
        if (string.IsNullOrWhiteSpace(formats)) return SummaryRun.OutputFormats;
        var chosen = new List<string>();
        foreach (var name in formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct())
        {
            if (!SummaryRun.OutputFormats.Contains(name, StringComparer.Ordinal))
            {
                stderr.WriteLine($"汇总不支持输出格式“{name}”：可用 {string.Join("、", SummaryRun.OutputFormats)}");
                return null;
            }
            chosen.Add(name);
        }
        return chosen.Count == 0 ? SummaryRun.OutputFormats : chosen;
    }
}

using System.CommandLine;
using GovReportGen.Import;

namespace GovReportGen.Cli;

/// <summary>
/// <c>govreport import</c>: reads published reports (PDF, DOCX, HTML) into year files, prints the import report and
/// what validate says of the result; exit 0 when every file was imported without errors, 1 when errors were found
/// (in the source or in validation), 2 for usage problems.
/// </summary>
public static class ImportCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, DateOnly today, ConsoleEnvironment console)
    {
        var files = new Argument<string[]>("文件") { Description = "要导入的已发布报告（.pdf、.docx、.html）或 govreport form 生成的填报表（.xlsx），可多个", Arity = ArgumentArity.OneOrMore };
        var data = ValidateCommand.DataOption();
        var agency = new Option<string?>("--agency") { Description = "写入此机关标识的文件夹（文件名为“<机关标识>-<年度>”或导入填报表时可省略）", HelpName = "机关标识" };
        var year = ValidateCommand.YearOption();
        year.Description = "报告年度（默认取原文标题中的年度）";
        var dryRun = new Option<bool>("--dry-run") { Description = "只读取和校验，不写文件" };
        var force = new Option<bool>("--force") { Description = "覆盖已存在的年度文件" };
        var format = new Option<string>("--format") { Description = "导入报告的输出格式：text 或 json", HelpName = "text|json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("import", "导入已发布的年度报告（PDF、DOCX、HTML）或填好的填报表（XLSX）：按官方表格标签识别每个单元格，写成年度数据文件并校验")
        {
            files, data, agency, year, dryRun, force, format,
        };
        command.SetAction(parse =>
        {
            var dataDir = parse.GetValue(data)!;
            if (!Directory.Exists(Path.Combine(dataDir, "agencies")))
            {
                stderr.WriteLine($"找不到数据目录“{Path.Combine(dataDir, "agencies")}”：请用 --data 指定含 agencies/ 的目录");
                return CliApp.ExitUsage;
            }
            var paths = parse.GetValue(files)!;
            if (paths.FirstOrDefault(p => !File.Exists(p)) is { } missing)
            {
                stderr.WriteLine($"找不到要导入的文件“{missing}”");
                return CliApp.ExitUsage;
            }
            if (paths.Length > 1 && parse.GetValue(agency) is not null && parse.GetValue(year) is null)
            {
                stderr.WriteLine("多个文件指定同一 --agency 时，每个文件的年度取自其标题；同一年度的文件只会写入第一个");
            }
            var options = new ImportOptions(paths, dataDir, parse.GetValue(agency), parse.GetValue(year), parse.GetValue(dryRun), parse.GetValue(force));
            var results = ImportRun.Run(options, today);
            if (parse.GetValue(format) == "json")
            {
                using var stream = new MemoryStream();
                ImportReport.WriteJson(results, stream);
                stdout.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            }
            else
            {
                var printer = new DiagnosticPrinter(stdout, console, quiet: false);
                foreach (var f in results)
                {
                    stdout.WriteLine(ImportReport.Heading(f));
                    foreach (var finding in f.Findings) stdout.WriteLine("  " + ImportReport.Line(f.File, finding));
                    stdout.WriteLine("  " + ImportReport.Outcome(f));
                    if (f.Written || options.DryRun)
                    {
                        stdout.WriteLine(f.Validation.Count == 0 ? "  校验：没有发现问题" : $"  校验：{f.Validation.Count(d => d.IsError)} 个错误，{f.Validation.Count(d => !d.IsError)} 个警告");
                        foreach (var d in f.Validation) printer.Write(d);
                    }
                }
                var errors = results.Sum(f => f.ErrorCount);
                printer.WriteSummary(ImportReport.Summary(results), errors, results.Sum(f => f.WarningCount));
            }
            return results.Any(f => f.ErrorCount > 0) ? CliApp.ExitErrorsFound : CliApp.ExitOk;
        });
        return command;
    }
}

using GovReportGen.Formats;
using System.CommandLine;
using GovReportGen.Data;
using GovReportGen.Diagnostics;
using GovReportGen.Validation;

namespace GovReportGen.Cli;

/// <summary><c>govreport validate</c>: load and check, print diagnostics and a summary; exit 0/1/2.</summary>
public static class ValidateCommand
{
    public static Option<string> DataOption() => new("--data") { Description = "数据目录（其下为 agencies/）", HelpName = "目录", DefaultValueFactory = _ => "./data" };
    public static Option<string?> AgencyOption() => new("--agency") { Description = "只处理此机关标识", HelpName = "机关标识" };
    public static Option<int?> YearOption() => new("--year") { Description = "只处理此年度", HelpName = "年度" };
    public static Option<bool> QuietOption(string description = "只打印错误和最后的汇总（不打印警告）") => new("--quiet", "-q") { Description = description };

    public static Command Create(TextWriter stdout, TextWriter stderr, DateOnly today, ConsoleEnvironment console)
    {
        var data = DataOption();
        var agency = AgencyOption();
        var year = YearOption();
        var format = new Option<string>("--format") { Description = "输出格式：text 或 json", HelpName = "text|json", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var templates = new Option<string>("--templates") { Description = "模板目录（检查 PDF 字体能否显示数据中的每个字符）", DefaultValueFactory = _ => "./templates" };
        var quiet = QuietOption();
        var command = new Command("validate", "校验数据：加载全部机关和年度数据，按规则检查并列出问题") { data, agency, year, format, templates, quiet };
        command.SetAction(parse =>
        {
            var dataDir = parse.GetValue(data)!;
            if (!Directory.Exists(Path.Combine(dataDir, "agencies")))
            {
                stderr.WriteLine($"找不到数据目录“{Path.Combine(dataDir, "agencies")}”：请用 --data 指定含 agencies/ 的目录");
                return CliApp.ExitUsage;
            }
            if (Selection.Problem(dataDir, parse.GetValue(agency), parse.GetValue(year)) is { } selection)
            {
                stderr.WriteLine(selection);
                return CliApp.ExitUsage;
            }
            var dataSet = FormatRegistry.Loader.LoadAll(dataDir);
            var filter = new ValidationFilter(parse.GetValue(agency), parse.GetValue(year));
            var result = FormatRegistry.Validator.Validate(dataSet, today, filter);
            // Rules see one report at a time; what needs several agencies (parent_id links, covers_children) runs here.
            result = GovReportGen.Hierarchy.HierarchyCheck.Add(result, dataSet, filter);
            // What render would refuse because no PDF font has a character is a fault of the data: report it here.
            if (Directory.Exists(parse.GetValue(templates)))
            {
                if (GovReportGen.Pipeline.PrintabilityOfValidation.TryFonts(parse.GetValue(templates)!, out var fontProblem) is { } fonts)
                    result = GovReportGen.Pipeline.PrintabilityOfValidation.Add(result, dataSet, fonts);
                else
                    stderr.WriteLine($"未检查 PDF 字体能否显示数据中的字符：{fontProblem}");
                // Templates too: a broken template or official-structure violation fails validate, listed once.
                result = GovReportGen.Pipeline.TemplateCheck.Add(result, dataSet, parse.GetValue(templates)!, null);
            }
            if (parse.GetValue(format) == "json") WriteJson(result, stdout);
            else WriteText(result, new DiagnosticPrinter(stdout, console, parse.GetValue(quiet)));
            return result.ErrorCount > 0 ? CliApp.ExitErrorsFound : CliApp.ExitOk;
        });
        return command;
    }

    public static void WriteText(ValidationResult result, DiagnosticPrinter printer)
    {
        foreach (var d in result.AllDiagnostics) printer.Write(d);
        // Said even with --quiet: a clean-looking summary must not hide that some checks never ran.
        var skipped = result.WithSkippedChecks.ToList();
        foreach (var r in skipped)
        foreach (var reason in r.Skipped)
            printer.WriteNote($"{r.File}: 未核对：{reason}");
        var skippedText = skipped.Count > 0 ? $"；{skipped.Count} 份报告有核对未能运行（见上方“未核对”）" : "";
        printer.WriteSummary($"校验完成：{result.AgencyCount} 个机关，{result.Reports.Count} 份报告，{result.ErrorCount} 个错误，{result.WarningCount} 个警告{skippedText}",
            result.ErrorCount, result.WarningCount);
    }

    /// <summary>The version of the JSON <see cref="WriteJson"/> writes (docs/schemas/validate-output.schema.json).</summary>
    public const int JsonSchemaVersion = 1;

    /// <summary>
    /// The JSON contract of <c>validate --format json</c> (docs/schemas/validate-output.schema.json): every report
    /// with its format (null when the file did not load), status and diagnostics; <c>folderDiagnostics</c> holds
    /// the findings that belong to no report (an agency folder with a bad name, or without agency.yaml and year files).
    /// </summary>
    public static void WriteJson(ValidationResult result, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var w = DiagnosticFormatter.CreateJsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", JsonSchemaVersion);
            w.WriteStartArray("reports");
            foreach (var r in result.Reports)
            {
                w.WriteStartObject();
                w.WriteString("agency", r.AgencyId);
                w.WriteNumber("year", r.Year);
                w.WriteString("file", r.File);
                if (r.Loaded.Data is { } d) w.WriteString("format", d.Format.Id);
                else w.WriteNull("format");
                w.WriteString("status", ReportStatuses.Of(r.Diagnostics).ToManifestText());
                w.WriteStartArray("diagnostics");
                foreach (var diag in r.Diagnostics) DiagnosticFormatter.WriteJsonObject(w, diag);
                w.WriteEndArray();
                w.WriteStartArray("skipped");
                foreach (var reason in r.Skipped) w.WriteStringValue(reason);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("folderDiagnostics");
            foreach (var diag in result.Other) DiagnosticFormatter.WriteJsonObject(w, diag);
            w.WriteEndArray();
            w.WriteStartObject("summary");
            w.WriteNumber("agencies", result.AgencyCount);
            w.WriteNumber("reports", result.Reports.Count);
            w.WriteNumber("errors", result.ErrorCount);
            w.WriteNumber("warnings", result.WarningCount);
            w.WriteNumber("reportsWithSkippedChecks", result.WithSkippedChecks.Count());
            w.WriteEndObject();
            w.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}

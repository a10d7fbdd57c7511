using System.CommandLine;
using GovReportGen.Form;

namespace GovReportGen.Cli;

/// <summary>
/// <c>govreport form</c>: writes the spreadsheet form (.xlsx) an agency fills in Excel or WPS for one year's figures and
/// text, read back by <c>govreport import</c>; exit 0, or 2 when refused (no agency, file exists without --force).
/// </summary>
public static class FormCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var agency = new Option<string>("--agency") { Description = "机关标识（agencies/ 下的文件夹名，如 zaozhuang-shizhong-kjj）", HelpName = "机关标识", Required = true };
        var year = new Option<int>("--year") { Description = "报告年度（四位年份，如 2025）", HelpName = "年度", Required = true };
        var data = ValidateCommand.DataOption();
        var output = new Option<string?>("--out") { Description = "填报表的文件名（默认为当前目录下的“<机关标识>-<年度>-form.xlsx”）", HelpName = "文件" };
        var force = new Option<bool>("--force") { Description = "覆盖已存在的填报表" };
        var command = new Command("form", "生成供机关在 Excel 或 WPS 中填写的填报表（.xlsx）：表二、表三、表四和正文，含总计公式、勾稽检查和上年结转数字；填好后用 govreport import 导入")
        {
            agency, year, data, output, force,
        };
        command.SetAction(parse =>
        {
            var outcome = FormCreator.Create(parse.GetValue(data)!, parse.GetValue(agency)!, parse.GetValue(year), parse.GetValue(output), parse.GetValue(force));
            if (!outcome.Created)
            {
                stderr.WriteLine(outcome.Message);
                return CliApp.ExitUsage;
            }
            foreach (var warning in outcome.Warnings) stderr.WriteLine(warning);
            stdout.WriteLine(outcome.Message);
            return CliApp.ExitOk;
        });
        return command;
    }
}

using System.CommandLine;
using GovReportGen.Authoring;

namespace GovReportGen.Cli;

/// <summary><c>govreport new</c>: writes a skeleton year file generated from the format's schema; exit 0, or 2 when refused.</summary>
public static class NewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var agency = new Option<string>("--agency") { Description = "机关标识（agencies/ 下的文件夹名，如 zaozhuang-shizhong-kjj）", HelpName = "机关标识", Required = true };
        var year = new Option<int>("--year") { Description = "报告年度（四位年份，如 2025）", HelpName = "年度", Required = true };
        var data = ValidateCommand.DataOption();
        var command = new Command("new", "为机关新建某年度的数据文件骨架（按年度选用表格格式，结转上年数据）") { agency, year, data };
        command.SetAction(parse =>
        {
            var outcome = SkeletonCreator.Create(parse.GetValue(data)!, parse.GetValue(agency)!, parse.GetValue(year));
            if (!outcome.Created)
            {
                stderr.WriteLine(outcome.Message);
                foreach (var line in outcome.Details) stderr.WriteLine(line);
                return CliApp.ExitUsage;
            }
            foreach (var warning in outcome.Warnings) stderr.WriteLine(warning);
            stdout.WriteLine(outcome.Message);
            return CliApp.ExitOk;
        });
        return command;
    }
}

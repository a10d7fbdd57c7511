using System.CommandLine;

namespace GovReportGen.Cli;

/// <summary><c>govreport new</c>: a skeleton year file (filled in by a later change).</summary>
public static class NewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var command = new Command("new", "为机关新建某年度的数据文件骨架");
        command.SetAction(_ => { stderr.WriteLine("尚未实现"); return CliApp.ExitUsage; });
        return command;
    }
}

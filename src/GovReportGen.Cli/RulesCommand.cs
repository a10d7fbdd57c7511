using GovReportGen.Formats;
using System.CommandLine;
using GovReportGen.Validation;

namespace GovReportGen.Cli;

/// <summary><c>govreport rules</c>: every rule with id, severity and description.</summary>
public static class RulesCommand
{
    public static Command Create(TextWriter stdout)
    {
        var markdown = new Option<bool>("--markdown") { Description = "以 Markdown 表格输出（用于生成文档）" };
        var command = new Command("rules", "列出全部校验规则（编号、级别、说明）") { markdown };
        command.SetAction(parse =>
        {
            var md = parse.GetValue(markdown);
            if (md)
            {
                stdout.WriteLine("| 编号 | 级别 | 说明 |");
                stdout.WriteLine("|---|---|---|");
            }
            foreach (var rule in FormatRegistry.Rules.Catalogue)
            {
                var severity = rule.Severity.Label();
                stdout.WriteLine(md ? $"| {rule.Id} | {severity} | {rule.Description.Replace("|", "\\|")} |" : $"{rule.Id}  {severity,-5}  {rule.Description}");
            }
            return CliApp.ExitOk;
        });
        return command;
    }
}

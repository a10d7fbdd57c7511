using System.CommandLine;
using GovReportGen.Pipeline;

namespace GovReportGen.Cli;

/// <summary><c>govreport templates</c>: which file each template name resolves to for an agency; <c>--markdown</c> writes docs/templates.md.</summary>
public static class TemplatesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var data = ValidateCommand.DataOption();
        var agency = ValidateCommand.AgencyOption();
        var templates = new Option<string>("--templates") { Description = "模板目录", HelpName = "目录", DefaultValueFactory = _ => "./templates" };
        var markdown = new Option<bool>("--markdown") { Description = "输出模板参考（变量、函数、可用标记、覆盖顺序、官方结构），即 docs/templates.md" };
        var command = new Command("templates", "模板参考：列出每个模板名对该机关实际使用的文件；--markdown 输出完整的模板参考")
        {
            data, templates, agency, markdown,
        };
        command.SetAction(parse =>
        {
            var templatesDir = parse.GetValue(templates)!;
            if (!Directory.Exists(templatesDir))
            {
                stderr.WriteLine($"找不到模板目录“{templatesDir}”：请用 --templates 指定");
                return CliApp.ExitUsage;
            }
            if (parse.GetValue(markdown))
            {
                stdout.Write(TemplateReference.Markdown(parse.GetValue(data)!, templatesDir));
                return CliApp.ExitOk;
            }
            var agencyId = parse.GetValue(agency);
            if (agencyId is not null && Selection.Problem(parse.GetValue(data)!, agencyId, null) is { } problem)
            {
                stderr.WriteLine(problem);
                return CliApp.ExitUsage;
            }
            var id = agencyId ?? "（未指定机关）";
            stdout.WriteLine(agencyId is null ? "各模板名使用的文件（未指定机关：不含机关覆盖模板；用 --agency 查看某机关）：" : $"机关“{agencyId}”各模板名使用的文件：");
            foreach (var group in TemplateReference.Resolution(templatesDir, agencyId ?? "\0none").GroupBy(r => r.Format))
            {
                stdout.WriteLine($"{group.Key}：");
                foreach (var (_, name, resolved) in group)
                    stdout.WriteLine($"  {name,-20} → {(resolved is null ? "（无）" : Path.Combine(templatesDir, resolved).Replace('\\', '/'))}{(resolved?.StartsWith("agencies/", StringComparison.Ordinal) == true ? "  （机关覆盖）" : "")}");
            }
            return CliApp.ExitOk;
        });
        return command;
    }
}

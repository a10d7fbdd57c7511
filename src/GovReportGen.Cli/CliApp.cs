using System.CommandLine;

namespace GovReportGen.Cli;

/// <summary>The <c>govreport</c> command: one verb per file, each a thin call into the library.</summary>
public static class CliApp
{
    public const int ExitOk = 0;
    public const int ExitErrorsFound = 1;
    public const int ExitUsage = 2;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, DateOnly? today = null)
    {
        var clockToday = today ?? DateOnly.FromDateTime(DateTime.Now);
        var root = new RootCommand("GovReportGen：由结构化数据生成政府信息公开工作年度报告（校验、生成 HTML/DOCX/PDF）");
        root.Subcommands.Add(ValidateCommand.Create(stdout, stderr, clockToday));
        root.Subcommands.Add(RulesCommand.Create(stdout));
        root.Subcommands.Add(NewCommand.Create(stdout, stderr));
        root.Subcommands.Add(RenderCommand.Create(stdout, stderr, clockToday));
        root.Subcommands.Add(SiteCommand.Create(stdout, stderr));
        root.Subcommands.Add(FontsCommand.Create(stdout, stderr));
        root.Subcommands.Add(MergeManifestsCommand.Create(stdout, stderr));

        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in UsageErrors.Describe(parse)) stderr.WriteLine($"用法错误：{error}");
            stderr.WriteLine("运行 govreport --help 查看用法。");
            return ExitUsage;
        }
        var config = new InvocationConfiguration { Output = stdout, Error = stderr };
        try
        {
            return parse.Invoke(config);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var path = GovReportGen.IO.SafeRead.QuotedPath(e) is { } p ? $"“{p}”" : "";
            stderr.WriteLine($"读写文件{path}失败：{GovReportGen.IO.SafeRead.Describe(e)}");
            return ExitUsage;
        }
    }
}

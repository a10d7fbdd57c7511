using System.CommandLine;

namespace GovReportGen.Cli;

/// <summary>The <c>govreport</c> command: one verb per file, each a thin call into the library.</summary>
public static class CliApp
{
    public const int ExitOk = 0;
    public const int ExitErrorsFound = 1;
    public const int ExitUsage = 2;

    /// <param name="console">What the output can show; by default the real process's terminal and environment.</param>
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, DateOnly? today = null, ConsoleEnvironment? console = null)
    {
        var clockToday = today ?? DateOnly.FromDateTime(DateTime.Now);
        var terminal = console ?? ConsoleEnvironment.Of(stdout, stderr);
        var root = new RootCommand("GovReportGen：由结构化数据生成政府信息公开工作年度报告（校验、生成 HTML/DOCX/PDF）");
        root.Subcommands.Add(ValidateCommand.Create(stdout, stderr, clockToday, terminal));
        root.Subcommands.Add(RulesCommand.Create(stdout));
        root.Subcommands.Add(NewCommand.Create(stdout, stderr));
        root.Subcommands.Add(RenderCommand.Create(stdout, stderr, clockToday, terminal));
        root.Subcommands.Add(SummaryCommand.Create(stdout, stderr, clockToday, terminal));
        root.Subcommands.Add(SiteCommand.Create(stdout, stderr));
        root.Subcommands.Add(FontsCommand.Create(stdout, stderr));
        root.Subcommands.Add(MergeManifestsCommand.Create(stdout, stderr));
        root.Subcommands.Add(PreviewCommand.Create(stdout, stderr, clockToday));
        root.Subcommands.Add(TemplatesCommand.Create(stdout, stderr));
        root.Subcommands.Add(ImportCommand.Create(stdout, stderr, clockToday, terminal));
        root.Subcommands.Add(FormCommand.Create(stdout, stderr));
        ChineseHelp.Install(root, stdout);

        var parse = root.Parse(args);
        // --help clears parse errors, so `new --help` shows help without --agency; but a mistyped word beside it
        // (`valdate --help`) deserves its did-you-mean more than the root's help page: look at the line without --help.
        if (parse.Action is ChineseHelpAction && UsageErrors.NamesUnknownWord(root.Parse(args.Where(a => !ChineseHelp.IsHelpToken(a)).ToArray())))
            parse = root.Parse(args.Where(a => !ChineseHelp.IsHelpToken(a)).ToArray());
        if (parse.Errors.Count > 0)
        {
            var prefix = Ansi.Style("用法错误", Ansi.Bold + Ansi.Red, terminal.ColourOnStderr);
            foreach (var error in UsageErrors.Describe(parse)) stderr.WriteLine($"{prefix}：{error}");
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

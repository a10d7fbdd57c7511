using System.Text.RegularExpressions;
using GovReportGen.Cli;
using GovReportGen.Tests.PipelineTests;
using GovReportGen.Tests.Support;

namespace GovReportGen.Tests.Cli;

/// <summary>
/// Issue 13.7: the console fits a terminal and CI. Colour by severity on a terminal only; Chinese help; --quiet;
/// in the Cake main command (Validate, then Render) each diagnostic printed once.
/// </summary>
public sealed partial class ConsoleOutputTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 3, 1);
    // Ordinal: under ICU a culture-aware search ignores control characters and finds ESC in any string.
    private static bool HasColour(string text) => text.Contains('\u001b', StringComparison.Ordinal);

    private static readonly ConsoleEnvironment Terminal = new(StdoutIsTerminal: true, StderrIsTerminal: true, _ => null);
    private static readonly ConsoleEnvironment Redirected = new(StdoutIsTerminal: false, StderrIsTerminal: false, _ => null);

    private static ConsoleEnvironment TerminalWith(string variable, string value) =>
        Terminal with { Variables = name => name == variable ? value : null };

    private static (int Exit, string Out, string Err) Run(ConsoleEnvironment console, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr, Today, console);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string BadInput => Path.Combine(RepoPaths.Fixtures, "bad-input", "anchor-alias");

    private readonly Workspace _ws = new("console", copyTemplates: true);

    // ---- colour ----

    [Fact]
    public void On_a_terminal_errors_are_bold_red_warnings_yellow_and_the_location_dim()
    {
        var (exit, output, _) = Run(Terminal, "validate", "--data", BadInput);
        Assert.Equal(CliApp.ExitErrorsFound, exit);
        Assert.Matches(@"\u001b\[2m[^\u001b]*2024\.yaml\(9,14\)\u001b\[0m: \u001b\[1m\u001b\[31m错误 GRG1005\u001b\[0m: ", output);
        Assert.Contains("\u001b[1m\u001b[31m校验完成", output, StringComparison.Ordinal);

        var (_, samples, _) = Run(Terminal, "validate", "--data", RepoPaths.Data);
        Assert.Contains("\u001b[33m警告 GRG", samples, StringComparison.Ordinal);
        // Without its escape codes the line is exactly the plain one, so nothing but colour differs.
        Assert.Equal(Run(Redirected, "validate", "--data", RepoPaths.Data).Out, StripAnsi(samples));
    }

    [Fact]
    public void Redirected_output_has_no_escape_codes()
    {
        var (_, output, err) = Run(Redirected, "validate", "--data", BadInput);
        Assert.Matches(@"2024\.yaml\(9,14\): 错误 GRG1005: ", output);
        Assert.False(HasColour(output));
        var usage = Run(Redirected, "valdate");
        Assert.False(HasColour(usage.Err));
        Assert.True(HasColour(Run(Terminal, "valdate").Err));
    }

    [Theory]
    [InlineData("NO_COLOR", "1")]
    [InlineData("NO_COLOR", "false")]
    [InlineData("TERM", "dumb")]
    public void NO_COLOR_or_a_dumb_terminal_switches_colour_off(string variable, string value)
    {
        var (_, output, _) = Run(TerminalWith(variable, value), "validate", "--data", BadInput);
        Assert.Contains("错误 GRG1005", output);
        Assert.False(HasColour(output));
        Assert.False(HasColour(Run(TerminalWith(variable, value), "valdate").Err));
    }

    [Fact]
    public void An_empty_NO_COLOR_does_not_count_as_set()
    {
        // https://no-color.org: "when present and not an empty string".
        Assert.True(HasColour(Run(TerminalWith("NO_COLOR", ""), "validate", "--data", BadInput).Out));
    }

    [Theory]
    [InlineData("GITHUB_ACTIONS", "true", "::error file=")]
    [InlineData("CI", "true", "): error GRG1005: ")]
    public void CI_annotations_carry_no_colour_even_on_a_pseudo_terminal(string variable, string value, string annotation)
    {
        var (_, output, _) = Run(TerminalWith(variable, value), "validate", "--data", BadInput);
        Assert.Contains(annotation, output);
        Assert.False(HasColour(output));
    }

    [Fact]
    public void The_real_process_counts_a_string_writer_as_redirected()
    {
        var console = ConsoleEnvironment.Of(new StringWriter(), new StringWriter());
        Assert.False(console.StdoutIsTerminal);
        Assert.False(console.ColourOnStdout);
        Assert.False(console.ColourOnStderr);
    }

    [Fact]
    public void The_render_summary_is_one_plain_line_when_redirected_and_a_table_on_a_terminal()
    {
        var redirected = Run(Redirected, "render", "--data", _ws.Data, "--templates", _ws.TemplatesDir, "--out", _ws.Out, "--formats", "html", "--force");
        Assert.Equal(CliApp.ExitOk, redirected.Exit);
        Assert.False(HasColour(redirected.Out));
        Assert.DoesNotMatch("[\u2500-\u257F]", redirected.Out);
        Assert.Matches(@"(?m)^生成统计：报告总数 5，本次生成 5，未变化跳过 0，", redirected.Out);
        Assert.Contains("生成完成：输出目录", redirected.Out);

        // --quiet keeps the terminal free of the live bar, which a StringWriter could not take.
        var terminal = Run(Terminal, "render", "--data", _ws.Data, "--templates", _ws.TemplatesDir, "--out", _ws.Out, "--formats", "html", "--force", "--quiet");
        Assert.Equal(CliApp.ExitOk, terminal.Exit);
        Assert.Matches("[\u2500-\u257F]", terminal.Out);
        Assert.Contains("报告总数", terminal.Out);
        Assert.True(HasColour(terminal.Out));
    }

    // ---- help ----

    public static TheoryData<string> Commands()
    {
        var data = new TheoryData<string> { "" };
        foreach (var name in new[] { "validate", "rules", "new", "render", "site", "fonts", "merge-manifests" }) data.Add(name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public void Help_of_every_command_is_Chinese(string command)
    {
        var args = command.Length == 0 ? new[] { "--help" } : new[] { command, "--help" };
        var (exit, output, err) = Run(Redirected, args);
        Assert.Equal(CliApp.ExitOk, exit);
        Assert.Equal("", err);
        Assert.Contains("用法：", output);
        Assert.Contains("选项：", output);
        Assert.Contains("显示帮助和用法信息", output);
        foreach (var english in new[] { "Usage", "Options", "Commands", "Arguments", "Description", "Show help", "Show version", "default:" })
            Assert.DoesNotContain(english, output);
        // Option names and placeholders are words on their own; three English words in a row would be a sentence.
        Assert.DoesNotMatch(@"[A-Za-z]+ [A-Za-z]+ [A-Za-z]+", output);
    }

    [Fact]
    public void Root_help_lists_every_verb_and_the_version_option_in_Chinese()
    {
        var (_, output, _) = Run(Redirected, "-h");
        Assert.Contains("子命令：", output);
        Assert.Matches(@"(?m)^  --version\s+显示版本信息$", output);
        Assert.Matches(@"(?m)^  validate\s+校验数据", output);
    }

    [Fact]
    public void Help_is_shown_although_required_options_are_missing_but_a_typo_still_gets_its_did_you_mean()
    {
        var help = Run(Redirected, "new", "--help");
        Assert.Equal(CliApp.ExitOk, help.Exit);
        Assert.Contains("--agency <机关标识>", help.Out);
        Assert.Contains("（必需）", help.Out);

        var typo = Run(Redirected, "valdate", "--help");
        Assert.Equal(CliApp.ExitUsage, typo.Exit);
        Assert.Contains("是否应为“validate”", typo.Err);
    }

    [Fact]
    public void Help_columns_line_up_with_Chinese_placeholders()
    {
        var (_, output, _) = Run(Redirected, "render", "--help");
        var starts = output.Split('\n').Where(l => l.StartsWith("  -", StringComparison.Ordinal))
            .Select(l => ChineseHelp.DisplayWidth(Regex.Match(l, @"^  \S.*?\s{2,}").Value)).Distinct().ToList();
        Assert.Single(starts);
    }

    // ---- --quiet ----

    [Fact]
    public void Quiet_validate_prints_errors_and_the_summary_only()
    {
        var samples = Run(Redirected, "validate", "--data", RepoPaths.Data, "--quiet");
        Assert.Equal(CliApp.ExitOk, samples.Exit);
        Assert.Equal("校验完成：5 个机关，5 份报告，0 个错误，9 个警告", samples.Out.Trim());

        var bad = Run(Redirected, "validate", "--data", BadInput, "-q");
        Assert.Matches(@"错误 GRG1005: ", bad.Out);
        Assert.DoesNotContain("警告 GRG", bad.Out);
        Assert.Contains("校验完成：", bad.Out);
    }

    [Fact]
    public void Quiet_render_prints_no_warning_and_no_progress_line()
    {
        var (exit, output, _) = Run(Redirected, "render", "--data", _ws.Data, "--templates", _ws.TemplatesDir, "--out", _ws.Out, "--formats", "html", "--quiet");
        Assert.Equal(CliApp.ExitOk, exit);
        Assert.DoesNotContain("警告 GRG", output);
        Assert.DoesNotMatch(@"(?m)^\[\d+\]", output);
        Assert.Equal(new[] { "生成统计", "生成完成" }, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l[..4]));
    }

    // ---- each diagnostic once in the Cake main command ----

    [Fact]
    public void Render_after_validate_prints_no_diagnostic_validate_printed()
    {
        // One agency's data is wrong (GRG1007), and a template every other report uses fails (GRG4010).
        File.AppendAllText(_ws.DataFile("chaoyang-kjj", 2024), "\nno_such_key: 1\n");
        File.WriteAllText(_ws.Template("common/title.sbn"), "<h1>标题</h1>\n<p>{{ date.now }}</p>\n");

        var validate = Run(Redirected, "validate", "--data", _ws.Data, "--templates", _ws.TemplatesDir);
        var render = Run(Redirected, "render", "--after-validate", "--data", _ws.Data, "--templates", _ws.TemplatesDir, "--out", _ws.Out, "--formats", "html");
        Assert.Equal(CliApp.ExitErrorsFound, validate.Exit);
        Assert.Equal(CliApp.ExitErrorsFound, render.Exit);

        var validated = DiagnosticLines(validate.Out);
        var rendered = DiagnosticLines(render.Out);
        Assert.Contains(validated, l => l.Contains("错误 GRG1007", StringComparison.Ordinal));
        Assert.Empty(validated.Intersect(rendered));
        Assert.All(rendered, l => Assert.Matches("GRG6001", l));
        // validate looks at the templates (issue 13.5): the template error is printed there, once.
        Assert.Single(validated, l => l.Contains("错误 GRG4010", StringComparison.Ordinal));
        // The report that was not rendered is still named, with its outcome.
        Assert.Contains("2024 chaoyang-kjj：有错误，未生成", render.Out);

        // The standalone command still prints everything.
        var standalone = Run(Redirected, "render", "--data", _ws.Data, "--templates", _ws.TemplatesDir, "--out", _ws.Sub("standalone"), "--formats", "html");
        Assert.Contains(DiagnosticLines(standalone.Out), l => l.Contains("错误 GRG1007", StringComparison.Ordinal));
        Assert.Contains(DiagnosticLines(standalone.Out), l => l.Contains("警告 GRG", StringComparison.Ordinal));
    }

    [Fact]
    public void The_Cake_Render_task_passes_after_validate()
    {
        var cake = File.ReadAllText(Path.Combine(RepoPaths.Root, "build", "build.cake"));
        var render = Regex.Match(cake, @"Task\(""Render""\)(?s:.*?);\s*\n\n").Value;
        Assert.Contains(@"IsDependentOn(""Validate"")", render);
        Assert.Contains("render --after-validate", render);
    }

    private static List<string> DiagnosticLines(string output) =>
        output.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => DiagnosticLine().IsMatch(l)).ToList();

    private static string StripAnsi(string text) => AnsiCode().Replace(text, "");

    [GeneratedRegex(@"^\S.*\(\d+,\d+\): (错误|警告) GRG\d{4}: ")] private static partial Regex DiagnosticLine();
    [GeneratedRegex(@"\u001b\[[0-9;]*m")] private static partial Regex AnsiCode();

    public void Dispose() => _ws.Dispose();
}

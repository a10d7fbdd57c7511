using GovReportGen.Cli;

namespace GovReportGen.Tests.Regressions;

/// <summary>Issue 12, finding 3 (and 13.7): usage errors are Chinese, never a CLR type name, with a did-you-mean.</summary>
public class Issue12UsageTests
{
    private static (int Exit, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr, new DateOnly(2026, 3, 1));
        return (exit, stderr.ToString());
    }

    [Theory]
    [InlineData("validate --year abc", "选项 --year 的值“abc”不是整数")]
    [InlineData("render --jobs x", "选项 --jobs 的值“x”不是整数")]
    [InlineData("valdate", "无法识别的子命令“valdate”，是否应为“validate”？")]
    [InlineData("validate --yaer 2024", "无法识别的选项“--yaer”，是否应为“--year”？")]
    [InlineData("validate --format xml", "“xml”不是可选的值，可选：text、json")]
    [InlineData("new --year 2024", "缺少必需的选项 --agency")]
    [InlineData("", "缺少子命令")]
    public void A_usage_error_is_Chinese_with_exit_code_2(string args, string expected)
    {
        var (exit, err) = Run(args.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Contains(expected, err);
        Assert.DoesNotContain("System.", err);
        Assert.DoesNotMatch(@"[A-Za-z]+ [A-Za-z]+ [A-Za-z]+", err.Replace("govreport --help", ""));
    }
}

using GovReportGen.Tests.Support;

namespace GovReportGen.Tests.Preview;

/// <summary><c>govreport preview</c> refuses a wrong selection or port before it listens, in Chinese, with exit 2.</summary>
public class PreviewCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = GovReportGen.Cli.CliApp.Run(args, stdout, stderr, new DateOnly(2026, 1, 10));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void A_misspelt_agency_is_a_usage_error_with_a_did_you_mean()
    {
        var (exit, _, err) = Run("preview", "--data", RepoPaths.Data, "--templates", RepoPaths.Templates, "--agency", "chaoyng-kjj");
        Assert.Equal(2, exit);
        Assert.Contains("是否应为“chaoyang-kjj”", err);
    }

    [Fact]
    public void A_port_out_of_range_is_a_usage_error()
    {
        var (exit, _, err) = Run("preview", "--data", RepoPaths.Data, "--templates", RepoPaths.Templates, "--port", "70000");
        Assert.Equal(2, exit);
        Assert.Contains("--port", err);
    }
}

using System.Text.Json;
using GovReportGen.Cli;
using GovReportGen.Tests.Support;

namespace GovReportGen.Tests.Cli;

/// <summary>The govreport command as a user and CI see it: exit codes, output shapes, the rules list.</summary>
public class CliTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr, Today);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Validate_on_the_sample_data_exits_0_with_a_summary_line()
    {
        var (exit, output, _) = Run("validate", "--data", RepoPaths.Data);
        Assert.Equal(0, exit);
        Assert.Contains("校验完成：5 个机关，5 份报告，0 个错误", output);
        Assert.DoesNotContain("错误 GRG", output);
    }

    [Fact]
    public void Validate_exits_1_when_errors_are_found_and_prints_compiler_style_lines()
    {
        var fixture = Path.Combine(RepoPaths.Fixtures, "bad-input", "anchor-alias");
        var (exit, output, _) = Run("validate", "--data", fixture);
        Assert.Equal(1, exit);
        Assert.Matches(@"2024\.yaml\(9,14\): 错误 GRG1005: ", output);
    }

    [Fact]
    public void Validate_exits_2_for_a_missing_data_folder_or_unknown_option()
    {
        Assert.Equal(2, Run("validate", "--data", "/nonexistent/folder").Exit);
        var (exit, _, err) = Run("validate", "--no-such-option");
        Assert.Equal(2, exit);
        Assert.Contains("用法错误", err);
        Assert.Equal(2, Run("validate", "--data", RepoPaths.Data, "--agency", "no-such-agency").Exit);
    }

    [Fact]
    public void Validate_filters_by_agency_and_year()
    {
        var (exit, output, _) = Run("validate", "--data", RepoPaths.Data, "--agency", "chaoyang-kjj", "--year", "2024");
        Assert.Equal(0, exit);
        Assert.Contains("1 个机关，1 份报告", output);
        Assert.DoesNotContain("ningbo-yinzhou-kjj", output);
    }

    [Fact]
    public void Json_output_uses_english_severity_tokens_and_counts_every_report()
    {
        var (exit, output, _) = Run("validate", "--data", RepoPaths.Data, "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(5, json.RootElement.GetProperty("reports").GetArrayLength());
        var severities = json.RootElement.GetProperty("reports").EnumerateArray()
            .SelectMany(r => r.GetProperty("diagnostics").EnumerateArray())
            .Select(d => d.GetProperty("severity").GetString()).Distinct().ToList();
        Assert.Equal(new[] { "warning" }, severities);
        Assert.Equal(0, json.RootElement.GetProperty("summary").GetProperty("errors").GetInt32());
    }

    [Fact]
    public void Rules_lists_every_id_once_and_the_readme_list_is_current()
    {
        var (exit, output, _) = Run("rules", "--markdown");
        Assert.Equal(0, exit);
        foreach (var id in new[] { "GRG1001", "GRG1012", "GRG2001", "GRG2011", "GRG3001", "GRG3006", "GRG4001", "GRG4012", "GRG5001", "GRG5006" })
            Assert.Single(output.Split('\n'), l => l.StartsWith($"| {id} |", StringComparison.Ordinal));
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "rules.md")).Replace("\r\n", "\n");
        Assert.True(doc.EndsWith(output.Replace("\r\n", "\n"), StringComparison.Ordinal),
            "docs/rules.md is out of date: regenerate it with `govreport rules --markdown` (see its header).");
    }
}

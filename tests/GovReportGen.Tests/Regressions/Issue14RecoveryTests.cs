using System.Text.Json;
using GovReportGen.Cli;
using GovReportGen.Formats;
using GovReportGen.Tests.PipelineTests;
using GovReportGen.Validation;

namespace GovReportGen.Tests.Regressions;

/// <summary>
/// Issue 14, error recovery: a blank cell or a key typo hid every other fault of the report, and the summary did
/// not say that checks were skipped. The single-file cases are fixtures (bad-input/blank-cell-hides-no-other-fault,
/// bad-input/key-typo-hides-no-other-fault); these are the ones that need two years or the command line.
/// </summary>
public sealed class Issue14RecoveryTests : IDisposable
{
    private static readonly DateOnly Today = new(2026, 3, 1);
    private readonly Workspace _ws = new("issue14-recovery");

    private string Chaoyang(int year) => _ws.DataFile("chaoyang-kjj", year);

    /// <summary>A 2023 file for chaoyang copied from its 2024 one, with one cell of 一、本年新收 left blank.</summary>
    private void WriteBrokenLastYear()
    {
        var text = File.ReadAllText(Chaoyang(2024)).Replace("year: 2024", "year: 2023");
        var blanked = text.Replace("new_requests: {natural_person: 0,", "new_requests: {natural_person: ,");
        Assert.NotEqual(text, blanked);
        File.WriteAllText(Chaoyang(2023), blanked);
    }

    private ValidationResult Validate() =>
        FormatRegistry.Validator.Validate(FormatRegistry.Loader.LoadAll(_ws.Data, _ws.Data), Today);

    [Fact]
    public void Last_years_errors_skip_the_cross_year_checks_and_say_so()
    {
        WriteBrokenLastYear();
        var result = Validate();

        var thisYear = result.Reports.Single(r => r.AgencyId == "chaoyang-kjj" && r.Year == 2024);
        var reason = Assert.Single(thisYear.Skipped);
        Assert.Contains("跨年度核对", reason);
        Assert.Contains("2023.yaml 有错误", reason);

        // Last year's own rules still ran on its partial data: its blank cell is reported, and nothing is skipped there.
        var lastYear = result.Reports.Single(r => r.AgencyId == "chaoyang-kjj" && r.Year == 2023);
        Assert.Contains(lastYear.Diagnostics, d => d.Id == "GRG1008");
        Assert.Empty(lastYear.Skipped);
    }

    /// <summary>Found trying the office's run: a fee written as text gave GRG1009 and also GRG4004 “缺少收取信息处理费情况”.</summary>
    [Fact]
    public void An_unreadable_processing_fee_is_one_GRG1009_not_also_a_missing_section()
    {
        var path = Chaoyang(2024);
        File.WriteAllText(path, File.ReadAllText(path).Replace("      amount_yuan: 0\n", "      amount_yuan: abc\n"));
        var report = Validate().Reports.Single(r => r.AgencyId == "chaoyang-kjj");
        Assert.Contains(report.Diagnostics, d => d.Id == "GRG1009" && d.KeyPath?.EndsWith("processing_fees.amount_yuan") != false);
        Assert.DoesNotContain(report.Diagnostics, d => d.Id == "GRG4004");
    }

    [Fact]
    public void A_file_that_cannot_be_read_is_listed_as_not_checked()
    {
        File.AppendAllText(Chaoyang(2024), "\nbroken: [\n");
        var report = Validate().Reports.Single(r => r.AgencyId == "chaoyang-kjj");
        Assert.Contains(report.Diagnostics, d => d.Id == "GRG1001");
        Assert.Contains("未运行任何核对规则", Assert.Single(report.Skipped));
    }

    [Fact]
    public void The_text_summary_names_what_was_not_checked_even_when_quiet()
    {
        WriteBrokenLastYear();
        var stdout = new StringWriter();
        var exit = CliApp.Run(["validate", "--quiet", "--data", _ws.Data], stdout, new StringWriter(), Today);

        Assert.Equal(CliApp.ExitErrorsFound, exit);
        var lines = stdout.ToString().Split('\n');
        Assert.Contains(lines, l => l.Contains("chaoyang-kjj/2024.yaml: 未核对：跨年度核对"));
        Assert.Contains("1 份报告有核对未能运行", lines.Last(l => l.Length > 0));
    }

    [Fact]
    public void The_json_output_lists_skipped_checks_per_report_and_counts_them()
    {
        WriteBrokenLastYear();
        var stdout = new StringWriter();
        CliApp.Run(["validate", "--format", "json", "--data", _ws.Data], stdout, new StringWriter(), Today);

        using var json = JsonDocument.Parse(stdout.ToString());
        var reports = json.RootElement.GetProperty("reports").EnumerateArray().ToList();
        var thisYear = reports.Single(r => r.GetProperty("agency").GetString() == "chaoyang-kjj" && r.GetProperty("year").GetInt32() == 2024);
        Assert.Contains("跨年度核对", Assert.Single(thisYear.GetProperty("skipped").EnumerateArray()).GetString());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("reportsWithSkippedChecks").GetInt32());
    }

    [Fact]
    public void A_report_checked_on_partial_data_is_still_not_rendered()
    {
        File.WriteAllText(Chaoyang(2024), File.ReadAllText(Chaoyang(2024)).Replace("new_requests: {natural_person: 0,", "new_requests: {natural_person: ,"));
        var stderr = new StringWriter();
        var exit = CliApp.Run(["render", "--data", _ws.Data, "--templates", _ws.TemplatesDir, "--out", _ws.Out, "--formats", "html", "--agency", "chaoyang-kjj"],
            new StringWriter(), stderr, Today);

        Assert.True(exit == CliApp.ExitErrorsFound, stderr.ToString());
        Assert.False(Directory.Exists(Path.Combine(_ws.Out, "reports", "chaoyang-kjj")) &&
                     Directory.EnumerateFiles(Path.Combine(_ws.Out, "reports", "chaoyang-kjj"), "*", SearchOption.AllDirectories).Any(),
            "a report with a blank cell was rendered");
    }

    public void Dispose() => _ws.Dispose();
}

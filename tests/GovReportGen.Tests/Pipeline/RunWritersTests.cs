using System.Text.Json;
using GovReportGen.Cli;
using GovReportGen.Tests.EndToEnd;
using UglyToad.PdfPig;

namespace GovReportGen.Tests.PipelineTests;

/// <summary>
/// The writers of a run are built from that run's options, and a writer that fails for one report costs
/// that report only: both through <c>govreport render</c>, as a user runs it.
/// </summary>
public class RunWritersTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    private static (int Exit, string Out, string Err) Render(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(["render", .. args], stdout, stderr, Today);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Copies two sample agencies (one data tree, the others left out to keep the test quick).</summary>
    private static string CopyAgencies(TempFolder temp, params string[] agencies)
    {
        var data = temp.Sub("data");
        foreach (var agency in agencies)
            TempFolder.CopyTree(Path.Combine(EndToEndPaths.Data, "agencies", agency), Path.Combine(data, "agencies", agency));
        return data;
    }

    [Fact]
    public void Render_sets_the_pdf_with_the_theme_of_the_templates_folder_it_is_given()
    {
        using var temp = new TempFolder("run-theme");
        var data = CopyAgencies(temp, "chaoyang-kjj");
        var templates = temp.Sub("templates");
        TempFolder.CopyTree(EndToEndPaths.Templates, templates);
        // The copy's theme sets page numbers in DejaVu Sans, a family no role of the repository's theme names.
        var fontsJson = Path.Combine(templates, "theme", "fonts.json");
        var theme = File.ReadAllText(fontsJson);
        var pageNumberChain = "\"pagenumber\": [\"宋体\", \"SimSun\", \"NotoSerifCJKsc-Regular\", \"AR PL UMing CN\"]";
        Assert.Contains(pageNumberChain, theme);
        File.WriteAllText(fontsJson, theme.Replace(pageNumberChain, "\"pagenumber\": [\"DejaVu Sans\"]"));

        var output = temp.Sub("out");
        var (exit, stdout, stderr) = Render("--data", data, "--templates", templates, "--out", output, "--formats", "pdf");

        Assert.True(exit == 0, stdout + stderr);
        using var pdf = PdfDocument.Open(File.ReadAllBytes(Path.Combine(output, "reports", "2024", "chaoyang-kjj", "chaoyang-kjj-2024.pdf")));
        var pageNumberFonts = pdf.GetPage(1).Letters.Where(l => char.IsAsciiDigit(l.Value[0])).Select(l => l.FontName).Distinct().ToList();
        Assert.NotEmpty(pageNumberFonts);
        Assert.Contains(pageNumberFonts, f => f?.Contains("DejaVuSans", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void A_character_no_font_has_fails_its_report_with_GRG6001_and_the_run_goes_on()
    {
        using var temp = new TempFolder("run-glyph");
        var data = CopyAgencies(temp, "chaoyang-kjj", "ningbo-yinzhou-kjj");
        var yearFile = Path.Combine(data, "agencies", "chaoyang-kjj", "2024.yaml");
        var yaml = File.ReadAllText(yearFile);
        const string before = "持续丰富公开内容";
        Assert.Contains(before, yaml);
        // U+10FFFD: private use, in no font of any chain.
        File.WriteAllText(yearFile, yaml.Replace(before, before + "\U0010FFFD"));
        var badLine = File.ReadAllLines(yearFile).ToList().FindIndex(l => l.Contains('\uDBFF')) + 1;

        var output = temp.Sub("out");
        var (exit, stdout, stderr) = Render("--data", data, "--templates", EndToEndPaths.Templates, "--out", output, "--force");

        Assert.True(exit == 1, stdout + stderr);
        Assert.False(Directory.Exists(Path.Combine(output, "reports", "2024", "chaoyang-kjj")), "the failed report left files behind");
        foreach (var extension in new[] { "html", "docx", "pdf" })
            Assert.True(File.Exists(Path.Combine(output, "reports", "2024", "ningbo-yinzhou-kjj", $"ningbo-yinzhou-kjj-2024.{extension}")), extension);

        using var manifest = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, "manifest.json")));
        var reports = manifest.RootElement.GetProperty("reports").EnumerateArray().ToList();
        var bad = reports.Single(r => r.GetProperty("agency").GetString() == "chaoyang-kjj");
        var good = reports.Single(r => r.GetProperty("agency").GetString() == "ningbo-yinzhou-kjj");
        Assert.Equal("error", bad.GetProperty("status").GetString());
        Assert.Empty(bad.GetProperty("files").EnumerateObject());
        Assert.NotEqual("error", good.GetProperty("status").GetString());
        var diagnostic = bad.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("id").GetString() == "GRG6001");
        Assert.Equal("error", diagnostic.GetProperty("severity").GetString());
        var message = diagnostic.GetProperty("message").GetString()!;
        Assert.Contains("PDF", message);
        Assert.Contains("U+10FFFD", message);
        Assert.Contains("AR PL UMing CN", message);
        Assert.EndsWith(Path.Combine("chaoyang-kjj", "2024.yaml"), diagnostic.GetProperty("file").GetString()!);
        Assert.Equal(badLine, diagnostic.GetProperty("line").GetInt32());
        Assert.Contains("GRG6001", stdout);
    }
}

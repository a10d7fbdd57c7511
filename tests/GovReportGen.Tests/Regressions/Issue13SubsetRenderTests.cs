using GovReportGen.Cli;
using GovReportGen.Pipeline;
using GovReportGen.Tests.PipelineTests;

namespace GovReportGen.Tests.Regressions;

/// <summary>
/// Issue 13, finding 3: previewing one agency destroyed the published index (8 rows became 1); with --formats html
/// the old DOCX/PDF stayed beside the new HTML; an unknown --agency exited 0 and wrote an empty manifest.
/// </summary>
public sealed class Issue13SubsetRenderTests : IDisposable
{
    private readonly Workspace _ws = new("issue13-subset");

    private static (int Exit, string Out, string Err) Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr, new DateOnly(2026, 3, 1));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private (int Exit, string Out, string Err) Render(params string[] extra) =>
        Cli(new[] { "render", "--data", _ws.Data, "--templates", _ws.TemplatesDir, "--out", _ws.Out }.Concat(extra).ToArray());

    private IReadOnlyList<ManifestEntry> Manifest() => GovReportGen.Pipeline.Manifest.Read(Path.Combine(_ws.Out, GovReportGen.Pipeline.Manifest.FileName));

    [Fact]
    public void Rendering_one_agency_after_a_full_run_keeps_every_other_entry_in_the_manifest_and_index()
    {
        Assert.Equal(CliApp.ExitOk, Render("--formats", "html").Exit);
        var full = Manifest();
        var index = File.ReadAllText(Path.Combine(_ws.Out, SiteIndex.RelativePath));

        Assert.Equal(CliApp.ExitOk, Render("--formats", "html", "--agency", "chaoyang-kjj", "--force").Exit);

        Assert.Equal(full.Select(e => (e.Agency, e.Year)), Manifest().Select(e => (e.Agency, e.Year)));
        Assert.Equal(index, File.ReadAllText(Path.Combine(_ws.Out, SiteIndex.RelativePath)));
    }

    [Fact]
    public void A_narrower_format_list_removes_and_delists_the_formats_left_out_for_the_reports_it_renders()
    {
        Assert.Equal(CliApp.ExitOk, Render("--formats", "html,docx").Exit);
        var folder = Path.Combine(_ws.Out, "reports", "2024", "chaoyang-kjj");
        Assert.True(File.Exists(Path.Combine(folder, "chaoyang-kjj-2024.docx")));

        Assert.Equal(CliApp.ExitOk, Render("--formats", "html", "--agency", "chaoyang-kjj").Exit);

        Assert.False(File.Exists(Path.Combine(folder, "chaoyang-kjj-2024.docx")), "a DOCX of older data must not stay beside the new HTML");
        var entry = Assert.Single(Manifest(), e => e.Agency == "chaoyang-kjj");
        Assert.Equal(new[] { "html" }, entry.Files.Keys);
        // The other agencies were not part of this run: their DOCX stays listed and on disk.
        var other = Assert.Single(Manifest(), e => e.Agency == "zhengzhou-erqi-kjj");
        Assert.Equal(new[] { "docx", "html" }, other.Files.Keys.Order(StringComparer.Ordinal));
        Assert.True(File.Exists(Path.Combine(_ws.Out, other.Files["docx"])));
    }

    [Theory]
    [InlineData("--agency", "chaoyang-kj", "是否应为“chaoyang-kjj”")]
    [InlineData("--agency", "nosuch", "没有找到机关“nosuch”")]
    [InlineData("--year", "2031", "没有 2031 年度的数据文件")]
    public void An_unknown_agency_or_year_is_a_usage_error_that_writes_nothing(string option, string value, string message)
    {
        Assert.Equal(CliApp.ExitOk, Render("--formats", "html").Exit);
        var manifest = File.ReadAllBytes(Path.Combine(_ws.Out, GovReportGen.Pipeline.Manifest.FileName));

        var (exit, _, err) = Render("--formats", "html", option, value);

        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Contains(message, err);
        Assert.Equal(manifest, File.ReadAllBytes(Path.Combine(_ws.Out, GovReportGen.Pipeline.Manifest.FileName)));
        Assert.Equal(CliApp.ExitUsage, Cli("validate", "--data", _ws.Data, option, value).Exit);
    }

    public void Dispose() => _ws.Dispose();
}

using GovReportGen.Diagnostics;
using System.Text.Json;
using AngleSharp.Html.Dom;
using GovReportGen.Pipeline;

namespace GovReportGen.Tests.EndToEnd;

/// <summary>manifest.json and site/index.html describe the run and never point at a missing file.</summary>
[Collection(EndToEndCollection.Name)]
public class ManifestAndSiteIndexTests
{
    private const string BrokenAgency = "ningbo-yinzhou-kjj";
    private readonly RenderedSamples _samples;

    public ManifestAndSiteIndexTests(RenderedSamples samples) => _samples = samples;

    [Fact]
    public void Manifest_lists_the_five_reports_by_year_then_id_with_existing_relative_html()
    {
        var manifest = Manifest.Read(Path.Combine(_samples.OutDir, Manifest.FileName));
        Assert.Equal(RenderedSamples.Reports.Select(r => $"{r.Year} {r.Agency} {r.Format}"),
            manifest.Select(e => $"{e.Year} {e.Agency} {e.Format}"));
        foreach (var e in manifest)
        {
            Assert.Contains(e.Status, new[] { ReportStatus.Ok, ReportStatus.Warnings });
            Assert.Equal(e.Diagnostics.Count == 0 ? ReportStatus.Ok : ReportStatus.Warnings, e.Status);
            Assert.DoesNotContain(e.Diagnostics, d => d.IsError);
            Assert.True(e.Files.TryGetValue("html", out var html), $"{e.Agency}: no files.html");
            AssertRelative(html!);
            Assert.Equal(RenderedSamples.Report(e.Agency, e.Year).HtmlRelative, html);
            Assert.True(File.Exists(Path.Combine(_samples.OutDir, html!)), $"{e.Agency}: files.html {html} does not exist");
            foreach (var file in e.Files.Values)
            {
                AssertRelative(file);
                Assert.True(File.Exists(Path.Combine(_samples.OutDir, file)), $"{e.Agency}: {file} does not exist");
            }
        }
        Assert.Equal(manifest.Select(e => e.Status), _samples.Summary.Reports.Select(e => e.Status));
    }

    [Fact]
    public void Manifest_json_has_the_documented_shape()
    {
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(_samples.OutDir, Manifest.FileName)));
        var reports = doc.RootElement.GetProperty("reports").EnumerateArray().ToList();
        Assert.Equal(5, reports.Count);
        foreach (var r in reports)
        {
            foreach (var key in new[] { "agency", "name", "year", "format", "status", "files", "diagnostics" })
                Assert.True(r.TryGetProperty(key, out _), $"manifest entry without “{key}”: {r}");
            foreach (var d in r.GetProperty("diagnostics").EnumerateArray())
                AssertRelative(d.GetProperty("file").GetString()!);
        }
    }

    [Fact]
    public void Site_index_groups_by_year_newest_first_and_every_link_resolves()
    {
        var index = RenderedSamples.Parse(_samples.SiteIndexPath);
        var sections = YearSections(index);
        Assert.Equal(new[] { "2024年度", "2023年度", "2020年度" }, sections.Select(s => s.Heading));

        foreach (var (heading, table) in sections)
        {
            var year = int.Parse(heading[..4]);
            var expected = RenderedSamples.Reports.Where(r => r.Year == year).ToList();
            var rows = table.Bodies.SelectMany(b => b.Rows).ToList();
            Assert.Equal(expected.Count, rows.Count);
            var manifest = Manifest.Read(Path.Combine(_samples.OutDir, Manifest.FileName));
            foreach (var (report, row) in expected.Zip(rows))
            {
                Assert.Equal(_samples.ModelOf(report).Agency.Name, row.Cells[0].TextContent.Trim());
                var files = manifest.Single(e => e.Agency == report.Agency && e.Year == report.Year).Files;
                var targets = row.QuerySelectorAll("td.files a").OfType<IHtmlAnchorElement>().Select(a =>
                {
                    var href = a.GetAttribute("href")!;
                    AssertRelative(href.Replace("../", ""));
                    var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(_samples.SiteIndexPath)!, href));
                    Assert.True(File.Exists(target), $"{heading}: link {href} does not resolve");
                    return target;
                }).ToList();
                // One link per file the manifest lists, the HTML page among them.
                Assert.Equal(files.Values.Select(f => Path.GetFullPath(Path.Combine(_samples.OutDir, f))).Order(StringComparer.Ordinal),
                    targets.Order(StringComparer.Ordinal));
                Assert.Contains(Path.GetFullPath(_samples.HtmlPath(report)), targets);
                var page = row.QuerySelector("a.page")!.GetAttribute("href")!;
                Assert.Equal($"reports/{report.Year}/{report.Agency}.html", page);
                Assert.True(File.Exists(Path.Combine(_samples.OutDir, "site", page)), $"{heading}: page link {page} does not resolve");
            }
        }
    }

    [Fact]
    public void A_report_with_errors_gets_no_files_and_no_link_while_the_others_render()
    {
        using var temp = new TempFolder("broken");
        var data = temp.Sub("data");
        TempFolder.CopyTree(EndToEndPaths.Data, data);
        var file = Path.Combine(data, "agencies", BrokenAgency, "2024.yaml");
        var yaml = File.ReadAllText(file);
        // 四、结转下年度 gets 5 more 自然人 than 一 + 二 − （七） allows: GRG2001.
        const string carriedForward = "carried_forward: {natural_person: 0,";
        Assert.True(yaml.Contains(carriedForward, StringComparison.Ordinal), $"test data changed: no “{carriedForward}” in {file}");
        File.WriteAllText(file, yaml.Replace(carriedForward, "carried_forward: {natural_person: 5,"));

        var outDir = temp.Sub("out");
        var summary = RenderedSamples.Render(data, outDir);

        var manifest = Manifest.Read(Path.Combine(outDir, Manifest.FileName));
        Assert.Equal(5, manifest.Count);
        var broken = manifest.Single(e => e.Agency == BrokenAgency);
        Assert.Equal(ReportStatus.Error, broken.Status);
        Assert.Empty(broken.Files);
        Assert.Contains(broken.Diagnostics, d => d.Id == "GRG2001" && d.IsError);
        Assert.False(Directory.Exists(Path.Combine(outDir, "reports", "2024", BrokenAgency)),
            "a report with errors must leave no output folder behind");
        Assert.Equal(1, summary.WithErrors);
        Assert.Equal(4, summary.Rendered);

        foreach (var e in manifest.Where(e => e.Agency != BrokenAgency))
        {
            Assert.NotEqual(ReportStatus.Error, e.Status);
            Assert.True(File.Exists(Path.Combine(outDir, e.Files["html"])), $"{e.Agency}: {e.Files["html"]} missing");
        }

        var index = RenderedSamples.Parse(Path.Combine(outDir, SiteIndex.RelativePath));
        var brokenName = _samples.Data.Agencies.Single(a => a.Id == BrokenAgency).Agency!.Name;
        var rows = YearSections(index).SelectMany(s => s.Table.Bodies.SelectMany(b => b.Rows)).ToList();
        Assert.Equal(5, rows.Count);
        var brokenRow = rows.Single(r => r.Cells[0].TextContent.Trim() == brokenName);
        Assert.Empty(brokenRow.QuerySelectorAll("td.files a"));
        foreach (var href in index.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!).Where(h => !h.StartsWith('#')))
            Assert.True(File.Exists(Path.Combine(outDir, "site", href)), $"site index links a missing file: {href}");
        Assert.Equal(manifest.Sum(e => e.Files.Count), index.QuerySelectorAll("td.files a").Length);
    }

    private static List<(string Heading, IHtmlTableElement Table)> YearSections(IHtmlDocument index) =>
        index.QuerySelectorAll("section[data-year] h2").Select(h =>
        {
            var tables = index.QuerySelectorAll("table").OfType<IHtmlTableElement>()
                .Where(t => t.GetAttribute("aria-labelledby") == h.Id).ToList();
            Assert.True(tables.Count == 1, $"site index: heading “{h.TextContent}” labels {tables.Count} tables");
            Assert.Same(h, ReportTables.SectionHeadingOf(index, tables[0]));
            return (h.TextContent.Trim(), tables[0]);
        }).ToList();

    private static void AssertRelative(string path)
    {
        Assert.False(Path.IsPathRooted(path), $"path is not relative: {path}");
        Assert.DoesNotContain("\\", path);
        Assert.DoesNotContain("..", path);
    }
}

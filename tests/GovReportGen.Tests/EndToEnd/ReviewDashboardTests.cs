using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using GovReportGen.Diagnostics;
using GovReportGen.Pipeline;
using GovReportGen.Writers.Html;

namespace GovReportGen.Tests.EndToEnd;

/// <summary>
/// The review dashboard (site/index.html) and its per-report pages, read as the office reads them: overall
/// counts, per report status, counts, deadline state and links, every diagnostic on the report's page.
/// </summary>
[Collection(EndToEndCollection.Name)]
public class ReviewDashboardTests : IClassFixture<ReviewSite>
{
    private readonly ReviewSite _site;

    public ReviewDashboardTests(ReviewSite site) => _site = site;

    private IHtmlDocument Index => RenderedSamples.Parse(_site.IndexPath);

    private static int Count(IHtmlDocument doc, string id) =>
        int.Parse(doc.GetElementById(id)!.QuerySelector(".count")!.TextContent);

    [Fact]
    public void Overall_counts_at_the_top_add_up_from_the_manifest()
    {
        var doc = Index;
        var m = _site.Manifest;
        Assert.Equal(5, Count(doc, "total-reports"));
        Assert.Equal(1, Count(doc, "total-error"));
        Assert.Equal(m.Count(e => e.Status == ReportStatus.Ok), Count(doc, "total-ok"));
        Assert.Equal(m.Count(e => e.Status == ReportStatus.Warnings), Count(doc, "total-warnings"));
        Assert.Equal(m.Sum(e => e.Diagnostics.Count(d => d.IsError)), Count(doc, "total-error-count"));
        Assert.Equal(m.Sum(e => e.Diagnostics.Count(d => !d.IsError)), Count(doc, "total-warning-count"));
        Assert.Equal(1, Count(doc, "total-late"));
        Assert.Equal(m.Count(e => e.PublishedOn is null), Count(doc, "total-due"));
        // The totals come before the first report table.
        Assert.True(doc.GetElementById("total-reports")!.CompareDocumentPosition(doc.QuerySelector("table")!).HasFlag(DocumentPositions.Following));
    }

    [Fact]
    public void Each_row_shows_status_counts_publishing_and_links_that_resolve()
    {
        var doc = Index;
        var rows = doc.QuerySelectorAll("table.reports tbody tr").ToList();
        Assert.Equal(5, rows.Count);
        foreach (var entry in _site.Manifest)
        {
            var row = rows.Single(r => r.QuerySelector("a.page")!.GetAttribute("href") == $"reports/{entry.Year}/{entry.Agency}.html");
            Assert.Equal(entry.Name, row.QuerySelector("th")!.TextContent);
            Assert.Equal(entry.Status.ToManifestText(), row.GetAttribute("data-status"));
            Assert.Equal(SiteIndexWriter.StatusLabel(entry.Status), row.QuerySelector(".status")!.TextContent);
            Assert.Equal(entry.Diagnostics.Count(d => d.IsError).ToString(), row.QuerySelector("td.errors")!.TextContent);
            Assert.Equal(entry.Diagnostics.Count(d => !d.IsError).ToString(), row.QuerySelector("td.warnings")!.TextContent);
            var files = row.QuerySelectorAll("td.files a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.Equal(entry.Files.Values.Select(f => "../" + f), files);
            foreach (var href in row.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!))
                Assert.True(File.Exists(Path.Combine(_site.OutDir, "site", href)), $"{entry.Agency}: link {href} does not resolve");
            // The row sits in its year's section.
            Assert.Equal(entry.Year.ToString(), row.Closest("section")!.GetAttribute("data-year"));
        }
        var broken = rows.Single(r => r.GetAttribute("data-status") == "error");
        Assert.Empty(broken.QuerySelectorAll("td.files a"));
        Assert.Equal("有错误，未生成", broken.QuerySelector(".status")!.TextContent);
    }

    [Fact]
    public void Deadline_states_published_late_and_due_come_from_the_data()
    {
        var doc = Index;
        string Publishing(string agency, int year) =>
            doc.QuerySelector($"a.page[href='reports/{year}/{agency}.html']")!.Closest("tr")!.QuerySelector("td.publishing")!.TextContent;

        Assert.Equal("已发布：2025年1月20日", Publishing(ReviewSite.OnTimeAgency, 2024));
        Assert.Equal("已发布：2025年1月15日", Publishing("zaozhuang-shizhong-kjj", 2024));
        Assert.Equal("逾期发布：2024年3月15日（期限 2024年1月31日）", Publishing(ReviewSite.LateAgency, 2023));
        Assert.Equal("应于 2021年1月31日前发布（未填发布日期）", Publishing("zaozhuang-yicheng-kjj", 2020));
        Assert.Equal("应于 2025年1月31日前发布（未填发布日期）", Publishing(ReviewSite.BrokenAgency, 2024));

        var late = _site.Entry(ReviewSite.LateAgency);
        Assert.Equal((new DateOnly(2024, 3, 15), new DateOnly(2024, 1, 31)), (late.PublishedOn!.Value, late.Deadline!.Value));
    }

    [Theory]
    [InlineData(null, null, PublishingState.Unknown)]
    [InlineData("2025-01-31", "2025-01-31", PublishingState.Published)]
    [InlineData("2025-02-01", "2025-01-31", PublishingState.Late)]
    [InlineData(null, "2025-03-31", PublishingState.Due)]
    public void Publishing_state_is_decided_by_the_dates_alone(string? published, string? deadline, PublishingState state) =>
        Assert.Equal(state, new PublishingDates(published is null ? null : DateOnly.Parse(published), deadline is null ? null : DateOnly.Parse(deadline)).State);

    [Fact]
    public void Each_report_page_lists_every_diagnostic_with_cell_message_and_location()
    {
        foreach (var entry in _site.Manifest)
        {
            var page = RenderedSamples.Parse(_site.PagePath(entry.Agency, entry.Year));
            var rows = page.QuerySelectorAll("table.problems tbody tr").ToList();
            Assert.Equal(entry.Diagnostics.Count, rows.Count);
            foreach (var (d, row) in entry.Diagnostics.Zip(rows))
            {
                Assert.Equal(d.Id, row.Children[1].TextContent);
                Assert.Equal(d.IsError ? "错误" : "警告", row.Children[0].TextContent);
                Assert.StartsWith(d.Message, row.QuerySelector("td.message")!.TextContent);
                Assert.Equal(d.Span.HasPosition ? $"{d.Span.File}:{d.Span.Line}:{d.Span.Column}" : d.Span.File, row.QuerySelector("td.location")!.TextContent);
            }
            Assert.Equal(entry.Diagnostics.Count(d => d.IsError).ToString(), page.GetElementById("error-count")!.TextContent);
            Assert.Equal("../../index.html", page.QuerySelector("nav a")!.GetAttribute("href"));
            foreach (var href in page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!))
                Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(_site.PagePath(entry.Agency, entry.Year))!, href)), $"{entry.Agency}: link {href} does not resolve");
        }

        var broken = RenderedSamples.Parse(_site.PagePath(ReviewSite.BrokenAgency, 2024));
        var balance = broken.QuerySelectorAll("table.problems tbody tr").Single(r => r.Children[1].TextContent == "GRG2001");
        Assert.Equal("表三“自然人”列", balance.QuerySelector("td.cell")!.TextContent);
        Assert.Contains("应为 ", balance.QuerySelector("td.message")!.TextContent);
        Assert.Matches(@"^data/agencies/ningbo-yinzhou-kjj/2024\.yaml:\d+:\d+$", balance.QuerySelector("td.location")!.TextContent);
    }

    [Fact]
    public void Filters_by_status_and_year_are_radio_buttons_with_css_rules_for_each_value()
    {
        var doc = Index;
        foreach (var id in new[] { "filter-status-all", "filter-status-error", "filter-status-warnings", "filter-status-ok", "filter-year-all", "filter-year-2024", "filter-year-2023", "filter-year-2020" })
        {
            var input = doc.GetElementById(id) as IHtmlInputElement;
            Assert.True(input is { Type: "radio" }, $"no radio #{id}");
            Assert.NotNull(doc.QuerySelector($"label[for='{id}']"));
        }
        var css = doc.QuerySelector("style")!.TextContent;
        Assert.Contains("body:has(#filter-status-error:checked) tr[data-status]:not([data-status=\"error\"]){display:none}", css);
        Assert.Contains("body:has(#filter-year-2023:checked) section[data-year]:not([data-year=\"2023\"]){display:none}", css);
        Assert.Equal(new[] { "#y2024", "#y2023", "#y2020" }, doc.QuerySelectorAll("p.years a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public void The_dashboard_uses_no_external_resource_and_no_script()
    {
        foreach (var path in Directory.GetFiles(Path.Combine(_site.OutDir, "site"), "*.html", SearchOption.AllDirectories))
        {
            var doc = RenderedSamples.Parse(path);
            Assert.Empty(doc.QuerySelectorAll("script, link, img, iframe, object, embed"));
            Assert.DoesNotContain("url(", doc.QuerySelector("style")!.TextContent);
            Assert.All(doc.QuerySelectorAll("a").Select(a => a.GetAttribute("href")!), href => Assert.DoesNotContain(":", href));
        }
    }

    [Fact]
    public void Pages_of_reports_no_longer_listed_are_removed_and_the_bytes_depend_only_on_the_entries()
    {
        using var temp = new TempFolder("site-pages");
        var entries = _site.Manifest;
        SiteIndex.WriteTo(temp.Path, entries);
        var foreign = temp.Sub("site", "reports", "2024", "notes.txt");
        File.WriteAllText(foreign, "not ours");
        Assert.True(File.Exists(temp.Sub("site", "reports", "2020", "zaozhuang-yicheng-kjj.html")));

        SiteIndex.WriteTo(temp.Path, entries.Where(e => e.Year != 2020).ToList());
        Assert.False(Directory.Exists(temp.Sub("site", "reports", "2020")), "the page of a delisted report stays");
        Assert.True(File.Exists(foreign), "a file the site does not write was removed");

        var again = SiteIndex.Pages(entries.Reverse());
        Assert.Equal(SiteIndex.Pages(entries).Select(p => (p.RelativePath, Convert.ToHexString(p.Content))),
            again.Select(p => (p.RelativePath, Convert.ToHexString(p.Content))));
    }

    [Fact]
    public void An_empty_manifest_gives_a_dashboard_that_says_so()
    {
        var doc = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(System.Text.Encoding.UTF8.GetString(SiteIndex.Write(Array.Empty<ManifestEntry>())));
        Assert.Equal(0, Count(doc, "total-reports"));
        Assert.Contains("本次运行没有报告", doc.Body!.TextContent);
    }
}

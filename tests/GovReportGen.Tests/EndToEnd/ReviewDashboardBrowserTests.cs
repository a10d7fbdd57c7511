using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GovReportGen.Tests.EndToEnd;

/// <summary>
/// The review dashboard in Chromium: the filters work without JavaScript, and on a 390 px phone the page itself
/// does not scroll sideways — each table scrolls in its own region, with columns wide enough to read. Screenshots
/// at phone and desktop width are kept under $GRG_ARTIFACTS/screenshots (or the temp folder) for a person to look at.
/// </summary>
[Collection(EndToEndCollection.Name)]
public class ReviewDashboardBrowserTests : IClassFixture<ReviewSite>, IClassFixture<ChromiumSession>
{
    private readonly ReviewSite _site;
    private readonly ChromiumSession _chromium;
    private readonly ITestOutputHelper _output;

    public ReviewDashboardBrowserTests(ReviewSite site, ChromiumSession chromium, ITestOutputHelper output) =>
        (_site, _chromium, _output) = (site, chromium, output);

    private static string ScreenshotFolder =>
        Path.Combine(Environment.GetEnvironmentVariable("GRG_ARTIFACTS") is { Length: > 0 } artifacts ? artifacts : Path.GetTempPath(), "screenshots");

    private async Task<T> WithPage<T>(string path, int width, int height, bool javaScript, Func<IPage, Task<T>> use)
    {
        Skip.If(_chromium.SkipReason is not null, _chromium.SkipReason);
        Assert.True(_chromium.StartError is null, $"Chromium did not start through Playwright: {_chromium.StartError}");
        var context = await _chromium.Browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            JavaScriptEnabled = javaScript,
        });
        try
        {
            var page = await context.NewPageAsync();
            await page.GotoAsync(new Uri(path).AbsoluteUri);
            return await use(page);
        }
        finally
        {
            await context.CloseAsync();
        }
    }

    private static Task<int> VisibleRows(IPage page) =>
        page.Locator("table.reports tbody tr").Filter(new LocatorFilterOptions { Visible = true }).CountAsync();

    [SkippableFact]
    public async Task Status_and_year_filters_work_without_javascript()
    {
        var counts = await WithPage(_site.IndexPath, 1280, 900, javaScript: false, async page =>
        {
            var all = await VisibleRows(page);
            await page.ClickAsync("label[for='filter-status-error']");
            var errors = await VisibleRows(page);
            await page.ClickAsync("label[for='filter-status-all']");
            await page.ClickAsync("label[for='filter-year-2024']");
            var of2024 = await VisibleRows(page);
            var sections = await page.Locator("section[data-year]").Filter(new LocatorFilterOptions { Visible = true }).CountAsync();
            await page.ClickAsync("label[for='filter-status-warnings']");
            var warnings2024 = await VisibleRows(page);
            return (all, errors, of2024, sections, warnings2024);
        });
        var m = _site.Manifest;
        Assert.Equal(5, counts.all);
        Assert.Equal(1, counts.errors);
        Assert.Equal(m.Count(e => e.Year == 2024), counts.of2024);
        Assert.Equal(1, counts.sections);
        Assert.Equal(m.Count(e => e.Year == 2024 && e.Status == Diagnostics.ReportStatus.Warnings), counts.warnings2024);
    }

    [SkippableTheory]
    [InlineData("index")]
    [InlineData("report")]
    public async Task At_390px_the_page_does_not_scroll_sideways_and_tables_scroll_in_their_region(string which)
    {
        var path = which == "index" ? _site.IndexPath : _site.PagePath(ReviewSite.BrokenAgency, 2024);
        Directory.CreateDirectory(ScreenshotFolder);
        var metrics = await WithPage(path, 390, 844, javaScript: true, async page =>
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"dashboard-{which}-390.png"), FullPage = true });
            return await page.EvaluateAsync<JsonElement>(@"() => ({
                pageWidth: document.documentElement.scrollWidth,
                regions: [...document.querySelectorAll('.table-scroll')].map(r => ({ client: r.clientWidth, scroll: r.scrollWidth })),
                narrowest: Math.min(...[...document.querySelectorAll('tbody th, tbody td')].map(c => c.getBoundingClientRect().width))
            })");
        });
        await WithPage(path, 1280, 900, javaScript: true, async page =>
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, $"dashboard-{which}-1280.png"), FullPage = true });
            return 0;
        });
        _output.WriteLine($"{which}: {metrics}; screenshots in {ScreenshotFolder}");
        Assert.True(metrics.GetProperty("pageWidth").GetInt32() <= 390, $"the page scrolls sideways at 390 px: {metrics}");
        var regions = metrics.GetProperty("regions").EnumerateArray().ToList();
        Assert.NotEmpty(regions);
        Assert.All(regions, r => Assert.True(r.GetProperty("client").GetInt32() <= 390, $"a table region is wider than the phone: {metrics}"));
        // At least one table is wider than the phone and scrolls inside its region instead of squeezing its columns.
        Assert.Contains(regions, r => r.GetProperty("scroll").GetInt32() > r.GetProperty("client").GetInt32());
        // No column is squeezed to about one character (a character is about 16 px here).
        Assert.True(metrics.GetProperty("narrowest").GetDouble() >= 32, $"a table cell is squeezed to one character: {metrics}");
    }

    /// <summary>Issue 16, finding 7: on a phone the report's tables squeezed their number columns to one character (结/果/维/持).</summary>
    [SkippableFact]
    public async Task At_390px_a_report_keeps_every_table_cell_two_characters_wide_and_scrolls_tables_in_their_region()
    {
        var path = Path.Combine(_site.OutDir, "reports", "2024", "chaoyang-kjj", "chaoyang-kjj-2024.html");
        Assert.True(File.Exists(path), path);
        Directory.CreateDirectory(ScreenshotFolder);
        var metrics = await WithPage(path, 390, 844, javaScript: true, async page =>
        {
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, "report-390.png"), FullPage = true });
            return await page.EvaluateAsync<JsonElement>(@"() => ({
                pageWidth: document.documentElement.scrollWidth,
                tables: document.querySelectorAll('table').length,
                regions: [...document.querySelectorAll('.table-scroll')].map(r => ({ client: r.clientWidth, scroll: r.scrollWidth, named: r.getAttribute('role') === 'region' && r.tabIndex === 0 })),
                squeezed: [...document.querySelectorAll('th, td')]
                    .filter(c => c.getBoundingClientRect().width < 2 * parseFloat(getComputedStyle(c).fontSize))
                    .map(c => c.textContent.trim()).slice(0, 5)
            })");
        });
        _output.WriteLine($"report: {metrics}");
        Assert.True(metrics.GetProperty("pageWidth").GetInt32() <= 390, $"the page scrolls sideways at 390 px: {metrics}");
        var regions = metrics.GetProperty("regions").EnumerateArray().ToList();
        Assert.Equal(metrics.GetProperty("tables").GetInt32(), regions.Count);
        Assert.All(regions, r => Assert.True(r.GetProperty("named").GetBoolean() && r.GetProperty("client").GetInt32() <= 390, $"{metrics}"));
        // 表四's fifteen columns need more than a phone: it scrolls in its region instead of squeezing.
        Assert.Contains(regions, r => r.GetProperty("scroll").GetInt32() > r.GetProperty("client").GetInt32());
        Assert.Empty(metrics.GetProperty("squeezed").EnumerateArray());
    }
}

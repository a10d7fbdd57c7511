using GovReportGen.Cli.Preview;
using GovReportGen.Tests.EndToEnd;
using Microsoft.Playwright;

namespace GovReportGen.Tests.Preview;

/// <summary>
/// The editors' loop in a real browser (Debian's Chromium through Playwright): the page follows a template edit, shows
/// the overlay with the file and line of a syntax error over the last good render, drops it when fixed, and follows a
/// data edit into the table.
/// </summary>
public class PreviewBrowserTests
{
    [SkippableFact]
    public async Task The_page_follows_template_and_data_edits_and_overlays_errors()
    {
        Skip.IfNot(File.Exists(EndToEndPaths.Chromium), $"Chromium is not installed at {EndToEndPaths.Chromium} (apt-get install chromium)");
        using var folder = new PreviewFolder();
        await using var server = await PreviewServer.StartAsync(folder.Workspace, 0, null, null);
        Assert.Equal("127.0.0.1", server.Address.Host);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = EndToEndPaths.Chromium,
            Headless = true,
            Args = new[] { "--no-sandbox", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-gpu" },
            Timeout = 60_000,
        });
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout(60_000);
        // The first render of a run opens the CJK fonts (Noto CJK .ttc files of 20 MB each) while the rest of the suite
        // runs on the same two cores: CI measured more than the 5 s default before the first page appeared.
        Assertions.SetDefaultExpectTimeout(30_000);

        // The picker lists the report; following its link opens the side-by-side page.
        await page.GotoAsync(server.Address.ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = $"{PreviewFolder.Year} 年度" }).First.ClickAsync();
        await page.WaitForURLAsync($"**/report/{PreviewFolder.Agency}/{PreviewFolder.Year}");
        var report = page.FrameLocator("#html-frame");
        await Assertions.Expect(report.Locator("h1")).ToContainTextAsync("政府信息公开工作年度报告");
        await Assertions.Expect(page.Locator("#pdf-frame")).ToHaveAttributeAsync("src", new System.Text.RegularExpressions.Regex("/pdf\\?v=\\d+$"));

        folder.Edit(folder.TitleTemplate, "政府信息公开工作年度报告</h1>", "政府信息公开工作年度报告（浏览器预览）</h1>");
        await Assertions.Expect(report.Locator("h1")).ToContainTextAsync("（浏览器预览）");

        folder.Edit(folder.TitleTemplate, "{{ agency.name }}", "{{ agency.name ");
        var overlay = page.Locator("#overlay");
        await Assertions.Expect(overlay).ToBeVisibleAsync();
        await Assertions.Expect(overlay).ToContainTextAsync("templates/common/title.sbn:2:");
        await Assertions.Expect(overlay).ToContainTextAsync("模板语法错误");
        // The last good render stays under the overlay.
        await Assertions.Expect(report.Locator("h1")).ToContainTextAsync("（浏览器预览）");

        folder.Edit(folder.TitleTemplate, "{{ agency.name ", "{{ agency.name }}");
        await Assertions.Expect(overlay).ToBeHiddenAsync();

        folder.Edit(folder.YearFile, "licensing: {decisions: 0}", "licensing: {decisions: 4321}");
        await Assertions.Expect(report.Locator("table td", new() { HasTextString = "4321" }).First).ToBeVisibleAsync();
    }
}

using System.Text.Json;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace GovReportGen.Tests.EndToEnd;

/// <summary>
/// Debian's Chromium driven by Playwright (never a downloaded browser), started once for all pages.
/// When Chromium or axe-core is missing, <see cref="SkipReason"/> says so; a browser that is there
/// but fails to start is a failure, not a skip.
/// </summary>
public sealed class ChromiumSession : IAsyncLifetime
{
    private static readonly string[] Args =
        { "--no-sandbox", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-gpu" };

    private IPlaywright? _playwright;

    public IBrowser? Browser { get; private set; }
    public string? SkipReason { get; private set; }
    public Exception? StartError { get; private set; }

    public async Task InitializeAsync()
    {
        if (!File.Exists(EndToEndPaths.Chromium))
            SkipReason = $"Chromium is not installed at {EndToEndPaths.Chromium} (apt-get install chromium)";
        else if (!File.Exists(EndToEndPaths.AxeScript))
            SkipReason = $"axe-core is missing: run `cd tests/tools && npm ci` ({EndToEndPaths.AxeScript})";
        if (SkipReason is not null) return;
        try
        {
            _playwright = await Playwright.CreateAsync();
            Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = EndToEndPaths.Chromium,
                Headless = true,
                Args = Args,
                Timeout = 60_000,
            });
        }
        catch (Exception e)
        {
            StartError = e;
        }
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
    }
}

/// <summary>axe-core finds no serious or critical accessibility violation on any rendered page.</summary>
[Collection(EndToEndCollection.Name)]
public class AxeAccessibilityTests : IClassFixture<ChromiumSession>
{
    private static readonly HashSet<string> Blocking = new() { "serious", "critical" };

    private readonly RenderedSamples _samples;
    private readonly ChromiumSession _chromium;
    private readonly ITestOutputHelper _output;

    public AxeAccessibilityTests(RenderedSamples samples, ChromiumSession chromium, ITestOutputHelper output) =>
        (_samples, _chromium, _output) = (samples, chromium, output);

    /// <summary>Every report, the review dashboard and each report's page of diagnostics.</summary>
    public static IEnumerable<object[]> Pages() =>
        RenderedSamples.Reports.Select(r => new object[] { r.HtmlRelative })
            .Append(new object[] { GovReportGen.Pipeline.SiteIndex.RelativePath })
            .Concat(RenderedSamples.Reports.Select(r => new object[] { $"{GovReportGen.Pipeline.SiteIndex.ReportPagesFolder}/{r.Year}/{r.Agency}.html" }));

    private sealed record Violation(string Id, string Impact, string Help, IReadOnlyList<string> Nodes)
    {
        public override string ToString() => $"[{Impact}] {Id}: {Help}\n    " + string.Join("\n    ", Nodes.Take(10));
    }

    [SkippableTheory]
    [MemberData(nameof(Pages))]
    public async Task Page_has_no_serious_or_critical_axe_violation(string page)
    {
        var path = Path.Combine(_samples.OutDir, page);
        Assert.True(File.Exists(path), $"missing page {path}");
        var violations = await RunAxe(path);
        foreach (var v in violations.Where(v => !Blocking.Contains(v.Impact))) _output.WriteLine($"{page}: {v}");
        var blocking = violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, $"{page}: {blocking.Count} serious/critical axe violation(s):\n" + string.Join("\n", blocking));
    }

    /// <summary>The harness itself: a page with a known critical violation must be reported, or a clean result means nothing.</summary>
    [SkippableFact]
    public async Task Axe_reports_a_known_critical_violation()
    {
        using var temp = new TempFolder("axe");
        var canary = temp.Sub("canary.html");
        File.WriteAllText(canary,
            "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"utf-8\"><title>检查</title></head>\n"
            + "<body><main><h1>检查</h1><img src=\"x.png\"></main></body>\n</html>\n");
        var violations = await RunAxe(canary);
        Assert.Contains(violations, v => v.Id == "image-alt" && Blocking.Contains(v.Impact));
    }

    /// <summary>
    /// On a 390 px phone the pages change layout (sticky label columns in the reports, one card per row on the
    /// dashboard and report pages; issue 16, finding 7): axe still finds nothing serious there.
    /// </summary>
    [SkippableTheory]
    [InlineData("reports/2024/chaoyang-kjj/chaoyang-kjj-2024.html")]
    [InlineData("reports/2020/zaozhuang-yicheng-kjj/zaozhuang-yicheng-kjj-2020.html")]
    [InlineData("site/index.html")]
    [InlineData("site/reports/2024/chaoyang-kjj.html")]
    public async Task At_390px_a_page_has_no_serious_or_critical_axe_violation(string page)
    {
        var path = Path.Combine(_samples.OutDir, page);
        Assert.True(File.Exists(path), $"missing page {path}");
        var violations = await RunAxe(path, new ViewportSize { Width = 390, Height = 844 });
        foreach (var v in violations.Where(v => !Blocking.Contains(v.Impact))) _output.WriteLine($"{page} at 390 px: {v}");
        var blocking = violations.Where(v => Blocking.Contains(v.Impact)).ToList();
        Assert.True(blocking.Count == 0, $"{page} at 390 px: {blocking.Count} serious/critical axe violation(s):\n" + string.Join("\n", blocking));
    }

    private async Task<IReadOnlyList<Violation>> RunAxe(string path, ViewportSize? viewport = null)
    {
        Skip.If(_chromium.SkipReason is not null, _chromium.SkipReason);
        Assert.True(_chromium.StartError is null, $"Chromium did not start through Playwright: {_chromium.StartError}");

        var context = await _chromium.Browser!.NewContextAsync(viewport is null ? null : new BrowserNewContextOptions { ViewportSize = viewport });
        try
        {
            var tab = await context.NewPageAsync();
            await tab.GotoAsync(new Uri(path).AbsoluteUri);
            await tab.AddScriptTagAsync(new PageAddScriptTagOptions { Path = EndToEndPaths.AxeScript });
            var result = await tab.EvaluateAsync<JsonElement>(
                @"async () => (await axe.run()).violations.map(v => ({
                    id: v.id, impact: v.impact || '', help: v.help,
                    nodes: v.nodes.map(n => n.target.join(' ') + ' — ' + (n.failureSummary || '').replace(/\s+/g, ' '))
                }))");
            return result.EnumerateArray().Select(v => new Violation(
                v.GetProperty("id").GetString()!,
                v.GetProperty("impact").GetString()!,
                v.GetProperty("help").GetString()!,
                v.GetProperty("nodes").EnumerateArray().Select(n => n.GetString()!).ToList())).ToList();
        }
        finally
        {
            await context.CloseAsync();
        }
    }
}

using System.Text.Json;

namespace GovReportGen.Tests.EndToEnd;

/// <summary>The Nu Html Checker (vnu.jar, pinned in tests/tools) finds no error in any rendered page.</summary>
[Collection(EndToEndCollection.Name)]
public class NuHtmlCheckerTests
{
    private readonly RenderedSamples _samples;

    public NuHtmlCheckerTests(RenderedSamples samples) => _samples = samples;

    [SkippableFact]
    public void Reports_and_site_index_have_no_html_errors()
    {
        var java = EndToEndPaths.OnPath("java");
        Skip.If(java is null, "java is not installed (apt-get install default-jre-headless)");
        Skip.If(!File.Exists(EndToEndPaths.VnuJar), $"vnu.jar is missing: run `cd tests/tools && npm ci` ({EndToEndPaths.VnuJar})");

        var pages = _samples.Pages.ToList();
        Assert.All(pages, p => Assert.True(File.Exists(p), $"missing page {p}"));
        // A page with a known error goes through the same run, so a checker that reports nothing
        // (wrong stream, changed JSON) cannot pass for a clean result. One JVM start for all pages.
        using var temp = new TempFolder("vnu");
        var canary = temp.Sub("canary.html");
        File.WriteAllText(canary, "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head><meta charset=\"utf-8\"></head>\n<body><p>缺少标题</p></body>\n</html>\n");
        var result = ExternalTool.Run(java!, new[] { "-jar", EndToEndPaths.VnuJar, "--errors-only", "--format", "json" }.Concat(pages).Append(canary),
            TimeSpan.FromMinutes(5));

        // vnu writes its JSON report to stderr; anything unparsable there is itself a failure worth showing.
        JsonDocument report;
        try { report = JsonDocument.Parse(result.Stderr); }
        catch (JsonException) { Assert.Fail($"vnu exited {result.ExitCode} without a JSON report:\n{result.Stderr}\n{result.Stdout}"); return; }

        var all = report.RootElement.GetProperty("messages").EnumerateArray().ToList();
        bool IsCanary(JsonElement m) => m.TryGetProperty("url", out var u) && u.GetString() is { } url && url.EndsWith("/canary.html", StringComparison.Ordinal);
        Assert.True(all.Any(IsCanary), "vnu reported no error for a page without <title>: its output is not being read");
        var messages = all.Where(m => !IsCanary(m))
            .Select(m => string.Format("{0}:{1}:{2}: {3}: {4}{5}",
                Relative(m.TryGetProperty("url", out var u) ? u.GetString() : "?"),
                m.TryGetProperty("lastLine", out var l) ? l.GetInt32() : 0,
                m.TryGetProperty("firstColumn", out var c) ? c.GetInt32() : 0,
                m.GetProperty("type").GetString(),
                m.TryGetProperty("message", out var msg) ? msg.GetString() : "",
                m.TryGetProperty("extract", out var x) ? $"  «{x.GetString()?.ReplaceLineEndings(" ")}»" : ""))
            .ToList();
        Assert.True(messages.Count == 0, $"Nu Html Checker: {messages.Count} error(s):\n" + string.Join("\n", messages));
    }

    private string Relative(string? url)
    {
        if (url is null) return "?";
        var path = url.StartsWith("file:", StringComparison.Ordinal) ? new Uri(url).LocalPath : url;
        return Path.GetRelativePath(_samples.OutDir, path);
    }
}

using System.Globalization;
using GovReportGen.Pipeline;
using GovReportGen.Writers;

namespace GovReportGen.Tests.EndToEnd;

/// <summary>The sample data rendered a second time, into another folder, under a culture with a decimal comma.</summary>
public sealed class SecondRender : IDisposable
{
    private readonly TempFolder _temp = new("again");

    public SecondRender()
    {
        var culture = CultureInfo.CurrentCulture;
        var uiCulture = CultureInfo.CurrentUICulture;
        try
        {
            // Any figure or date formatted without InvariantCulture would come out differently here.
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
            RenderedSamples.Render(EndToEndPaths.Data, OutDir);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = uiCulture;
        }
    }

    public string OutDir => _temp.Sub("second", "out");

    public void Dispose() => _temp.Dispose();
}

/// <summary>The same input gives the same bytes: no clock, no output path, no culture leaks into the files.</summary>
[Collection(EndToEndCollection.Name)]
public class DeterminismTests : IClassFixture<SecondRender>
{
    private readonly RenderedSamples _samples;
    private readonly SecondRender _second;

    public DeterminismTests(RenderedSamples samples, SecondRender second) => (_samples, _second) = (samples, second);

    [Fact]
    public void Rendering_again_elsewhere_under_another_culture_gives_identical_html_and_manifest()
    {
        var first = Files(_samples.OutDir);
        Assert.Equal(first, Files(_second.OutDir));
        var html = first.Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f == Manifest.FileName).ToList();
        Assert.Contains(Manifest.FileName, html);
        Assert.Contains(SiteIndex.RelativePath, html);
        // Each report, the dashboard, each report's page of diagnostics, and the manifest.
        Assert.Equal(2 * RenderedSamples.Reports.Count + 2, html.Count);
        AssertSameBytes(html);
    }

    /// <summary>The other formats (DOCX, PDF) are held to the same standard.</summary>
    [Fact]
    public void Rendering_again_gives_identical_files_of_every_other_format()
    {
        var others = Files(_samples.OutDir)
            .Where(f => f.StartsWith("reports/", StringComparison.Ordinal) && !f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.Equal(
            WriterRegistry.Formats.Where(f => f.Name != "html").Select(f => f.Extension).Order(StringComparer.Ordinal),
            others.Select(f => Path.GetExtension(f).TrimStart('.')).Distinct().Order(StringComparer.Ordinal));
        AssertSameBytes(others);
    }

    private void AssertSameBytes(IEnumerable<string> files)
    {
        var different = new List<string>();
        foreach (var file in files)
        {
            var a = File.ReadAllBytes(Path.Combine(_samples.OutDir, file));
            var b = File.ReadAllBytes(Path.Combine(_second.OutDir, file));
            if (!a.AsSpan().SequenceEqual(b)) different.Add($"{file}: first difference at byte {FirstDifference(a, b)} (sizes {a.Length}, {b.Length})");
        }
        Assert.True(different.Count == 0, "differ between two renders of the same input:\n" + string.Join("\n", different));
    }

    /// <summary>The run's output, without the render cache (bookkeeping for the next run, not output).</summary>
    private static List<string> Files(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith(RenderCache.FolderName + "/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();

    private static int FirstDifference(byte[] a, byte[] b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++) if (a[i] != b[i]) return i;
        return n;
    }
}

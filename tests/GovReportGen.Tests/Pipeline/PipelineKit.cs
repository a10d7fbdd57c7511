using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using GovReportGen.Pipeline;
using GovReportGen.Tests.EndToEnd;
using GovReportGen.Writers;

namespace GovReportGen.Tests.PipelineTests;

/// <summary>A render run as the tests see it: the summary plus how each report was handled (by agency id; every sample has one year).</summary>
public sealed record RunResult(RenderSummary Summary, IReadOnlyDictionary<string, ReportOutcome> Outcomes)
{
    public IReadOnlyList<string> With(ReportOutcome outcome) =>
        Outcomes.Where(o => o.Value == outcome).Select(o => o.Key).Order(StringComparer.Ordinal).ToList();
}

/// <summary>
/// A private copy of the sample data (and, when a test edits them, the templates) with an out folder, so a
/// test may change inputs without touching the repository.
/// </summary>
public sealed class Workspace : IDisposable
{
    private readonly TempFolder _folder;

    public Workspace(string prefix, bool copyTemplates = false)
    {
        _folder = new TempFolder("pipeline-" + prefix);
        TempFolder.CopyTree(EndToEndPaths.Data, Data);
        if (copyTemplates) TempFolder.CopyTree(EndToEndPaths.Templates, Templates);
        TemplatesDir = copyTemplates ? Templates : EndToEndPaths.Templates;
    }

    public string Data => _folder.Sub("data");
    private string Templates => _folder.Sub("templates");
    public string TemplatesDir { get; }
    public string Out => _folder.Sub("out");
    public string Sub(params string[] parts) => _folder.Sub(parts);

    public RenderOptions Options(IReadOnlyList<string>? formats = null, string? outDir = null) =>
        PipelineKit.Options(Data, TemplatesDir, outDir ?? Out, formats ?? PipelineKit.HtmlOnly);

    public string DataFile(string agency, int year) => Path.Combine(Data, "agencies", agency, $"{year}.yaml");

    public string Template(string relative) => Path.Combine(TemplatesDir, relative);

    public void Dispose() => _folder.Dispose();
}

public static class PipelineKit
{
    public static IReadOnlyList<string> AllWriters => RenderedSamples.Formats;

    public static IReadOnlyList<string> HtmlOnly { get; } = ["html"];

    public static IReadOnlyList<string> SampleAgencies { get; } =
        RenderedSamples.Reports.Select(r => r.Agency).Order(StringComparer.Ordinal).ToList();

    /// <summary>The options <see cref="RenderedSamples.Render"/> uses, for any data, templates, out folder and writers.</summary>
    public static RenderOptions Options(string data, string templates, string outDir, IReadOnlyList<string> formats) =>
        new(data, templates, outDir, formats, RenderedSamples.Today, DisplayRoot: EndToEndPaths.Root);

    public static RunResult Run(RenderOptions options)
    {
        var outcomes = new ConcurrentDictionary<string, ReportOutcome>(StringComparer.Ordinal);
        var summary = RenderRun.Execute(options, (entry, outcome) =>
        {
            Assert.True(outcomes.TryAdd(entry.Agency, outcome), $"{entry.Agency} reported twice in one run");
        });
        Assert.False(summary.HasErrors, "the sample data should render without errors: "
            + string.Join("\n", summary.Reports.SelectMany(r => r.Diagnostics).Concat(summary.Other).Where(d => d.IsError)));
        return new RunResult(summary, outcomes);
    }

    /// <summary>Files under <paramref name="root"/>, relative with '/', sorted; the render cache left out unless asked for.</summary>
    public static List<string> Tree(string root, bool includeCache = false) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Where(f => includeCache || !f.StartsWith(RenderCache.FolderName + "/", StringComparison.Ordinal))
            // The folder's ownership marker and run lock are bookkeeping like the cache, not output.
            .Where(f => f is not (OutputFolder.MarkerName or OutputFolder.LockName))
            .Order(StringComparer.Ordinal).ToList();

    /// <summary>Same file names, same bytes.</summary>
    public static void AssertSameTree(string expected, string actual, bool includeCache = false, string what = "")
    {
        var names = Tree(expected, includeCache);
        Assert.NotEmpty(names);
        Assert.Equal(names, Tree(actual, includeCache));
        var different = new List<string>();
        foreach (var name in names)
        {
            var a = File.ReadAllBytes(Path.Combine(expected, name));
            var b = File.ReadAllBytes(Path.Combine(actual, name));
            if (!a.AsSpan().SequenceEqual(b)) different.Add($"{name}: first difference at byte {FirstDifference(a, b)} (sizes {a.Length}, {b.Length})");
        }
        Assert.True(different.Count == 0, $"{what}: {actual} differs from {expected}:\n" + string.Join("\n", different));
    }

    /// <summary>Every file's bytes and write time, to show a run left them alone.</summary>
    public static Dictionary<string, (byte[] Bytes, DateTime Written)> Snapshot(string root, bool includeCache = true) =>
        Tree(root, includeCache).ToDictionary(f => f, f => (File.ReadAllBytes(Path.Combine(root, f)), File.GetLastWriteTimeUtc(Path.Combine(root, f))));

    /// <summary>
    /// Sets every file's write time far in the past, so any rewrite — even in the same clock tick, even with the
    /// same bytes — shows as a changed time.
    /// </summary>
    public static void Backdate(string root)
    {
        foreach (var file in Directory.GetFiles(root, "*", SearchOption.AllDirectories))
            File.SetLastWriteTimeUtc(file, Backdated);
    }

    public static readonly DateTime Backdated = new(2001, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>The report files (reports/…) of one agency, relative.</summary>
    public static IEnumerable<string> ReportFilesOf(string root, string agency) =>
        Tree(root).Where(f => f.StartsWith("reports/", StringComparison.Ordinal) && f.Split('/')[2] == agency);

    /// <summary>
    /// A data folder holding <paramref name="copies"/> copies of each sample agency under new ids
    /// (<c>&lt;id&gt;-c07</c>), for runs long enough to be interrupted.
    /// </summary>
    public static IReadOnlyList<string> WriteManyAgencies(string dataDir, int copies)
    {
        var ids = new List<string>();
        foreach (var source in Directory.GetDirectories(Path.Combine(EndToEndPaths.Data, "agencies")).Order(StringComparer.Ordinal))
        {
            var original = Path.GetFileName(source);
            for (var i = 1; i <= copies; i++)
            {
                var id = $"{original}-c{i:00}";
                var target = Path.Combine(dataDir, "agencies", id);
                TempFolder.CopyTree(source, target);
                var agencyFile = Path.Combine(target, "agency.yaml");
                var text = File.ReadAllText(agencyFile);
                var changed = Regex.Replace(text, $@"(?m)^id:\s*{Regex.Escape(original)}\s*$", $"id: {id}");
                Assert.NotEqual(text, changed);
                File.WriteAllText(agencyFile, changed);
                ids.Add(id);
            }
        }
        return ids.Order(StringComparer.Ordinal).ToList();
    }

    public static int FirstDifference(byte[] a, byte[] b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++) if (a[i] != b[i]) return i;
        return n;
    }

    /// <summary>True for a message written in Chinese (the tool's user-facing language).</summary>
    public static bool IsChinese(string message) => Regex.IsMatch(message, @"\p{IsCJKUnifiedIdeographs}{2,}");
}

using GovReportGen.Formats;
using System.Runtime.CompilerServices;
using GovReportGen.Data;
using GovReportGen.Data.Model;
using GovReportGen.Diagnostics;
using GovReportGen.Templating;
using GovReportGen.Tests.Support;

namespace GovReportGen.Tests.Templating;

/// <summary>Loads data folders and renders them through the real templates (or a copy a test may change).</summary>
internal static class TemplatingSupport
{
    public static readonly (string Agency, int Year)[] Samples =
    [
        ("chaoyang-kjj", 2024),
        ("ningbo-yinzhou-kjj", 2024),
        ("zaozhuang-shizhong-kjj", 2024),
        ("zaozhuang-yicheng-kjj", 2020),
        ("zhengzhou-erqi-kjj", 2023),
    ];

    public static string ThisDirectory([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(thisFile)!;

    private static readonly Lazy<DataSet> SampleData = new(() => FormatRegistry.Loader.LoadAll(RepoPaths.Data, RepoPaths.Root));

    public static ReportData Sample(string agency, int year)
    {
        var loaded = SampleData.Value.Find(agency, year) ?? throw new InvalidOperationException($"no sample {agency} {year}");
        Assert.True(loaded.LoadedCleanly, Describe(loaded.Diagnostics));
        return loaded.Data!;
    }

    /// <summary>The single report of a data folder (e.g. a fixture), loaded with paths shown relative to it.</summary>
    public static ReportData LoadSingle(string dataRoot, out IReadOnlyList<Diagnostic> loadDiagnostics)
    {
        var data = FormatRegistry.Loader.LoadAll(dataRoot, dataRoot);
        var loaded = Assert.Single(Assert.Single(data.Agencies).Reports);
        loadDiagnostics = data.Agencies[0].Diagnostics.Concat(loaded.Diagnostics).ToList();
        Assert.NotNull(loaded.Data);
        return loaded.Data!;
    }

    /// <summary>The repository's templates, with diagnostics showing <c>templates/…</c> paths.</summary>
    public static ReportTemplater RepoTemplater(TemplateLimits? limits = null) =>
        new(new TemplateSources(RepoPaths.Templates, RepoPaths.Root), limits);

    public static TemplateResult RenderSample(string agency, int year) => RepoTemplater().Render(Sample(agency, year));

    public static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(d => d.ToString()));

    /// <summary>
    /// Compares with <c>Golden/name</c>. On a difference it writes <c>name</c> with <c>.actual.txt</c> in place of its
    /// <c>.txt</c> beside it and fails; if the change is right, move the actual file over the expected one.
    /// </summary>
    public static void AssertMatchesGolden(string name, string actual)
    {
        var golden = Path.Combine(ThisDirectory(), "Golden");
        var expectedPath = Path.Combine(golden, name);
        var actualPath = Path.Combine(golden, Path.GetFileNameWithoutExtension(name) + ".actual.txt");
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            File.Delete(actualPath);
            return;
        }
        Directory.CreateDirectory(golden);
        File.WriteAllText(actualPath, actual);
        Assert.Fail(expected is null
            ? $"{expectedPath} does not exist; the output is in {actualPath}: read it, and if it is right rename it to {name}."
            : $"Output differs from {expectedPath} ({FirstDifference(expected, actual)}); see `diff {expectedPath} {actualPath}`. If the change is right, move the actual file over the golden one.");
    }

    private static string FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of file>";
            if (el != al) return $"first difference at line {i + 1}: expected `{el}`, actual `{al}`";
        }
        return "same lines";
    }
}

/// <summary>A throw-away folder, deleted on dispose.</summary>
internal sealed class TempFolder : IDisposable
{
    public TempFolder(string prefix = "grg-tpl-")
    {
        Root = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
    }

    public string Root { get; }

    public static void CopyTree(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var dir in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(Path.Combine(to, Path.GetRelativePath(from, dir)));
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, Path.Combine(to, Path.GetRelativePath(from, file)));
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

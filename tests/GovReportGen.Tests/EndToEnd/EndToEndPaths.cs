using GovReportGen.Tests.Support;

namespace GovReportGen.Tests.EndToEnd;

/// <summary>Where the end-to-end tests find the repository's inputs and the checkers of tests/tools.</summary>
public static class EndToEndPaths
{
    public static string Root => RepoPaths.Root;
    public static string Data => RepoPaths.Data;
    public static string Templates => RepoPaths.Templates;
    public static string Fixtures => RepoPaths.Fixtures;
    public static string SeedFigures => Path.Combine(Root, "tests", "GovReportGen.Tests", "Seeds", "seed-figures.txt");
    public static string Tools => Path.Combine(Root, "tests", "tools");
    public static string VnuJar => Path.Combine(Tools, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
    public static string AxeScript => Path.Combine(Tools, "node_modules", "axe-core", "axe.min.js");
    public const string Chromium = "/usr/bin/chromium";

    /// <summary>The first executable called <paramref name="name"/> on PATH, or null.</summary>
    public static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}

using System.Runtime.CompilerServices;

namespace GovReportGen.Tests.EndToEnd;

/// <summary>
/// Repository paths found from this source file, not from the test binary: with GRG_ARTIFACTS the
/// binary lives outside the repository, where searching upwards for the solution finds nothing.
/// </summary>
public static class EndToEndPaths
{
    public static readonly string Root = FindRoot();

    public static string Data => Path.Combine(Root, "data");
    public static string Templates => Path.Combine(Root, "templates");
    public static string Fixtures => Path.Combine(Root, "tests", "GovReportGen.Tests", "Fixtures");
    public static string SeedFigures => Path.Combine(Root, "tests", "GovReportGen.Tests", "Seeds", "seed-figures.txt");
    public static string Tools => Path.Combine(Root, "tests", "tools");
    public static string VnuJar => Path.Combine(Tools, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
    public static string AxeScript => Path.Combine(Tools, "node_modules", "axe-core", "axe.min.js");
    public const string Chromium = "/usr/bin/chromium";

    private static string FindRoot([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "..", ".."));

    /// <summary>The first executable called <paramref name="name"/> on PATH, or null.</summary>
    public static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);
}

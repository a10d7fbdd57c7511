using System.Globalization;
using System.Text.RegularExpressions;

namespace GovReportGen.Data;

/// <summary>Where data lives under a data folder, and how paths are shown: <c>agencies/&lt;id&gt;/agency.yaml</c> and <c>&lt;year&gt;.yaml</c>.</summary>
public static partial class DataLayout
{
    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")] public static partial Regex AgencyIdPattern();
    [GeneratedRegex(@"^([0-9]{4})\.yaml$")] internal static partial Regex YearFilePattern();

    public const string AgencyFileName = "agency.yaml";

    /// <summary>The agency folders under <c>agencies/</c>, in ordinal order (none when the folder is missing).</summary>
    public static IReadOnlyList<string> AgencyDirectories(string dataRoot)
    {
        var agenciesDir = System.IO.Path.Combine(dataRoot, "agencies");
        return Directory.Exists(agenciesDir)
            ? Directory.GetDirectories(agenciesDir).OrderBy(d => d, StringComparer.Ordinal).ToList()
            : Array.Empty<string>();
    }

    /// <summary>The <c>&lt;year&gt;.yaml</c> files of an agency folder, by year, without reading them.</summary>
    public static IReadOnlyList<(int Year, string Path)> YearFiles(string dir) =>
        Directory.Exists(dir)
            ? Directory.GetFiles(dir)
                .Select(f => (Match: YearFilePattern().Match(System.IO.Path.GetFileName(f)), Path: f))
                .Where(x => x.Match.Success)
                .Select(x => (int.Parse(x.Match.Groups[1].Value, CultureInfo.InvariantCulture), x.Path))
                .OrderBy(x => x.Item1)
                .ToList()
            : Array.Empty<(int, string)>();

    public static string Display(string path, string? displayRoot)
    {
        var full = System.IO.Path.GetFullPath(path);
        var root = System.IO.Path.GetFullPath(displayRoot ?? Environment.CurrentDirectory);
        var relative = System.IO.Path.GetRelativePath(root, full);
        if (relative.StartsWith("..", StringComparison.Ordinal) || System.IO.Path.IsPathRooted(relative)) relative = full;
        return relative.Replace('\\', '/');
    }
}

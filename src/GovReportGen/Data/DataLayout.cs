using System.Globalization;
using System.Text.RegularExpressions;

namespace GovReportGen.Data;

/// <summary>Where data lives under a data folder, and how paths are shown: <c>agencies/&lt;id&gt;/agency.yaml</c> and <c>&lt;year&gt;.yaml</c>.</summary>
public static partial class DataLayout
{
    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")] public static partial Regex AgencyIdPattern();
    [GeneratedRegex(@"^([0-9]{4})\.yaml$")] internal static partial Regex YearFilePattern();

    public const string AgencyFileName = "agency.yaml";

    /// <summary>
    /// The years a report can be for: the 条例 took effect in 2008, and a date must exist in the year after the report
    /// year (its deadline). Outside this range a year is a typo (0000.yaml, year: 1024), never a report.
    /// </summary>
    public const int MinReportYear = 2008, MaxReportYear = 2099;

    public static bool IsReportYear(int year) => year is >= MinReportYear and <= MaxReportYear;

    /// <summary>The agency folders under <c>agencies/</c>, in ordinal order (none when the folder is missing).</summary>
    public static IReadOnlyList<string> AgencyDirectories(string dataRoot)
    {
        var agenciesDir = System.IO.Path.Combine(dataRoot, "agencies");
        return Directory.Exists(agenciesDir)
            ? Directory.GetDirectories(agenciesDir).OrderBy(d => d, StringComparer.Ordinal).ToList()
            : Array.Empty<string>();
    }

    /// <summary>The <c>&lt;year&gt;.yaml</c> files of an agency folder whose year can be a report's, by year, without reading them.</summary>
    public static IReadOnlyList<(int Year, string Path)> YearFiles(string dir) =>
        Directory.Exists(dir)
            ? Directory.GetFiles(dir)
                .Select(f => (Match: YearFilePattern().Match(System.IO.Path.GetFileName(f)), Path: f))
                .Where(x => x.Match.Success)
                .Select(x => (int.Parse(x.Match.Groups[1].Value, CultureInfo.InvariantCulture), x.Path))
                // Not a report: the loader reports such a file (GRG1010) and reads nothing from it.
                .Where(x => IsReportYear(x.Item1))
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

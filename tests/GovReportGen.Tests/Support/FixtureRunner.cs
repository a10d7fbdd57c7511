using GovReportGen.Formats;
using GovReportGen.Data;
using GovReportGen.Diagnostics;
using GovReportGen.Hierarchy;
using GovReportGen.Validation;

namespace GovReportGen.Tests.Support;

/// <summary>
/// Runs a fixture folder (a data folder holding <c>agencies/</c>, whole files or overlays on a base) through
/// loading and validation and compares what was found with its <c>expected.txt</c>.
/// </summary>
/// <remarks>
/// expected.txt: one diagnostic per line, <c>agencies/x/2024.yaml(12,5): 错误 GRG2001</c>, optionally followed
/// by <c> | text</c> that the message must contain; a finding with no position (a folder, a whole file) is the
/// bare path, <c>agencies/Bad_Name: 错误 GRG1011</c>. Blank lines and lines starting with <c>#</c> are ignored.
/// An expected.txt with no diagnostic lines means "nothing at all may be reported".
/// </remarks>
public static class FixtureRunner
{
    /// <summary>Validation's notion of today is fixed, so GRG5002/GRG5003 do not change with the calendar.</summary>
    public static readonly DateOnly Today = new(2026, 3, 1);

    public static IEnumerable<object[]> Discover(string subfolder) =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Fixtures, subfolder), "expected.txt", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Fixtures, Path.GetDirectoryName(f)!).Replace('\\', '/'))
            .Where(f => !f.Contains("/_", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => new object[] { f });

    /// <summary>
    /// Loads and validates a fixture as <c>govreport validate</c> does, the checks across agencies included; overlays are
    /// first merged into their base files (see <see cref="FixtureTree"/>).
    /// </summary>
    public static ValidationResult Validate(string fixtureDir)
    {
        using var tree = FixtureTree.Materialise(fixtureDir);
        var data = FormatRegistry.Loader.LoadAll(tree.Root, displayRoot: tree.Root);
        return HierarchyCheck.Add(FormatRegistry.Validator.Validate(data, Today), data);
    }

    public static string Line(Diagnostic d) => $"{d.Span}: {(d.IsError ? "错误" : "警告")} {d.Id}";

    public static void AssertMatches(string relativeFixture)
    {
        var dir = Path.Combine(RepoPaths.Fixtures, relativeFixture);
        var expectedLines = File.ReadAllLines(Path.Combine(dir, "expected.txt"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
        var result = Validate(dir);
        var actual = result.AllDiagnostics.ToList();
        var actualText = string.Join("\n", actual.Select(d => d.ToString()));

        var unmatched = actual.ToList();
        var missing = new List<string>();
        foreach (var line in expectedLines)
        {
            var parts = line.Split(" | ", 2);
            var found = unmatched.FirstOrDefault(d => Line(d) == parts[0].Trim() && (parts.Length == 1 || d.Message.Contains(parts[1].Trim(), StringComparison.Ordinal)));
            if (found is null) missing.Add(line);
            else unmatched.Remove(found);
        }
        Assert.True(missing.Count == 0 && unmatched.Count == 0,
            $"Fixture {relativeFixture}:\n  expected but not reported:\n    {string.Join("\n    ", missing)}\n  reported but not expected:\n    {string.Join("\n    ", unmatched.Select(d => d.ToString()))}\n  all reported:\n{actualText}");
    }
}

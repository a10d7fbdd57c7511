using GovReportGen.Formats;
using GovReportGen.Data;
using GovReportGen.Data.Model;
using GovReportGen.Diagnostics;
using GovReportGen.Tests.Support;
using GovReportGen.Validation;

namespace GovReportGen.Tests.Narrative;

/// <summary>Reports for narrative tests: the sample data, or a base fixture with a few exact text replacements.</summary>
internal static class NarrativeTestData
{
    private static readonly Lazy<DataSet> Samples = new(() => FormatRegistry.Loader.LoadAll(RepoPaths.Data, RepoPaths.Root));

    public static ReportData Sample(string agencyId, int year)
    {
        var loaded = Samples.Value.Find(agencyId, year) ?? throw new InvalidOperationException($"no sample {agencyId} {year}");
        Assert.True(loaded.LoadedCleanly, string.Join("\n", loaded.Diagnostics));
        return loaded.Data!;
    }

    /// <summary>The base fixture of a format with each (old, new) replaced exactly once; the result must load without errors.</summary>
    public static ReportData Base(string format = "gov-2021", params (string Old, string New)[] edits)
    {
        var year = format == "gov-2021" ? "2024" : "2020";
        var baseDir = Path.Combine(RepoPaths.Fixtures, "_base", format, "agencies", "sample-kjj");
        var text = File.ReadAllText(Path.Combine(baseDir, year + ".yaml"));
        foreach (var (old, replacement) in edits)
        {
            var at = text.IndexOf(old, StringComparison.Ordinal);
            Assert.True(at >= 0 && text.IndexOf(old, at + 1, StringComparison.Ordinal) < 0, $"edit must match exactly once: {old}");
            text = text[..at] + replacement + text[(at + old.Length)..];
        }
        var root = Path.Combine(Path.GetTempPath(), "grg-narrative-" + Guid.NewGuid().ToString("N"));
        try
        {
            var dir = Path.Combine(root, "agencies", "sample-kjj");
            Directory.CreateDirectory(dir);
            File.Copy(Path.Combine(baseDir, "agency.yaml"), Path.Combine(dir, "agency.yaml"));
            File.WriteAllText(Path.Combine(dir, year + ".yaml"), text);
            var loaded = Assert.Single(Assert.Single(FormatRegistry.Loader.LoadAll(root, root).Agencies).Reports);
            Assert.True(loaded.LoadedCleanly, string.Join("\n", loaded.Diagnostics));
            return loaded.Data!;
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    /// <summary>The base gov-2021 report with one narrative value replaced by a single-line text.</summary>
    public static ReportData WithText(string key, string text, params (string Old, string New)[] tableEdits) =>
        Base("gov-2021", tableEdits.Prepend((Line2021[key], $"    {key}: \"{text}\"")).ToArray());

    private static readonly Dictionary<string, string> Line2021 = new()
    {
        ["proactive"] = "    proactive: 2024年，本局通过门户网站主动公开政府信息14条。",
        ["on_request"] = "    on_request: 2024年，本局收到政府信息公开申请{table3.rows.new_requests.total}件。",
        ["platforms"] = "    platforms: 2024年，本局认真落实二七区政务公开工作要点，依托二七区人民政府网开展信息公开。",
        ["other"] = "    other: 本年度无其他需要报告的事项。",
    };

    public static IReadOnlyList<Diagnostic> Run(IRule rule, ReportData report)
    {
        var bag = new DiagnosticBag();
        rule.Check(new RuleContext(report, previous: null, hasEarlierYears: false, new DateOnly(2026, 3, 1), bag, FormatRegistry.Catalog));
        Assert.All(bag.Items, d => Assert.Equal(rule.Info.Id, d.Id));
        return bag.Items;
    }
}

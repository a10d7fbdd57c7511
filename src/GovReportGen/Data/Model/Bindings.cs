using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using GovReportGen.Data.Schema;
using GovReportGen.Data.Common;

namespace GovReportGen.Data.Model;

/// <summary>One binding found in narrative text: <c>{table3.rows.new_requests.total}</c> at <see cref="Start"/>.</summary>
/// <param name="Start">Index of the opening brace in the text.</param>
/// <param name="Length">Length including both braces.</param>
/// <param name="Path">The key path between the braces.</param>
internal readonly record struct BindingRef(int Start, int Length, string Path);

/// <summary>
/// Bindings in narrative text (docs/formats.md §5.5): <c>{</c> + a dotted key path + <c>}</c>, replaced by the
/// table cell's printed value. Validation (GRG4006) and the templates resolve them through this one class,
/// so what passes validation is exactly what renders.
/// </summary>
/// <remarks>
/// Only table cells are bindable (表二, 表三 including the derived totals and group sums, 表四 including
/// the derived totals): those are the figures narrative text repeats. Everything else in braces is literal.
/// </remarks>
internal static partial class Bindings
{
    // The braces must not be doubled: "{{a.b}}" is template-like text written by a clerk, not a binding,
    // and treating its inner part as one would print "{2}".
    [GeneratedRegex(@"(?<!\{)\{([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)\}(?!\})", RegexOptions.CultureInvariant)]
    private static partial Regex BindingPattern();

    private static readonly ConditionalWeakTable<ReportData, IReadOnlyDictionary<string, string>> Cache = new();

    /// <summary>Every binding in <paramref name="text"/>, in order. Other braces are literal text and are not returned.</summary>
    public static IReadOnlyList<BindingRef> Find(string text)
    {
        if (string.IsNullOrEmpty(text) || !text.Contains('{')) return Array.Empty<BindingRef>();
        return BindingPattern().Matches(text).Select(m => new BindingRef(m.Index, m.Length, m.Groups[1].Value)).ToList();
    }

    /// <summary>The value as the report prints it (docs/formats.md §1.6), or null when the path names no bindable cell.</summary>
    public static string? Resolve(ReportData report, string path) =>
        Values(report).TryGetValue(path, out var value) ? value : null;

    /// <summary>The numeric value of a binding, for rules that add figures up (GRG4007).</summary>
    public static decimal? ResolveNumber(ReportData report, string path) =>
        Resolve(report, path) is { } s && decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            ? d
            : null;

    /// <summary>Every bindable path of this report's format, in table order.</summary>
    public static IReadOnlyList<string> KnownPaths(ReportData report) => Values(report).Keys.ToList();

    /// <summary>
    /// The known path nearest to a mistyped one (the did-you-mean of GRG4006), or null when nothing is close.
    /// </summary>
    /// <remarks>
    /// The distance works on segments: a typo inside a key costs its spelling distance, a missing or extra key
    /// costs <see cref="SegmentGap"/>. Plain Levenshtein over the whole path would prefer
    /// <c>other_handling.other_org</c> for <c>other_handling.other.total</c>, where the writer clearly meant the
    /// group's total. Ties go to the same column, then to the 总计 column (what narrative cites most), then table order.
    /// </remarks>
    public static string? Suggest(ReportData report, string path)
    {
        var typed = path.Split('.');
        var keys = Values(report).Keys.ToList();
        return keys
            .Select((k, index) => (Key: k, Index: index, Segments: k.Split('.')))
            .Select(x => (x.Key, x.Index, x.Segments, Distance: SegmentDistance(typed, x.Segments)))
            .Where(x => x.Distance <= MaxSuggestionDistance)
            .OrderBy(x => x.Distance)
            .ThenBy(x => x.Segments[^1] == typed[^1] ? 0 : 1)
            .ThenBy(x => x.Segments[^1] == "total" ? 0 : 1)
            .ThenBy(x => x.Index)
            .Select(x => x.Key)
            .FirstOrDefault();
    }

    private const int SegmentGap = 3;
    private const int MaxSuggestionDistance = 4;

    private static int SegmentDistance(string[] a, string[] b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i * SegmentGap;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j * SegmentGap;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            var substitute = d[i - 1, j - 1] + Diagnostics.DidYouMean.Distance(a[i - 1], b[j - 1]);
            d[i, j] = Math.Min(substitute, Math.Min(d[i - 1, j], d[i, j - 1]) + SegmentGap);
        }
        return d[a.Length, b.Length];
    }

    private static IReadOnlyDictionary<string, string> Values(ReportData report) =>
        Cache.GetValue(report, Build);

    // Insertion order is table order; KnownPaths relies on it.
    private static IReadOnlyDictionary<string, string> Build(ReportData report)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        AddTable2(report, values);
        AddTable3(report.Table3, values);
        AddTable4(report.Table4, values);
        return values;
    }

    /// <summary>表二 differs per format, so its cells come from the format's schema rather than a typed record.</summary>
    private static void AddTable2(ReportData report, Dictionary<string, string> values)
    {
        if (report.Format.Schema.Child("table2") is not MapSchema table2) return;
        Walk(table2, "table2");

        void Walk(MapSchema map, string prefix)
        {
            foreach (var child in map.Children)
            {
                var path = prefix + "." + child.Key;
                switch (child)
                {
                    case MapSchema m:
                        Walk(m, path);
                        break;
                    case ValueSchema { Kind: ValueKind.Money }:
                        values[path] = ScalarParser.FormatDecimal(report.Fields.Money(path));
                        break;
                    case ValueSchema { Kind: ValueKind.Count or ValueKind.SignedCount }:
                        values[path] = Integer(report.Fields.Count(path));
                        break;
                }
            }
        }
    }

    private static void AddTable3(Table3 table3, Dictionary<string, string> values)
    {
        void Row(ApplicantRow row)
        {
            for (var i = 0; i < Table3Schema.Columns.Count; i++)
                values[$"{row.Path}.{Table3Schema.Columns[i].Key}"] = Integer(row.Cells[i]);
        }

        Row(table3.NewRequests);
        Row(table3.CarriedIn);
        foreach (var group in table3.ResultGroups)
        {
            // A group with sub-rows also binds its derived sum (docs/formats.md §5.3), e.g. table3.rows.results.withheld.total.
            Row(group.Sum);
            if (group.HasSubRows)
                foreach (var row in group.Rows) Row(row);
        }
        Row(table3.ResultsTotal);
        Row(table3.CarriedForward);
    }

    private static void AddTable4(Table4 table4, Dictionary<string, string> values)
    {
        foreach (var group in table4.Groups)
            for (var i = 0; i < Table4Schema.Columns.Count; i++)
                values[$"{group.Path}.{Table4Schema.Columns[i].Key}"] = Integer(group.Cells[i]);
    }

    private static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);
}

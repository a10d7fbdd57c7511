namespace GovReportGen.Data.Skeleton;

/// <summary>
/// The 条例 clause that titles each 表二 block (docs/formats.md §2.1, §3.1: <c>第二十条第（一）项</c> …).
/// The schema has no place for block titles yet, so they live here; a test checks that every
/// 表二 row of every format has one, so a new row cannot be forgotten.
/// </summary>
public static class Table2Articles
{
    private static readonly IReadOnlyDictionary<string, string> ByRow = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["government_rules"] = "第二十条第（一）项",
        ["normative_documents"] = "第二十条第（一）项",
        ["licensing"] = "第二十条第（五）项",
        ["other_services"] = "第二十条第（五）项",
        ["penalties"] = "第二十条第（六）项",
        ["coercive_measures"] = "第二十条第（六）项",
        ["administrative_fees"] = "第二十条第（八）项",
        ["centralized_procurement"] = "第二十条第（九）项",
    };

    public const string TablePath = "table2";

    /// <summary>The clause for a row path such as <c>table2.licensing</c>; null for anything else.</summary>
    public static string? For(string path) =>
        path.StartsWith(TablePath + ".", StringComparison.Ordinal) && ByRow.TryGetValue(path[(TablePath.Length + 1)..], out var article)
            ? article
            : null;
}

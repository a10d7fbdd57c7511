namespace GovReportGen.Diagnostics;

/// <summary>The "是否应为…？" of every message that names a typo: a mistyped key, verb, option, agency id or template.</summary>
public static class DidYouMean
{
    /// <summary>The closest candidate within <paramref name="maxDistance"/> edits, ties broken by ordinal order; null when none is close.</summary>
    public static string? Closest(string typed, IEnumerable<string> candidates, int maxDistance) =>
        candidates
            .Select(c => (Name: c, Distance: Distance(typed, c)))
            .Where(c => c.Distance <= maxDistance)
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();

    /// <summary>
    /// Edit distance counting an adjacent transposition as one edit (valdate → validate, overveiw → overview, yaer → year
    /// are all 1). Names are short, so the quadratic table is fine.
    /// </summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
        {
            var cost = a[i - 1] == b[j - 1] ? 0 : 1;
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
        }
        return d[a.Length, b.Length];
    }
}

namespace GovReportGen.Data.Schema;

/// <summary>The did-you-mean of GRG1007 and GRG4006: a near spelling, or the key whose Chinese label was typed.</summary>
internal static class KeySuggester
{
    public static (string Key, string Label)? Suggest(string typed, MapSchema siblings, MapSchema? root = null)
    {
        var byLabel = siblings.Children.FirstOrDefault(c => Normalise(c.Label) == Normalise(typed) || c.Label.Contains(typed, StringComparison.Ordinal) && typed.Length >= 2 && !IsAscii(typed));
        if (byLabel is not null) return (byLabel.Key, byLabel.Label);

        var best = siblings.Children
            .Select(c => (c, d: Diagnostics.DidYouMean.Distance(typed, c.Key)))
            .Where(x => x.d <= 2)
            .OrderBy(x => x.d).ThenBy(x => x.c.Key, StringComparer.Ordinal)
            .FirstOrDefault();
        if (best.c is not null) return (best.c.Key, best.c.Label);

        if (root is not null && !IsAscii(typed))
        {
            var path = FindLabel(root, typed, "");
            if (path is not null) return path;
        }
        return null;
    }

    private static (string, string)? FindLabel(MapSchema map, string typed, string prefix)
    {
        foreach (var child in map.Children)
        {
            var path = prefix.Length == 0 ? child.Key : prefix + "." + child.Key;
            if (Normalise(child.Label) == Normalise(typed)) return (path, child.Label);
            if (child is MapSchema m && FindLabel(m, typed, path) is { } found) return found;
        }
        return null;
    }

    private static bool IsAscii(string s) => s.All(c => c < 128);

    private static string Normalise(string label)
    {
        // Labels carry their official numbering (“一、”, “（三）”, “1.”); what a clerk types usually does not.
        var s = label.Trim();
        var cut = s.IndexOfAny(new[] { '、', '）', '.' });
        if (cut >= 0 && cut <= 4) s = s[(cut + 1)..];
        return s.Trim();
    }

}

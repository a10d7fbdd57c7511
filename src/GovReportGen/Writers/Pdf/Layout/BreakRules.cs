namespace GovReportGen.Writers.Pdf.Layout;

/// <summary>
/// Where a line may break between two clusters (docs/typesetting.md §3): between ideographs and between an
/// ideograph and a Latin word or number, after a space, never inside a Latin word, number or figure, and
/// never against the 禁则 of <see cref="Kinsoku"/>. <c>……</c> and <c>——</c> stay whole because their marks
/// may not start a line.
/// </summary>
internal static class BreakRules
{
    /// <summary>The characters after which an address (a URL, an e-mail) may break without a hyphen.</summary>
    public const string AddressBreakAfter = "/.@-";

    /// <summary>
    /// Whether a break at <paramref name="position"/> (before <c>clusters[position]</c>) is allowed, the pair rules
    /// of <see cref="CanBreakBetween"/> refined by what the neighbours say: a number stays with its unit and a
    /// date or a document number stays whole (<see cref="KeepsTogether"/>), and an address may break after
    /// <c>/ . @ -</c>.
    /// </summary>
    public static bool CanBreakAt(IReadOnlyList<Cluster> clusters, int position)
    {
        if (position <= 0 || position >= clusters.Count)
            return true;
        var before = clusters[position - 1];
        var after = clusters[position];
        if (before.IsNarrowWordPart && after.IsNarrowWordPart && !after.NoBreakBefore)
            return AddressBreakAfter.Contains(before.Text, StringComparison.Ordinal) && IsInAddress(clusters, position);
        return CanBreakBetween(before, after) && !KeepsTogether(clusters, position);
    }

    /// <summary>
    /// Breaks the line allows but a reader would not want (docs/typesetting.md §3): a number and the unit after it
    /// (<c>44条</c>, <c>2024年</c>, <c>30号</c>), the parts of a date (<c>2024年12月31日</c>) and a document
    /// number (<c>〔2021〕30号</c>). Each is a few characters, so it always fits a line.
    /// </summary>
    public static bool KeepsTogether(IReadOnlyList<Cluster> clusters, int position)
    {
        var before = clusters[position - 1];
        var after = clusters[position];
        if (IsDigit(before.Last) && after.IsWide && System.Text.Rune.IsLetter(new System.Text.Rune(after.First)))
            return true;
        if (position >= 2 && IsDigit(after.First) && IsDigit(clusters[position - 2].Last))
            return before.Text is "年" or "月" or "〕" or "]" or "］";
        return false;
    }

    /// <summary>Whether the Latin run around <paramref name="position"/> is a URL or an e-mail address.</summary>
    private static bool IsInAddress(IReadOnlyList<Cluster> clusters, int position)
    {
        var start = position - 1;
        while (start > 0 && clusters[start - 1].IsNarrowWordPart)
            start--;
        var end = position;
        while (end < clusters.Count && clusters[end].IsNarrowWordPart)
            end++;
        var run = string.Concat(Enumerable.Range(start, end - start).Select(i => clusters[i].Text));
        return run.Contains("://", StringComparison.Ordinal) || run.Contains('@', StringComparison.Ordinal)
            || run.StartsWith("www.", StringComparison.OrdinalIgnoreCase);
    }

    private static bool IsDigit(int codePoint) => codePoint is >= '0' and <= '9' or >= '０' and <= '９';

    public static bool CanBreakBetween(Cluster before, Cluster after)
    {
        if (after.NoBreakBefore)
            return false;
        if (!Kinsoku.MayStartLine(after.First) || !Kinsoku.MayEndLine(before.Last))
            return false;
        if (before.IsSpace)
            return true;
        if (after.IsSpace)
            return false;
        return before.IsWide || after.IsWide;
    }

    /// <summary>
    /// Where justification may add space: between clusters unless both belong to one Latin word or number, and
    /// not inside a figure or a doubled <c>……</c>/<c>——</c>.
    /// </summary>
    public static bool IsJustificationGap(Cluster before, Cluster after)
    {
        if (after.NoBreakBefore)
            return false;
        if (before.IsNarrowWordPart && after.IsNarrowWordPart)
            return false;
        return !(before.Last == after.First && before.Last is 0x2026 or 0x2014);
    }
}

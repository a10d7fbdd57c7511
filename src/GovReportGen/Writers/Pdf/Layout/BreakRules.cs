namespace GovReportGen.Writers.Pdf.Layout;

/// <summary>
/// Where a line may break between two clusters (docs/typesetting.md §3): between ideographs and between an
/// ideograph and a Latin word or number, after a space, never inside a Latin word, number or figure, and
/// never against the 禁则 of <see cref="Kinsoku"/>. <c>……</c> and <c>——</c> stay whole because their marks
/// may not start a line.
/// </summary>
internal static class BreakRules
{
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

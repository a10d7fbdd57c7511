using System.Collections.Immutable;

namespace GovReportGen.Documents.Tables;

/// <summary>
/// A table's column widths in points, computed once from the grid and shared by the PDF and DOCX writers
/// (and used by HTML as percentages). The widths add up to the table width, rounded to 0.01 pt.
/// </summary>
internal sealed record ColumnWidths(
    ImmutableArray<double> Points,
    ImmutableArray<double> MinContent,
    ImmutableArray<double> MaxContent,
    TableMetrics Metrics)
{
    public double Total => Points.Sum();

    /// <summary>
    /// The widths in whole units of a writer's grid (DOCX twips for <c>w:tblGrid</c>), adding up exactly to
    /// <paramref name="total"/>, the table width in those units.
    /// </summary>
    public ImmutableArray<int> Apportioned(int total) => Apportion.LargestRemainder([.. Points], total);

    /// <summary>Each width as a percentage of the table, for HTML <c>col</c> styles.</summary>
    public IEnumerable<double> Percentages() => Points.Select(p => p * 100 / Total);

    /// <summary>
    /// docs/typesetting.md §4: per column, min-content = widest unbreakable piece + padding, max-content = the text
    /// on one line + padding, first from single-column cells, then spanning cells widen the columns they
    /// cover. If all max-contents fit, each column gets its max plus a share of the rest in proportion to it;
    /// otherwise its min plus a share in proportion to (max − min). Fixed widths are kept as given.
    /// </summary>
    public static ColumnWidths Compute(TableGrid grid, IReadOnlyList<ColumnWidthSpec?> fixedWidths, TableMetrics metrics)
    {
        var count = grid.ColumnCount;
        var min = new double[count];
        var max = new double[count];
        var fixedPoints = Enumerable.Range(0, count)
            .Select(c => c < fixedWidths.Count ? fixedWidths[c]?.ToPoints(metrics.TotalWidth) : null)
            .ToArray();

        foreach (var cell in grid.Origins.Where(o => o.ColSpan == 1))
        {
            var (cellMin, cellMax) = Measure(cell, metrics);
            min[cell.Column] = Math.Max(min[cell.Column], cellMin);
            max[cell.Column] = Math.Max(max[cell.Column], cellMax);
        }

        // Narrow spans first, so a wide span sees the columns its narrower neighbours already widened.
        foreach (var cell in grid.Origins.Where(o => o.ColSpan > 1).OrderBy(o => o.ColSpan).ThenBy(o => o.Row).ThenBy(o => o.Column))
        {
            var columns = Enumerable.Range(cell.Column, cell.ColSpan).Where(c => fixedPoints[c] is null).ToArray();
            if (columns.Length == 0)
                continue;
            var (cellMin, cellMax) = Measure(cell, metrics);
            var fixedShare = Enumerable.Range(cell.Column, cell.ColSpan).Sum(c => fixedPoints[c] ?? 0);
            Widen(min, columns, cellMin - fixedShare, weights: max);
            Widen(max, columns, cellMax - fixedShare, weights: max);
        }

        for (var c = 0; c < count; c++)
        {
            if (fixedPoints[c] is { } width)
                min[c] = max[c] = width;
            max[c] = Math.Max(max[c], min[c]);
        }

        var widths = Distribute(min, max, fixedPoints, metrics.TotalWidth);
        var hundredths = Apportion.LargestRemainder(widths.Select(w => w * 100).ToArray(), (int)Math.Round(metrics.TotalWidth * 100));
        return new ColumnWidths(
            [.. hundredths.Select(h => h / 100.0)],
            [.. min],
            [.. max],
            metrics);
    }

    private static (double Min, double Max) Measure(Origin cell, TableMetrics metrics)
    {
        var text = cell.PlainText;
        return (TextMeasure.MinContentEm(text) * metrics.FontSize + metrics.Padding,
                TextMeasure.MaxContentEm(text) * metrics.FontSize + metrics.Padding);
    }

    /// <summary>Grows <paramref name="columns"/> of <paramref name="target"/> until they add up to <paramref name="needed"/>.</summary>
    private static void Widen(double[] target, int[] columns, double needed, double[] weights)
    {
        var have = columns.Sum(c => target[c]);
        if (needed <= have)
            return;
        var totalWeight = columns.Sum(c => weights[c]);
        foreach (var c in columns)
            target[c] += (needed - have) * (totalWeight > 0 ? weights[c] / totalWeight : 1.0 / columns.Length);
    }

    private static double[] Distribute(double[] min, double[] max, double?[] fixedPoints, double total)
    {
        var count = min.Length;
        var auto = Enumerable.Range(0, count).Where(c => fixedPoints[c] is null).ToArray();
        var widths = fixedPoints.Select(w => w ?? 0).ToArray();
        var available = total - widths.Sum();

        if (auto.Length == 0 || available < 0)
        {
            // Only fixed columns, or fixed columns wider than the table (the parser reports that): scale all.
            var sum = widths.Sum() + auto.Sum(c => min[c]);
            foreach (var c in auto)
                widths[c] = min[c];
            return widths.Select(w => sum > 0 ? w * total / sum : total / count).ToArray();
        }

        var sumMax = auto.Sum(c => max[c]);
        var sumMin = auto.Sum(c => min[c]);
        if (sumMax <= available)
        {
            foreach (var c in auto)
                widths[c] = max[c] + (available - sumMax) * (sumMax > 0 ? max[c] / sumMax : 1.0 / auto.Length);
        }
        else if (sumMin <= available)
        {
            var slack = auto.Sum(c => max[c] - min[c]);
            foreach (var c in auto)
                widths[c] = min[c] + (available - sumMin) * (max[c] - min[c]) / slack;
        }
        else
        {
            // Even the unbreakable pieces do not fit: shrink in proportion and let the writers overflow-wrap.
            foreach (var c in auto)
                widths[c] = min[c] * available / sumMin;
        }
        return widths;
    }
}

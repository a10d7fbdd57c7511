using GovReportGen.Documents.Tables;

namespace GovReportGen.Writers.Pdf.Layout.Tables;

/// <summary>
/// Row heights and where a table may break (docs/typesetting.md §4): every row is as tall as its tallest one-row
/// cell; a cell spanning rows that needs more shares the difference out evenly. A break between two rows
/// costs one for each spanning cell it would cut, and one more after a row of column headers inside the
/// body (table 二's block titles), which should stay with the row they head.
/// </summary>
internal sealed class TableRows
{
    private TableRows(double[] heights, int[] cost, bool[] headsNext)
    {
        Heights = heights;
        BreakCost = cost;
        HeadsNext = headsNext;
    }

    /// <summary><c>HeadsNext[b]</c>: row b − 1 is a row of column headers inside the body, so a break at b would strand it.</summary>
    public IReadOnlyList<bool> HeadsNext { get; }

    public IReadOnlyList<double> Heights { get; }

    /// <summary><c>BreakCost[b]</c>: the cost of breaking between rows b − 1 and b (index 0 unused).</summary>
    public IReadOnlyList<int> BreakCost { get; }

    public double Sum(int from, int to)
    {
        double sum = 0;
        for (var r = from; r < to; r++)
            sum += Heights[r];
        return sum;
    }

    public static TableRows Measure(TableGrid grid, IReadOnlyDictionary<Origin, TableCellLayout> cells, double paddingY, double minimumContent)
    {
        var heights = new double[grid.RowCount];
        for (var r = 0; r < grid.RowCount; r++)
            heights[r] = minimumContent + 2 * paddingY;
        foreach (var cell in cells.Values.Where(c => c.Cell.RowSpan == 1))
            heights[cell.Cell.Row] = Math.Max(heights[cell.Cell.Row], cell.ContentHeight + 2 * paddingY);
        foreach (var cell in cells.Values.Where(c => c.Cell.RowSpan > 1).OrderBy(c => c.Cell.RowSpan).ThenBy(c => c.Cell.Row).ThenBy(c => c.Cell.Column))
        {
            var needed = cell.ContentHeight + 2 * paddingY;
            double have = 0;
            for (var r = cell.Cell.Row; r <= cell.Cell.LastRow; r++)
                have += heights[r];
            if (needed <= have)
                continue;
            var share = (needed - have) / cell.Cell.RowSpan;
            for (var r = cell.Cell.Row; r <= cell.Cell.LastRow; r++)
                heights[r] += share;
        }

        var cost = new int[grid.RowCount + 1];
        var headsNext = new bool[grid.RowCount + 1];
        foreach (var origin in grid.Origins.Where(o => o.RowSpan > 1))
        {
            for (var b = origin.Row + 1; b <= origin.LastRow; b++)
                cost[b]++;
        }
        for (var b = Math.Max(1, grid.HeaderRowCount + 1); b < grid.RowCount; b++)
        {
            if (IsColumnHeaderRow(grid, b - 1))
            {
                cost[b]++;
                headsNext[b] = true;
            }
        }
        return new TableRows(heights, cost, headsNext);
    }

    private static bool IsColumnHeaderRow(TableGrid grid, int row) =>
        grid.Rows[row].All(slot => slot.Owner.IsColumnHeader);
}

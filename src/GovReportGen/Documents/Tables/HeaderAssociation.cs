using System.Collections.Immutable;

namespace GovReportGen.Documents.Tables;

/// <summary>
/// Which header cells label a cell, for HTML <c>headers</c> (and tagged PDF later). Simpler than HTML's
/// implicit algorithm, and right for table 二: looking up a column from a figure, skip cells until the first
/// column header, take the contiguous column headers above it, and stop at the next non-header, so a
/// block's figures are not attributed to the previous block's header row (HTML's algorithm would do that).
/// A header cell itself takes only the headers directly above it, so a block title row does not inherit
/// the previous block. Rows work the same way to the left, with row labels.
/// </summary>
internal static class HeaderAssociation
{
    /// <summary>Column headers first (outermost first), then row headers (leftmost first).</summary>
    public static ImmutableArray<Origin> HeadersOf(TableGrid grid, Origin cell) =>
        [.. ColumnHeadersOf(grid, cell), .. RowHeadersOf(grid, cell)];

    public static ImmutableArray<Origin> ColumnHeadersOf(TableGrid grid, Origin cell)
    {
        var found = new List<Origin>();
        for (var column = cell.Column; column <= cell.LastColumn; column++)
            Scan(found, cell, Enumerable.Range(0, cell.Row).Reverse().Select(row => grid[row, column].Owner), o => o.IsColumnHeader);
        return [.. found.OrderBy(o => o.Row).ThenBy(o => o.Column)];
    }

    public static ImmutableArray<Origin> RowHeadersOf(TableGrid grid, Origin cell)
    {
        var found = new List<Origin>();
        for (var row = cell.Row; row <= cell.LastRow; row++)
            Scan(found, cell, Enumerable.Range(0, cell.Column).Reverse().Select(column => grid[row, column].Owner), o => o.IsRowHeader);
        return [.. found.OrderBy(o => o.Column).ThenBy(o => o.Row)];
    }

    private static void Scan(List<Origin> found, Origin cell, IEnumerable<Origin> outward, Func<Origin, bool> isHeader)
    {
        // A header's own labels sit right next to it; only other cells look past non-headers for theirs.
        var inHeaders = isHeader(cell);
        foreach (var owner in outward)
        {
            if (ReferenceEquals(owner, cell))
                continue;
            if (isHeader(owner))
            {
                inHeaders = true;
                if (!found.Contains(owner, ReferenceEqualityComparer.Instance))
                    found.Add(owner);
            }
            else if (inHeaders)
            {
                return;
            }
        }
    }
}

using GovReportGen.Documents.Tables;

namespace GovReportGen.Writers.Html;

/// <summary>
/// The label columns a table keeps in view while it scrolls sideways on a narrow screen (docs/typesetting.md §7,
/// issue 16 finding 7). The label area is the leading columns every data row fills with row headers before its
/// first figure: 表三's three (三、本年度办理结果, （三）不予公开, 1.属于国家秘密 …), 表二's one; 表四 has none.
/// Header cells that lie wholly inside that area — the row headers, and the corner cells above them — become
/// <c>position: sticky</c> on narrow screens. A CSS offset cannot follow percentage widths, so on narrow screens
/// the label columns have fixed widths instead: every label column but the last
/// <see cref="OuterWidthEm"/>, the last (the row labels proper) <see cref="InnerWidthEm"/>; a cell starting in
/// label column k then sticks at k × the outer width, rowspan cells included.
/// </summary>
internal sealed class HtmlStickyLabels
{
    /// <summary>Border-box width of a label column other than the last, in ems of table text: 3 字 and padding.</summary>
    public const double OuterWidthEm = 3.5;

    /// <summary>Border-box width of the last label column: 6 字 and padding.</summary>
    public const double InnerWidthEm = 6.5;

    /// <summary>The most label columns a table may pin; the stylesheet has an offset rule for each start column below it.</summary>
    public const int MaxColumns = 4;

    private readonly int _columns;

    private HtmlStickyLabels(int columns) => _columns = columns;

    /// <summary>Null when the table has no label area to pin (no data row starts with a row header).</summary>
    public static HtmlStickyLabels? For(TableGrid grid)
    {
        int? columns = null;
        for (var row = grid.HeaderRowCount; row < grid.RowCount; row++)
        {
            // Rows without a figure (表二's block titles and their column headings) do not bound the area.
            var column = 0;
            while (column < grid.ColumnCount && grid[row, column].Owner.IsHeader)
                column++;
            if (column == grid.ColumnCount)
                continue;
            // Everything before the first figure must be row headers.
            if (Enumerable.Range(0, column).Any(c => !grid[row, c].Owner.IsRowHeader))
                return null;
            columns = Math.Min(columns ?? column, column);
        }
        return columns is > 0 and <= MaxColumns ? new HtmlStickyLabels(columns.Value) : null;
    }

    /// <summary>
    /// The classes of a cell: <c>sticky</c> with <c>from-k</c> (its start column) for a header cell wholly inside the
    /// label area, plus <c>label-outer</c>/<c>label-inner</c> for the width of the one label column it occupies.
    /// </summary>
    public IEnumerable<string> ClassesOf(Origin cell)
    {
        if (!cell.IsHeader || cell.LastColumn >= _columns)
            yield break;
        yield return "sticky";
        if (cell.Column > 0)
            yield return $"from-{cell.Column}";
        if (cell.ColSpan == 1)
            yield return cell.Column == _columns - 1 ? "label-inner" : "label-outer";
    }
}

using System.Collections.Immutable;
using System.Globalization;
using GovReportGen.Documents.Tables;

namespace GovReportGen.Writers.Pdf.Layout.Tables;

/// <summary>
/// The tagged PDF's table (ISO 32000-1 §14.8.4.3.4): Table, THead for the header rows, TBody for the rest, a TR per
/// grid row, a TH or TD per cell with its spans, TH with its scope and an id, TD with the ids of the headers that
/// label it (the same association the HTML's <c>headers</c> uses), so a screen reader names a figure's row and column.
/// </summary>
internal static class TableStructure
{
    public static IReadOnlyDictionary<Origin, StructNode> Add(StructNode parent, TableGrid grid, int index)
    {
        var table = parent.Add("Table");
        var cells = new Dictionary<Origin, StructNode>();
        var hasHead = grid.HeaderRowCount > 0 && grid.HeaderRowCount < grid.RowCount;
        var head = hasHead ? table.Add("THead") : null;
        var body = table.Add("TBody");
        for (var row = 0; row < grid.RowCount; row++)
        {
            var tr = (row < grid.HeaderRowCount && head is not null ? head : body).Add("TR");
            foreach (var cell in grid.OriginsInRow(row))
            {
                var node = new StructNode(cell.IsHeader ? "TH" : "TD")
                {
                    Id = cell.IsHeader ? IdOf(index, cell) : null,
                    Scope = !cell.IsHeader ? null : cell.IsColumnHeader ? "Column" : cell.IsRowHeader ? "Row" : "Both",
                    RowSpan = cell.RowSpan,
                    ColSpan = cell.ColSpan,
                    Headers = [.. HeaderAssociation.HeadersOf(grid, cell).Select(h => IdOf(index, h))],
                };
                cells[cell] = tr.Add(node);
            }
        }
        return cells.ToImmutableDictionary();
    }

    private static string IdOf(int table, Origin cell) =>
        string.Create(CultureInfo.InvariantCulture, $"t{table}r{cell.Row}c{cell.Column}");
}

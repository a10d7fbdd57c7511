using System.Collections.Immutable;
using GovReportGen.Diagnostics;

namespace GovReportGen.Documents.Tables;

/// <summary>
/// Places cells into a <see cref="TableGrid"/> following the HTML table model, and reports what the HTML
/// model would only tolerate (overlaps, ragged rows, spans past the end, empty rows or columns) as
/// GRG4010 errors located at the offending cell, in the spirit of QuestPDF's TableLayoutValidator.
/// </summary>
internal static class TableGridBuilder
{
    public const string DiagnosticId = "GRG4010";

    /// <summary>Returns the grid, or null after adding at least one error to <paramref name="diagnostics"/>.</summary>
    public static TableGrid? Build(IReadOnlyList<RowGroupSpec> groups, SourceSpan tableLocation, DiagnosticBag diagnostics)
    {
        var placement = new Placement(diagnostics);
        var headerRows = 0;
        foreach (var group in groups)
        {
            if (group.IsHeader && placement.RowCount == headerRows)
                headerRows += group.Rows.Length;
            placement.PlaceGroup(group);
        }

        if (placement.RowCount == 0)
        {
            diagnostics.Error(DiagnosticId, tableLocation, "表格没有任何行");
            return null;
        }
        if (placement.HasErrors)
            return null;
        return placement.Finish(tableLocation, headerRows);
    }

    /// <summary>The mutable state of one build: the slots placed so far and the rows' markup locations.</summary>
    private sealed class Placement(DiagnosticBag diagnostics)
    {
        private readonly List<List<GridSlot?>> _slots = [];
        private readonly List<RowSpec> _rows = [];
        private readonly HashSet<int> _rowsWithErrors = [];

        /// <summary>Cells spanning rows, where they were written: a ragged row under one is usually its rowspan's fault.</summary>
        private readonly List<(Origin Cell, SourceSpan Location)> _spanning = [];

        public int RowCount => _slots.Count;
        public bool HasErrors { get; private set; }

        public void PlaceGroup(RowGroupSpec group)
        {
            var groupStart = _slots.Count;
            var groupEnd = groupStart + group.Rows.Length;
            foreach (var row in group.Rows)
            {
                _slots.Add([]);
                _rows.Add(row);
            }

            for (var i = 0; i < group.Rows.Length; i++)
                PlaceRow(group.Rows[i], groupStart + i, groupEnd, group.IsHeader);
        }

        private void PlaceRow(RowSpec row, int r, int groupEnd, bool inHeader)
        {
            // A body row made only of th is a sub-header row (table 二's 信息内容 row): its cells label columns.
            var allHeaders = row.Cells.Length > 0 && row.Cells.All(cell => cell.Kind == CellKind.Header);
            var c = 0;
            foreach (var cell in row.Cells)
            {
                while (IsOccupied(r, c))
                    c++;

                var rowSpan = cell.RowSpan;
                if (r + rowSpan > groupEnd)
                {
                    var where = inHeader ? "表头" : "表格";
                    Error(r, cell.Location,
                        $"表格第{r + 1}行第{c + 1}列的单元格跨{cell.RowSpan}行，超出{where}末尾（第{groupEnd}行）");
                    rowSpan = groupEnd - r;
                }

                if (Enumerable.Range(c, cell.ColSpan).Any(column => IsOccupied(r, column)))
                {
                    Error(r, cell.Location, $"表格第{r + 1}行第{c + 1}列的单元格与上方跨行单元格重叠");
                    c += cell.ColSpan;
                    continue;
                }

                var origin = new Origin(r, c, rowSpan, cell.ColSpan, cell.Kind,
                    ScopeOf(cell, inHeader || allHeaders, rowSpan), AlignmentOf(cell, inHeader || allHeaders), cell.Content)
                {
                    Key = cell.Key,
                    Source = cell.Source,
                };
                if (rowSpan > 1) _spanning.Add((origin, cell.Location));
                for (var dr = 0; dr < rowSpan; dr++)
                    for (var dc = 0; dc < cell.ColSpan; dc++)
                        Set(r + dr, c + dc, dr == 0 && dc == 0 ? origin : new Continuation(r + dr, c + dc, origin));
                c += cell.ColSpan;
            }
        }

        public TableGrid? Finish(SourceSpan tableLocation, int headerRows)
        {
            var width = _slots.Max(row => row.Count);
            for (var r = 0; r < _slots.Count; r++)
            {
                var filled = _slots[r].Count(slot => slot is not null);
                if (filled < width && !_rowsWithErrors.Contains(r) && ShortSpan(r, width - filled) is { } culprit)
                {
                    // One mistake, one finding: the rowspan that stops too early, where the template wrote it.
                    var (cell, location) = culprit;
                    var shortRows = 0;
                    while (r + shortRows < _slots.Count && width - _slots[r + shortRows].Count(slot => slot is not null) == cell.ColSpan) shortRows++;
                    Error(r, location, $"表格第{cell.Row + 1}行第{cell.Column + 1}列的单元格跨{cell.RowSpan}行（到第{cell.Row + cell.RowSpan}行），" +
                        $"其下第{r + 1}行因此少{cell.ColSpan}列：rowspan 是否应为 {cell.RowSpan + shortRows}？");
                    for (var k = 0; k < shortRows; k++) _rowsWithErrors.Add(r + k);
                }
                else if (filled < width && !_rowsWithErrors.Contains(r))
                {
                    var cells = _rows[r].Cells;
                    var at = cells.IsEmpty ? _rows[r].Location : cells[^1].Location;
                    Error(r, at, $"表格第{r + 1}行的单元格共占{filled}列，与其他行的{width}列不一致");
                }
            }
            if (HasErrors)
                return null;

            // The HTML table model calls a row or column in which no cell begins an error (the Nu checker
            // reports it), and Word cannot express such a column either.
            for (var r = 0; r < _slots.Count; r++)
                if (!_slots[r].Any(slot => slot is Origin))
                    Error(r, _rows[r].Location, $"表格第{r + 1}行没有任何单元格从该行开始");
            for (var c = 0; c < width; c++)
                if (!_slots.Any(row => row[c] is Origin))
                    Error(-1, tableLocation, $"表格第{c + 1}列没有任何单元格从该列开始");
            if (HasErrors)
                return null;

            var rows = _slots.Select(row => row.Select(slot => slot!).ToImmutableArray()).ToImmutableArray();
            return new TableGrid(rows, headerRows);
        }

        /// <summary>A row-spanning cell ending just above row <paramref name="r"/> whose columns are the ones row r lacks.</summary>
        private (Origin Cell, SourceSpan Location)? ShortSpan(int r, int missing)
        {
            foreach (var (cell, location) in _spanning)
            {
                // Row r's own cells slid left into the columns the span no longer holds, so the gap shows at its end.
                if (cell.Row + cell.RowSpan == r && cell.ColSpan == missing) return (cell, location);
            }
            return null;
        }

        private static HeaderScope ScopeOf(CellSpec cell, bool labelsColumns, int rowSpan)
        {
            if (cell.Kind != CellKind.Header)
                return HeaderScope.None;
            var axis = cell.ExplicitAxis ?? (labelsColumns ? HeaderAxis.Column : HeaderAxis.Row);
            return axis == HeaderAxis.Column
                ? cell.ColSpan > 1 ? HeaderScope.ColumnGroup : HeaderScope.Column
                : rowSpan > 1 ? HeaderScope.RowGroup : HeaderScope.Row;
        }

        private static CellAlignment AlignmentOf(CellSpec cell, bool labelsColumns)
        {
            var isRowLabel = cell.Kind == CellKind.Header
                && (cell.ExplicitAxis ?? (labelsColumns ? HeaderAxis.Column : HeaderAxis.Row)) == HeaderAxis.Row;
            return cell.IsLabel || isRowLabel ? CellAlignment.Left : CellAlignment.Center;
        }

        private bool IsOccupied(int row, int column) =>
            column < _slots[row].Count && _slots[row][column] is not null;

        private void Set(int row, int column, GridSlot slot)
        {
            var slots = _slots[row];
            while (slots.Count <= column)
                slots.Add(null);
            slots[column] = slot;
        }

        private void Error(int row, SourceSpan at, string message)
        {
            diagnostics.Error(DiagnosticId, at, message);
            _rowsWithErrors.Add(row);
            HasErrors = true;
        }
    }
}

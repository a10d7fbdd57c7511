using GovReportGen.Theme;
using System.Collections.Immutable;
using GovReportGen.Documents;
using GovReportGen.Documents.Tables;
using GovReportGen.Writers.Pdf.Fonts;

namespace GovReportGen.Writers.Pdf.Layout.Tables;

/// <summary>
/// A table from the Document's grid and shared column widths (docs/typesetting.md §4): 10.5 pt text at 1.3 × size,
/// 2 pt / 1 pt padding, every cell vertically centred, 0.5 pt collapsed borders. Paging: the header rows
/// repeat on every page; rows never split; rows tied by a rowspan move together unless the group is taller
/// than a page, when it splits where the fewest spanning cells are cut and a cut cell is drawn on both pages
/// with its text on the first; the header never stands alone at a page bottom (at least one body row follows).
/// </summary>
internal sealed class TableElement : LayoutElement
{
    private const double Epsilon = 0.001;

    private readonly Table _table;
    private readonly PageGeometry _geometry;
    private readonly ImmutableDictionary<Origin, ImmutableArray<TextSegment>> _content;
    private readonly int _headerRows;
    private double[] _columnX = [];
    private Dictionary<Origin, TableCellLayout> _cells = [];
    private TableRows? _rows;
    private int _nextRow;
    private readonly IReadOnlyDictionary<Origin, StructNode> _structure;
    private bool _headerTagged;

    public TableElement(Table table, PageGeometry geometry, int index = 0, StructNode? parent = null)
    {
        _structure = TableStructure.Add(parent ?? new StructNode("Document"), table.Grid, index);
        Index = index;
        _table = table;
        _geometry = geometry;
        _content = table.Grid.Origins.ToImmutableDictionary(o => o, o => InlineCollector.Collect(o.Content, FontRole.Table));
        // A table that is all header has nothing to repeat it over: set its rows as body rows.
        _headerRows = table.Grid.HeaderRowCount < table.Grid.RowCount ? table.Grid.HeaderRowCount : 0;
        _nextRow = _headerRows;
    }

    /// <summary>The table's position among the document's tables (0-based), for the recorded cell boxes.</summary>
    public int Index { get; }

    public double FontSize => _table.Columns.Metrics.FontSize;
    public double LinePitch => FontSize * _geometry.TableLineFactor;
    public TableRows Rows => _rows ?? throw new InvalidOperationException("Prepare the table first.");
    public IReadOnlyList<double> ColumnX => _columnX;
    public IReadOnlyDictionary<Origin, TableCellLayout> Cells => _cells;

    public override void CollectCodePoints(CodePointUsage usage)
    {
        foreach (var span in _content.Values.SelectMany(s => s).SelectMany(s => s.Spans))
            usage.Add(span.Role, span.Text);
    }

    public override void Prepare(PrepareContext context)
    {
        var grid = _table.Grid;
        var widths = _table.Columns.Points;
        _columnX = new double[grid.ColumnCount + 1];
        for (var c = 0; c < grid.ColumnCount; c++)
            _columnX[c + 1] = _columnX[c] + (c < widths.Length ? widths[c] : 0);
        var metrics = _table.Columns.Metrics;
        _cells = [];
        foreach (var (origin, segments) in _content)
        {
            var width = _columnX[origin.LastColumn + 1] - _columnX[origin.Column] - metrics.PaddingLeft - metrics.PaddingRight;
            var align = origin.Alignment == CellAlignment.Left ? TextAlign.Left : TextAlign.Center;
            var format = new BlockFormat(new TextStyle(FontSize), 0, align, LinePitch, OnGrid: false);
            var lines = segments.All(s => s.Spans.IsEmpty) ? [] : TextSetter.Set(segments, format, context.Fonts, Math.Max(width, 1));
            _cells[origin] = new TableCellLayout(origin, lines, lines.Count * LinePitch);
        }
        _rows = TableRows.Measure(grid, _cells, _geometry.TablePaddingY, LinePitch);
    }

    public override SpacePlan Measure(LayoutSpace space)
    {
        if (_nextRow >= _table.Grid.RowCount)
            return SpacePlan.Empty;
        var end = BreakAfter(space);
        if (end == _nextRow)
            return SpacePlan.Wrap("the header rows and the first body rows do not fit");
        var height = Rows.Sum(0, _headerRows) + Rows.Sum(_nextRow, end);
        return end == _table.Grid.RowCount ? SpacePlan.Full(height) : SpacePlan.Partial(height);
    }

    public override void Draw(PageCanvas canvas, double top, LayoutSpace space)
    {
        if (_nextRow >= _table.Grid.RowCount)
            return;
        var end = BreakAfter(space);
        if (end == _nextRow)
            return;

        // The rows on this page: the header rows, then body rows [_nextRow, end); y of each row line.
        var pageRows = Enumerable.Range(0, _headerRows).Concat(Enumerable.Range(_nextRow, end - _nextRow)).ToList();
        var rowY = new double[pageRows.Count + 1];
        rowY[0] = top;
        for (var i = 0; i < pageRows.Count; i++)
            rowY[i + 1] = rowY[i] + Rows.Heights[pageRows[i]];
        var pageIndex = new Dictionary<int, int>();
        for (var i = 0; i < pageRows.Count; i++)
            pageIndex[pageRows[i]] = i;

        var borders = new TableBorders();
        var drawn = new HashSet<Origin>();
        foreach (var row in pageRows)
        {
            foreach (var slot in _table.Grid.Rows[row])
            {
                var cell = slot.Owner;
                if (!drawn.Add(cell))
                    continue;
                var firstRow = pageRows.First(r => r >= cell.Row && r <= cell.LastRow);
                var lastRow = pageRows.Last(r => r >= cell.Row && r <= cell.LastRow);
                var from = pageIndex[firstRow];
                var to = pageIndex[lastRow] + 1;
                borders.AddBox(from, to, cell.Column, cell.LastColumn + 1);
                var hasText = pageIndex.ContainsKey(cell.Row);
                if (hasText)
                {
                    // Header rows repeated on later pages are artifacts: the structure tree holds each cell once.
                    var owner = cell.Row < _headerRows && _headerTagged ? null : _structure[cell];
                    DrawText(canvas, _cells[cell], rowY[from], rowY[to], owner);
                }
                canvas.Cell(Index, cell, _columnX[cell.Column], rowY[from], _columnX[cell.LastColumn + 1] - _columnX[cell.Column], rowY[to] - rowY[from], hasText);
            }
        }
        borders.Draw(canvas, rowY, _columnX);
        _nextRow = end;
        _headerTagged = true;
    }

    private void DrawText(PageCanvas canvas, TableCellLayout cell, double cellTop, double cellBottom, StructNode? owner)
    {
        if (cell.Lines.Count == 0)
            return;
        var padding = _geometry.TablePaddingY;
        var free = cellBottom - cellTop - cell.ContentHeight;
        var textTop = free >= 2 * padding ? cellTop + free / 2 : cellTop + padding;
        var left = _columnX[cell.Cell.Column] + _table.Columns.Metrics.PaddingLeft;
        for (var i = 0; i < cell.Lines.Count; i++)
            canvas.Text(cell.Lines[i], left, textTop + i * LinePitch, LinePitch, owner);
    }

    /// <summary>The end (exclusive) of the body rows that go on this page; <see cref="_nextRow"/> if none should.</summary>
    private int BreakAfter(LayoutSpace space)
    {
        var rows = Rows;
        var count = _table.Grid.RowCount;
        var header = rows.Sum(0, _headerRows);
        var available = space.Height - header;

        var fitEnd = _nextRow;
        double sum = 0;
        for (var r = _nextRow; r < count; r++)
        {
            sum += rows.Heights[r];
            if (sum > available + Epsilon)
                break;
            fitEnd = r + 1;
        }
        if (fitEnd == _nextRow)
            return space.AtPageTop ? _nextRow + 1 : _nextRow; // a row taller than a page: draw it anyway
        if (fitEnd == count)
            return count;

        for (var b = fitEnd; b > _nextRow; b--)
        {
            if (rows.BreakCost[b] == 0)
                return b;
        }

        // The group starting here does not fit: move it to a fresh page if it fits there…
        var groupEnd = _nextRow + 1;
        while (groupEnd < count && rows.BreakCost[groupEnd] > 0)
            groupEnd++;
        var freshPage = _geometry.BodyHeight - header;
        if (!space.AtPageTop && rows.Sum(_nextRow, groupEnd) <= freshPage + Epsilon)
            return _nextRow;

        // …else split it where the fewest spanning cells are cut, as late as possible.
        var best = fitEnd;
        for (var b = fitEnd; b > _nextRow; b--)
        {
            if (rows.BreakCost[b] < rows.BreakCost[best])
                best = b;
        }
        return best;
    }
}

using GovReportGen.Theme;
using System.Collections.Immutable;
using GovReportGen.Documents;
using GovReportGen.Documents.Tables;
using GovReportGen.Writers.Pdf.Fonts;

namespace GovReportGen.Writers.Pdf.Layout.Tables;

/// <summary>
/// A table from the Document's grid and shared column widths (docs/typesetting.md §4): 10.5 pt text at 1.3 × size,
/// 2 pt / 1 pt padding, every cell vertically centred, 0.5 pt collapsed borders. Paging: the header rows
/// repeat on every page; rows never split; a table may break inside a rowspan group (table 三's result block) at
/// a row boundary, and a cut spanning cell is drawn on both pages with its label on each (<see cref="BreakAfter"/>).
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
    private readonly ImmutableArray<Origin> _cutCells;

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
        _cutCells = [.. table.Grid.Origins.Where(o => o.RowSpan > 1 && o.Row >= _headerRows)];
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
            // TextMeasure's 0.6 em is at least every chain face's digit, so only a cell it says may not fit is shaped twice.
            var plain = origin.PlainText;
            var size = TextMeasure.MinContentEm(plain) * FontSize <= width && !plain.Any(char.IsAsciiLetter)
                ? FontSize
                : FittingSize(segments, context.Fonts, Math.Max(width, 1));
            var format = new BlockFormat(new TextStyle(size), 0, align, LinePitch, OnGrid: false, AvoidLoneLast: true);
            var lines = segments.All(s => s.Spans.IsEmpty) ? [] : TextSetter.Set(segments, format, context.Fonts, Math.Max(width, 1));
            _cells[origin] = new TableCellLayout(origin, lines, lines.Count * LinePitch);
        }
        _rows = TableRows.Measure(grid, _cells, _geometry.TablePaddingY, LinePitch);
    }

    /// <summary>The smallest size a figure is set at when it is wider than its column [choice].</summary>
    public const double MinimumFigureSize = 7.5;

    /// <summary>
    /// The table size, unless the cell's widest unbreakable piece (a five-digit figure in a fixed-width column of
    /// table 三) is wider than the column: then a size at which it fits, down to <see cref="MinimumFigureSize"/>, so a
    /// number is set smaller rather than broken (docs/typesetting.md §4).
    /// </summary>
    private double FittingSize(ImmutableArray<TextSegment> segments, DocumentFonts fonts, double width)
    {
        double widest = 0;
        foreach (var segment in segments)
        {
            if (segment.Spans.IsEmpty)
                continue;
            var clusters = Shaper.Shape(segment, fonts, new TextStyle(FontSize));
            double piece = 0;
            for (var i = 0; i < clusters.Length; i++)
            {
                if (i > 0 && BreakRules.CanBreakAt(clusters, i))
                    piece = 0;
                piece += clusters[i].Advance;
                widest = Math.Max(widest, piece);
            }
        }
        if (widest <= width + Epsilon)
            return FontSize;
        return Math.Max(MinimumFigureSize, Math.Floor(FontSize * width / widest * 4) / 4);
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
                // A spanning cell cut by the last page break shows its label again, as an artifact: the structure
                // tree holds each cell once, like the header rows repeated on later pages.
                var hasText = pageIndex.ContainsKey(cell.Row);
                var repeated = !hasText || (cell.Row < _headerRows && _headerTagged);
                DrawText(canvas, _cells[cell], rowY[from], rowY[to], repeated ? null : _structure[cell]);
                canvas.Cell(Index, cell, _columnX[cell.Column], rowY[from], _columnX[cell.LastColumn + 1] - _columnX[cell.Column], rowY[to] - rowY[from], hasText, repeated);
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

    /// <summary>
    /// The end (exclusive) of the body rows that go on this page; <see cref="_nextRow"/> if none should
    /// (docs/typesetting.md §4). A break is acceptable when it leaves at least two body rows on each side, does not
    /// strand a row of column headers, and gives every spanning cell it cuts two rows and room for its whole text on
    /// each side (the text is repeated on the continuation). Among acceptable breaks that leave at most
    /// <see cref="MaxEmptyLinesAtFoot"/> empty lines at the page foot, the one cutting the fewest spanning cells wins,
    /// the latest on a tie; if none leaves so little, the latest acceptable one.
    /// </summary>
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

        var best = -1;
        var latestAcceptable = -1;
        var maxEmpty = MaxEmptyLinesAtFoot * _geometry.GridPitch;
        for (var b = fitEnd; b > _nextRow; b--)
        {
            if (!Acceptable(b))
                continue;
            if (latestAcceptable < 0)
                latestAcceptable = b;
            if (available - rows.Sum(_nextRow, b) <= maxEmpty + Epsilon && (best < 0 || rows.BreakCost[b] < rows.BreakCost[best]))
                best = b;
        }
        if (best >= 0)
            return best;
        if (latestAcceptable >= 0)
            return latestAcceptable;

        // No acceptable break here: move the rest to a fresh page, where it will find one…
        if (!space.AtPageTop)
            return _nextRow;

        // …else (a group taller than a page) split where the fewest spanning cells are cut, as late as possible.
        best = fitEnd;
        for (var b = fitEnd; b > _nextRow; b--)
        {
            if (rows.BreakCost[b] < rows.BreakCost[best])
                best = b;
        }
        return best;
    }

    /// <summary>The most empty body lines left at a page foot before the table continues on the next page [choice].</summary>
    public const int MaxEmptyLinesAtFoot = 2;

    private bool Acceptable(int b)
    {
        var rows = Rows;
        if (b - _nextRow < 2 || _table.Grid.RowCount - b < 2 || rows.HeadsNext[b])
            return false;
        foreach (var cell in _cutCells)
        {
            if (cell.Row >= b || cell.LastRow < b)
                continue;
            var needed = _cells[cell].ContentHeight + 2 * _geometry.TablePaddingY;
            var first = Math.Max(cell.Row, _nextRow);
            if (b - first < 2 || cell.LastRow + 1 - b < 2
                || rows.Sum(first, b) + Epsilon < needed || rows.Sum(b, cell.LastRow + 1) + Epsilon < needed)
                return false;
        }
        return true;
    }
}

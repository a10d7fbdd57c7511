namespace GovReportGen.Import;

/// <summary>
/// What a reader finds in a published report, whatever the file type: the tables as grids of cells and the text as
/// paragraphs, in reading order. Readers fill it; recognition (<see cref="TableRecognizer"/>) and the narrative split
/// (<see cref="NarrativeSplitter"/>) read only this, so a new input type is one more reader.
/// </summary>
internal sealed record SourceDocument(string File, string Kind, IReadOnlyList<SourceTable> Tables, IReadOnlyList<SourceParagraph> Paragraphs);

/// <summary>A paragraph of running text; <see cref="HeadingLevel"/> when the file marks it as a heading (h1–h4, a Word heading style).</summary>
internal sealed record SourceParagraph(string Text, int? HeadingLevel, string Where);

/// <summary>
/// A table as its cells were laid out: each cell with its row and column in the normalised grid (spans expanded the
/// way <c>TableGrid</c> does it) and where it sits in the file, for the import report.
/// </summary>
internal sealed class SourceTable
{
    public SourceTable(int number, IReadOnlyList<SourceCell> cells)
    {
        Number = number;
        Cells = cells;
        RowCount = cells.Count == 0 ? 0 : cells.Max(c => c.Row + c.RowSpan);
        ColumnCount = cells.Count == 0 ? 0 : cells.Max(c => c.Column + c.ColSpan);
        Slots = new SourceCell?[RowCount, ColumnCount];
        foreach (var cell in cells)
            for (var r = cell.Row; r < cell.Row + cell.RowSpan; r++)
                for (var c = cell.Column; c < cell.Column + cell.ColSpan; c++)
                    Slots[r, c] ??= cell;
    }

    /// <summary>1-based, in document order (also across pages: a PDF table split by a page break is two tables).</summary>
    public int Number { get; }
    public IReadOnlyList<SourceCell> Cells { get; }
    public int RowCount { get; }
    public int ColumnCount { get; }

    /// <summary>Every slot of the grid, pointing at the cell that covers it (null where a row is short).</summary>
    public SourceCell?[,] Slots { get; }
}

/// <summary>One cell: its text with line breaks kept as spaces, its origin slot and span, and its position as the report names it.</summary>
internal sealed record SourceCell(string Text, int Row, int Column, int RowSpan, int ColSpan, string Where);

/// <summary>Builds a grid from rows of spanning cells, the way HTML and Word lay them out: a cell takes the first free slot.</summary>
internal sealed class GridBuilder
{
    private readonly List<SourceCell> _cells = new();
    private readonly HashSet<(int, int)> _taken = new();
    private int _row = -1;
    private int _column;

    public void StartRow()
    {
        _row++;
        _column = 0;
    }

    /// <param name="where">How the import report names the cell; receives the 1-based grid row and column.</param>
    public void Add(string text, int rowSpan, int colSpan, Func<int, int, string> where)
    {
        while (_taken.Contains((_row, _column))) _column++;
        rowSpan = Math.Clamp(rowSpan, 1, 100);
        colSpan = Math.Clamp(colSpan, 1, 100);
        for (var r = _row; r < _row + rowSpan; r++)
            for (var c = _column; c < _column + colSpan; c++)
                _taken.Add((r, c));
        _cells.Add(new SourceCell(text, _row, _column, rowSpan, colSpan, where(_row + 1, _column + 1)));
        _column += colSpan;
    }

    public SourceTable Build(int number) => new(number, _cells);
}

using System.Collections.Immutable;

namespace GovReportGen.Documents.Tables;

/// <summary>
/// A table with its <c>rowspan</c>/<c>colspan</c> resolved once into a rectangle of slots (Pandoc's
/// GridTable idea): every slot is an <see cref="Origin"/> or a <see cref="Continuation"/>, so writers never
/// re-derive the HTML table model. Built only by <see cref="TableGridBuilder"/>, which rejects tables that
/// would not form a rectangle.
/// </summary>
internal sealed class TableGrid
{
    internal TableGrid(ImmutableArray<ImmutableArray<GridSlot>> rows, int headerRowCount)
    {
        Rows = rows;
        HeaderRowCount = headerRowCount;
    }

    /// <summary>The slots, row by row; every row has <see cref="ColumnCount"/> slots.</summary>
    public ImmutableArray<ImmutableArray<GridSlot>> Rows { get; }

    /// <summary>The rows from <c>thead</c>; they come first and repeat on every page.</summary>
    public int HeaderRowCount { get; }

    public int RowCount => Rows.Length;
    public int ColumnCount => Rows.IsEmpty ? 0 : Rows[0].Length;
    public int BodyRowCount => RowCount - HeaderRowCount;

    public GridSlot this[int row, int column] => Rows[row][column];

    public bool IsHeaderRow(int row) => row < HeaderRowCount;

    /// <summary>The cells, each once, in row-major order of their top-left slot.</summary>
    public IEnumerable<Origin> Origins => Rows.SelectMany(row => row.OfType<Origin>());

    /// <summary>The cells that start in <paramref name="row"/>, left to right.</summary>
    public IEnumerable<Origin> OriginsInRow(int row) => Rows[row].OfType<Origin>();
}

using GovReportGen.Data.Model;
using GovReportGen.Data.Schema;

namespace GovReportGen.Import;

/// <summary>
/// A figure cell of a format's official tables as a reader meets it: the labels of its row (left of it) and of its
/// column (the label rows above it), taken from the format's <see cref="OfficialStructure"/> — the same description
/// the templates are held to (GRG4009) — laid out in a grid exactly as a printed table would be.
/// </summary>
internal sealed record OfficialFigureCell(string Table, string Key, string Name, FigureKind Kind, bool IsTotal,
    IReadOnlyList<string> RowLabels, IReadOnlyList<string> ColumnLabels)
{
    public string? RowLeaf => RowLabels.Count == 0 ? null : RowLabels[^1];
    public string ColumnLeaf => ColumnLabels.Count == 0 ? "" : ColumnLabels[^1];
}

internal static class OfficialCells
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IFormatDefinition, IReadOnlyList<OfficialFigureCell>> Cache = new();

    /// <summary>Every figure cell of the format's tables, each with its row and column labels (built once per format).</summary>
    public static IReadOnlyList<OfficialFigureCell> Of(IFormatDefinition format) => Cache.GetValue(format, Build);

    private static IReadOnlyList<OfficialFigureCell> Build(IFormatDefinition format)
    {
        var result = new List<OfficialFigureCell>();
        foreach (var table in format.Structure.Tables)
        {
            // Lay the official rows out like a printed table; a figure gets a placeholder that reads as a number.
            var grid = new GridBuilder();
            var keys = new Dictionary<(int Row, int Column), OfficialCell>();
            var row = 0;
            foreach (var cells in table.Rows)
            {
                grid.StartRow();
                foreach (var cell in cells)
                    grid.Add(cell.IsFigure ? "0" : cell.Label!, cell.RowSpan, cell.ColSpan, (r, c) =>
                    {
                        if (cell.IsFigure) keys[(r - 1, c - 1)] = cell;
                        return "";
                    });
                row++;
            }
            var laidOut = grid.Build(0);
            foreach (var (position, cell) in keys.OrderBy(k => k.Key.Row).ThenBy(k => k.Key.Column))
            {
                var node = Node(format.Schema, cell.Key!) as ValueSchema;
                var kind = node?.Kind switch
                {
                    ValueKind.Money => FigureKind.Money,
                    ValueKind.SignedCount => FigureKind.SignedCount,
                    _ => FigureKind.Count,
                };
                result.Add(new OfficialFigureCell(table.Name, cell.Key!, cell.Name, kind, node?.IsDerivedTotal == true,
                    TableLayout.RowLabels(laidOut, position.Row, position.Column, _ => true),
                    TableLayout.ColumnLabels(laidOut, TableLayout.LabelRowsAbove(laidOut, position.Row), position.Column)));
            }
        }
        return result;
    }

    public static SchemaNode? Node(MapSchema schema, string key) => schema.Descendant(key);
}

/// <summary>Reading a laid-out table: which rows are label rows, and the labels of a row and of a column.</summary>
internal static partial class TableLayout
{
    /// <summary>A cell that holds (or could hold) a figure: blank, a dash, or text that begins like a number.</summary>
    public static bool LooksLikeFigure(string text)
    {
        var s = Labels.Squeeze(text).Normalize(System.Text.NormalizationForm.FormKC);
        if (s.Length == 0) return true;
        if (s is "/" or "\\" or "—" or "——" or "-" or "–" or "无") return true;
        // A number with what publications put around it; "1.属于国家秘密" begins with a digit but is a label.
        return NumberLike().IsMatch(s);
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[+\-]?\d[\d,.]*(?:万元|元|件|个|项|条|次|人次)?$")]
    private static partial System.Text.RegularExpressions.Regex NumberLike();

    /// <summary>
    /// True for a title or header row: no slot holds a figure. A blank slot could be either an empty header corner or
    /// a figure left blank, so a row with blanks counts as a header only when one of its labels is a column label of
    /// the official tables (<paramref name="isColumnLabel"/>); a body row whose figures are all blank stays a body row.
    /// </summary>
    public static bool IsLabelRow(SourceTable table, int row, Func<string, bool>? isColumnLabel = null)
    {
        var blank = false;
        var columnLabel = false;
        for (var c = 0; c < table.ColumnCount; c++)
        {
            if (table.Slots[row, c] is not { } cell) continue;
            if (Labels.Squeeze(cell.Text).Length == 0) { blank = true; continue; }
            if (LooksLikeFigure(cell.Text)) return false;
            if (isColumnLabel?.Invoke(cell.Text) == true) columnLabel = true;
        }
        return !blank || columnLabel;
    }

    /// <summary>The rows of the contiguous run of label rows nearest above <paramref name="row"/> (none at a table's top).</summary>
    public static IReadOnlyList<int> LabelRowsAbove(SourceTable table, int row, Func<string, bool>? isColumnLabel = null)
    {
        var rows = new List<int>();
        var r = row - 1;
        while (r >= 0 && !IsLabelRow(table, r, isColumnLabel)) r--;
        while (r >= 0 && IsLabelRow(table, r, isColumnLabel)) rows.Insert(0, r--);
        return rows;
    }

    /// <summary>The distinct labels over a column in the given label rows, top to bottom.</summary>
    public static IReadOnlyList<string> ColumnLabels(SourceTable table, IReadOnlyList<int> labelRows, int column)
    {
        var labels = new List<string>();
        SourceCell? last = null;
        foreach (var r in labelRows)
        {
            if (column >= table.ColumnCount || table.Slots[r, column] is not { } cell || ReferenceEquals(cell, last)) continue;
            last = cell;
            if (Labels.Squeeze(cell.Text).Length > 0) labels.Add(cell.Text);
        }
        return labels;
    }

    /// <summary>The distinct label cells of a row left of <paramref name="column"/>, in the columns <paramref name="isLabelColumn"/> admits.</summary>
    public static IReadOnlyList<string> RowLabels(SourceTable table, int row, int column, Func<int, bool> isLabelColumn)
    {
        var labels = new List<string>();
        SourceCell? last = null;
        for (var c = 0; c < column && c < table.ColumnCount; c++)
        {
            if (!isLabelColumn(c) || table.Slots[row, c] is not { } cell || ReferenceEquals(cell, last)) continue;
            last = cell;
            if (!LooksLikeFigure(cell.Text)) labels.Add(cell.Text);
        }
        return labels;
    }
}

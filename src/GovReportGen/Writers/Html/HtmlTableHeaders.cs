using System.Collections.Immutable;
using GovReportGen.Documents.Tables;

namespace GovReportGen.Writers.Html;

/// <summary>
/// Explicit header associations for multi-level tables (表二, 表三, 表四): an <c>id</c> on every header cell and
/// <c>headers</c> on every body cell, since <c>scope</c> alone cannot say that a figure of 表三 belongs under
/// 商业企业 → 法人或其他组织 → 申请人情况. Simple tables (one header per direction) rely on <c>scope</c>.
/// </summary>
internal sealed class HtmlTableHeaders
{
    private readonly int _tableNumber;
    private readonly Dictionary<(int Row, int Column), ImmutableArray<Origin>> _headers = [];

    private HtmlTableHeaders(int tableNumber) => _tableNumber = tableNumber;

    /// <summary>Null when <c>scope</c> is enough.</summary>
    public static HtmlTableHeaders? For(TableGrid grid, int tableNumber)
    {
        var map = new HtmlTableHeaders(tableNumber);
        var multiLevel = false;
        foreach (var cell in grid.Origins.Where(o => !grid.IsHeaderRow(o.Row)))
        {
            var columnHeaders = HeaderAssociation.ColumnHeadersOf(grid, cell);
            var rowHeaders = HeaderAssociation.RowHeadersOf(grid, cell);
            multiLevel |= columnHeaders.Length > 1 || rowHeaders.Length > 1;
            map._headers[(cell.Row, cell.Column)] = [.. columnHeaders, .. rowHeaders];
        }
        return multiLevel ? map : null;
    }

    /// <summary>Derived from the table's position in the document and the cell's slot, so stable and unique.</summary>
    public string IdOf(Origin header) => $"t{_tableNumber}-r{header.Row + 1}c{header.Column + 1}";

    /// <summary>The ids for <c>headers</c>, or null when the cell has no header (or is in <c>thead</c>).</summary>
    public string? HeadersOf(Origin cell) =>
        _headers.TryGetValue((cell.Row, cell.Column), out var headers) && !headers.IsEmpty
            ? string.Join(' ', headers.Select(IdOf))
            : null;
}

using System.Collections.Immutable;
using GovReportGen.Diagnostics;

namespace GovReportGen.Documents.Tables;

internal enum CellKind
{
    /// <summary>From <c>th</c>.</summary>
    Header,
    /// <summary>From <c>td</c>.</summary>
    Data,
}

/// <summary>What a header cell labels; normalised so every writer agrees (<c>None</c> for data cells).</summary>
internal enum HeaderScope
{
    None,
    /// <summary>A column header one column wide (HTML <c>scope="col"</c>).</summary>
    Column,
    /// <summary>A column header spanning several columns (<c>scope="colgroup"</c>).</summary>
    ColumnGroup,
    /// <summary>A row label one row high (<c>scope="row"</c>).</summary>
    Row,
    /// <summary>A row label spanning several rows (<c>scope="rowgroup"</c>).</summary>
    RowGroup,
}

internal enum CellAlignment
{
    /// <summary>Header cells and numbers (docs/typesetting.md §4).</summary>
    Center,
    /// <summary>Row labels: long labels wrap and read from the left.</summary>
    Left,
}

/// <summary>One slot of the rectangular grid (0-based row and column).</summary>
internal abstract record GridSlot(int Row, int Column)
{
    /// <summary>The cell this slot belongs to: itself for an origin, the spanning cell for a continuation.</summary>
    public abstract Origin Owner { get; }
}

/// <summary>The top-left slot of a cell, carrying the cell itself.</summary>
internal sealed record Origin(
    int Row,
    int Column,
    int RowSpan,
    int ColSpan,
    CellKind Kind,
    HeaderScope Scope,
    CellAlignment Alignment,
    ImmutableArray<Inline> Content) : GridSlot(Row, Column)
{
    public override Origin Owner => this;

    /// <summary>
    /// The key path of the value a figure cell shows (<c>data-key</c>, e.g. <c>table3.rows.new_requests.natural_person</c>),
    /// so the official-structure check (GRG4009) can tell a mis-bound cell from a right one. Writers ignore it.
    /// </summary>
    public string? Key { get; init; }

    /// <summary>
    /// Where the template wrote the cell: for a cell a template function printed, the line that called the function
    /// (the row an editor changes), otherwise the element's own position. Null for markup parsed without a template.
    /// </summary>
    public SourceSpan? Source { get; init; }

    public bool IsHeader => Kind == CellKind.Header;
    public bool IsColumnHeader => Scope is HeaderScope.Column or HeaderScope.ColumnGroup;
    public bool IsRowHeader => Scope is HeaderScope.Row or HeaderScope.RowGroup;
    public int LastRow => Row + RowSpan - 1;
    public int LastColumn => Column + ColSpan - 1;

    /// <summary>The cell's text, line breaks as <c>\n</c>.</summary>
    public string PlainText => InlineText.ToPlainText(Content);
}

/// <summary>A slot covered by a spanning cell that starts above or to the left (DOCX: <c>w:vMerge</c> continue).</summary>
internal sealed record Continuation(int Row, int Column, Origin Origin) : GridSlot(Row, Column)
{
    public override Origin Owner => Origin;
}

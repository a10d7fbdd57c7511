using System.Collections.Immutable;
using GovReportGen.Diagnostics;

namespace GovReportGen.Documents.Tables;

/// <summary>The axis a template gave a header cell explicitly (<c>scope</c>); span decides group or not.</summary>
internal enum HeaderAxis
{
    Column,
    Row,
}

/// <summary>
/// A cell as written in the markup, before spans are resolved. <paramref name="Location"/> is where
/// errors about this cell point (already mapped to the template when the templating layer maps positions).
/// </summary>
internal sealed record CellSpec(
    CellKind Kind,
    int RowSpan,
    int ColSpan,
    HeaderAxis? ExplicitAxis,
    bool IsLabel,
    ImmutableArray<Inline> Content,
    SourceSpan Location)
{
    /// <summary>The <c>data-key</c> of a figure cell (<see cref="Origin.Key"/>).</summary>
    public string? Key { get; init; }

    /// <summary>Where the template wrote the cell (<see cref="Origin.Source"/>).</summary>
    public SourceSpan? Source { get; init; }
}

/// <summary>A <c>tr</c>.</summary>
internal sealed record RowSpec(ImmutableArray<CellSpec> Cells, SourceSpan Location);

/// <summary>A <c>thead</c> or <c>tbody</c>; a <c>rowspan</c> may not leave its group.</summary>
internal sealed record RowGroupSpec(bool IsHeader, ImmutableArray<RowSpec> Rows);

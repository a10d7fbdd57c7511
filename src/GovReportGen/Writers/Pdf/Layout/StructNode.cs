namespace GovReportGen.Writers.Pdf.Layout;

/// <summary>
/// An element of the tagged PDF's structure tree (ISO 32000-1 §14.7, PDF/UA-1): built by the renderers in the
/// Document's reading order, independent of where the page flow puts things, so the tree stays in reading order
/// when a table's header rows repeat or a paragraph breaks across pages. Text drawn for a node points at it;
/// text drawn for no node (page numbers, repeated header rows) is an artifact.
/// </summary>
internal sealed class StructNode(string role)
{
    /// <summary>A standard structure type: Document, H1–H6, P, Table, THead, TBody, TR, TH, TD.</summary>
    public string Role { get; } = role;

    public List<StructNode> Children { get; } = [];

    /// <summary>Table attributes (§14.8.5.7): TH scope (Row, Column, Both), spans, the header ids a cell refers to.</summary>
    public string? Scope { get; init; }
    public int RowSpan { get; init; } = 1;
    public int ColSpan { get; init; } = 1;
    public string? Id { get; init; }
    public IReadOnlyList<string> Headers { get; init; } = [];

    public StructNode Add(string childRole) => Add(new StructNode(childRole));

    public StructNode Add(StructNode child)
    {
        Children.Add(child);
        return child;
    }

    public IEnumerable<StructNode> DescendantsAndSelf() => Children.SelectMany(c => c.DescendantsAndSelf()).Prepend(this);

    public override string ToString() => Role;
}

using System.Collections.Immutable;
using GovReportGen.Diagnostics;
using GovReportGen.Documents.Tables;

namespace GovReportGen.Documents;

/// <summary>The semantic classes the report markup allows on blocks (a closed set, so writers can switch on it).</summary>
internal enum BlockClass
{
    None,
    Title,
    Subtitle,
    Date,
    Note,
}

/// <summary>A block of the document, in reading order.</summary>
public abstract record Block;

/// <summary>
/// <c>h1</c>–<c>h4</c>. <paramref name="AnchorId"/> is assigned by the parser (<c>sec-2</c>, <c>sec-2-1</c>) so
/// HTML links, PDF outline destinations and table labels all use the same name.
/// </summary>
internal sealed record Heading(int Level, ImmutableArray<Inline> Inlines, BlockClass Class, string? AnchorId) : Block
{
    /// <summary>Where the template wrote the heading (see <see cref="Origin.Source"/>); null for markup parsed without a template.</summary>
    public SourceSpan? Source { get; init; }
}

/// <summary><c>p</c>, optionally with class <c>date</c>, <c>note</c> or <c>subtitle</c>.</summary>
internal sealed record Paragraph(ImmutableArray<Inline> Inlines, BlockClass Class) : Block;

/// <summary>
/// A table: its normalised grid, its column widths (computed once, shared by the PDF and DOCX writers),
/// an optional caption, and the anchor of the heading that titles it (docs/formats.md §1.5: tables have no caption;
/// the section heading is the table's title).
/// </summary>
internal sealed record Table(TableGrid Grid, ColumnWidths Columns, ImmutableArray<Inline> Caption, string? LabelledBy) : Block
{
    /// <summary>Where the template wrote the <c>table</c> element (see <see cref="Origin.Source"/>).</summary>
    public SourceSpan? Source { get; init; }
}

/// <summary>The 署名 and 成文日期 lines (<c>div class="signature"</c> holding <c>p</c>s, the date as <c>p class="date"</c>).</summary>
internal sealed record Signature(ImmutableArray<Paragraph> Lines) : Block;

/// <summary>A parsed report: the title (text of the <c>h1</c>) and its blocks.</summary>
public sealed record Document(string Title, ImmutableArray<Block> Blocks);

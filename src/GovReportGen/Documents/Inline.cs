using System.Collections.Immutable;

namespace GovReportGen.Documents;

/// <summary>Inline content of a block: text runs and the few inline styles the report markup allows.</summary>
internal abstract record Inline;

/// <summary>Plain text, whitespace already normalised by the markup parser.</summary>
internal sealed record Text(string Value) : Inline;

/// <summary>From <c>strong</c>; writers set it in the heading1 (黑体) face, never as synthetic bold.</summary>
internal sealed record Strong(ImmutableArray<Inline> Children) : Inline;

/// <summary>From <c>em</c>; writers set it in the heading2 (楷体) face, never as synthetic italic.</summary>
internal sealed record Emphasis(ImmutableArray<Inline> Children) : Inline;

/// <summary>From <c>br</c>: a forced line break inside a block or table cell.</summary>
internal sealed record LineBreak : Inline
{
    public static LineBreak Instance { get; } = new();
}

/// <summary>
/// A figure bound from the data (<c>span class="num"</c>). Kept apart from text so writers can
/// keep it unbroken and style it; the value is already formatted (docs/formats.md §1.6).
/// </summary>
internal sealed record Number(string Value) : Inline;

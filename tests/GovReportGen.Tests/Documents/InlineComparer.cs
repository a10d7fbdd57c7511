using GovReportGen.Documents;

namespace GovReportGen.Tests.Documents;

/// <summary>
/// Structural equality for inlines: records compare ImmutableArray children by reference, so this compares
/// the children of strong/em element by element.
/// </summary>
internal sealed class InlineComparer : IEqualityComparer<Inline>
{
    public static InlineComparer Instance { get; } = new();

    public bool Equals(Inline? x, Inline? y) => (x, y) switch
    {
        (null, null) => true,
        (Strong a, Strong b) => a.Children.SequenceEqual(b.Children, this),
        (Emphasis a, Emphasis b) => a.Children.SequenceEqual(b.Children, this),
        _ => Equals((object?)x, y),
    };

    public int GetHashCode(Inline obj) => obj.GetType().GetHashCode();
}

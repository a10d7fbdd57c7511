using GovReportGen.Theme;

namespace GovReportGen.Writers.Pdf.Fonts;

/// <summary>The characters each font role prints in one document: what its chain must cover.</summary>
internal sealed class CodePointUsage
{
    private readonly Dictionary<FontRole, SortedSet<int>> _used = [];

    public void Add(FontRole role, string text)
    {
        if (!_used.TryGetValue(role, out var set))
            _used[role] = set = [];
        foreach (var rune in text.EnumerateRunes())
            set.Add(rune.Value);
    }

    public IReadOnlySet<int> For(FontRole role) => _used.TryGetValue(role, out var set) ? set : new SortedSet<int>();

    public IEnumerable<FontRole> Roles => _used.Keys.Order();
}

namespace GovReportGen.Documents.Markup;

/// <summary>
/// Names headings by their numbering: the second <c>h2</c> is <c>sec-2</c> (the report's 二、), the
/// first <c>h3</c> under it <c>sec-2-1</c>. Derived from position only, so the names are stable across
/// runs and the same in HTML ids, PDF named destinations and DOCX bookmarks.
/// </summary>
internal sealed class HeadingAnchors
{
    private readonly int[] _counters = new int[5];

    /// <summary>The anchor for the next heading of <paramref name="level"/>; null for the title (<c>h1</c>).</summary>
    public string? Next(int level)
    {
        if (level < 2)
            return null;
        _counters[level]++;
        for (var deeper = level + 1; deeper < _counters.Length; deeper++)
            _counters[deeper] = 0;
        return "sec-" + string.Join('-', _counters[2..(level + 1)]);
    }
}

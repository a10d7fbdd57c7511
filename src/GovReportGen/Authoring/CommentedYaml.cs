using System.Text;

namespace GovReportGen.Authoring;

/// <summary>
/// One line of a generated YAML file. <see cref="Value"/> is null for a mapping header (<c>key:</c>
/// followed by nested lines) and for standalone comment lines (<see cref="Key"/> null too).
/// </summary>
internal sealed record YamlLine(int Indent, string? Key, string? Value, string? Comment, int Group)
{
    /// <summary>A hint line: the key is written but commented out, so uncommenting it is the whole edit.</summary>
    public bool CommentedOut { get; init; }

    /// <summary>Long prose values keep their comment close instead of pushing a whole run's comments right.</summary>
    public bool AlignComment { get; init; } = true;

    public bool IsLeaf => Key is not null && (Value is not null || CommentedOut);
}

/// <summary>
/// Collects <see cref="YamlLine"/>s and prints them with siblings' values and trailing comments
/// aligned, which is what makes a long, mostly-zero file readable as a form.
/// </summary>
internal sealed class CommentedYaml
{
    private readonly List<YamlLine> _lines = new();
    private int _nextGroup;

    public int NewGroup() => _nextGroup++;

    public void Add(YamlLine line) => _lines.Add(line);

    public void Comment(int indent, string text) => _lines.Add(new YamlLine(indent, null, null, text, -1));

    public void Blank() => _lines.Add(new YamlLine(0, null, null, null, -1));

    public override string ToString()
    {
        var keyWidth = _lines.Where(l => l.Value is not null && !l.CommentedOut)
            .GroupBy(l => l.Group)
            .ToDictionary(g => g.Key, g => g.Max(l => l.Key!.Length + 1));
        var bodies = _lines.Select(l => Body(l, keyWidth)).ToList();
        var commentColumn = CommentColumns(bodies);

        var sb = new StringBuilder();
        for (var i = 0; i < _lines.Count; i++)
        {
            var line = _lines[i];
            var body = bodies[i];
            if (line.Key is null)
            {
                if (line.Comment is not null) sb.Append(' ', line.Indent).Append("# ").Append(line.Comment);
            }
            else
            {
                sb.Append(body);
                if (line.Comment is not null)
                {
                    var pad = commentColumn[i] is { } col ? Math.Max(2, col - DisplayWidth(body)) : 2;
                    sb.Append(' ', pad).Append("# ").Append(line.Comment);
                }
            }
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static string Body(YamlLine line, IReadOnlyDictionary<int, int> keyWidth)
    {
        if (line.Key is null) return "";
        var prefix = new string(' ', line.Indent) + (line.CommentedOut ? "# " : "");
        var key = line.Key + ":";
        if (line.Value is null) return prefix + key;
        if (!line.CommentedOut && keyWidth.TryGetValue(line.Group, out var w)) key = key.PadRight(w);
        return prefix + key + " " + line.Value;
    }

    /// <summary>Runs of consecutive leaf lines of one sibling group share a comment column.</summary>
    private int?[] CommentColumns(IReadOnlyList<string> bodies)
    {
        var columns = new int?[_lines.Count];
        var start = 0;
        while (start < _lines.Count)
        {
            if (!_lines[start].IsLeaf) { start++; continue; }
            var end = start;
            while (end + 1 < _lines.Count && _lines[end + 1].IsLeaf && _lines[end + 1].Group == _lines[start].Group) end++;
            var aligned = Enumerable.Range(start, end - start + 1).Where(i => _lines[i].AlignComment).ToList();
            if (aligned.Count > 0)
            {
                var col = aligned.Max(i => DisplayWidth(bodies[i])) + 2;
                foreach (var i in aligned) columns[i] = col;
            }
            start = end + 1;
        }
        return columns;
    }

    /// <summary>Terminal columns: CJK ideographs, full-width punctuation and 【】 take two.</summary>
    internal static int DisplayWidth(string s) => s.Sum(c => c >= '\u2E80' && c <= '\uFFEF' && !(c >= '\uFF61' && c <= '\uFFDC') ? 2 : 1);

    /// <summary>A YAML double-quoted scalar: only backslash and the ASCII quote need escaping for our text.</summary>
    internal static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";
}

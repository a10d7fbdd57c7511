namespace GovReportGen.Tests.Support;

/// <summary>
/// Merges a fixture overlay into a base YAML file by editing the base's text, so that every line the overlay
/// does not touch keeps its bytes and its line number (diagnostics name file:line:col).
/// </summary>
/// <remarks>
/// The overlay is a sparse copy of the file: the keys it names, at the same nesting, in the same order.
/// <list type="bullet">
/// <item>A block mapping in both merges key by key; so does a flow mapping <c>{a: 1}</c> in both (only the named cells change).</item>
/// <item>A scalar replaces the base value on the base's own line; the base's trailing comment stays unless the overlay line has one.</item>
/// <item>Anything else (a list, a block scalar, a mapping written in another style) replaces the base key's lines with the overlay's.</item>
/// <item><c>~delete</c> as a value removes the key (in a flow mapping: the cell).</item>
/// <item><c>!replace</c> before a value replaces the base value as written, without merging.</item>
/// <item>A key the base lacks is inserted after the overlay key before it; when it comes first, before the overlay key after it;
/// alone, at the end of its mapping. A key named only to place another one is written <c>key: {}</c> (merges nothing).</item>
/// <item>Comment lines before the overlay's first key replace the base's leading comment lines.</item>
/// <item>Top-level keys starting with <c>$</c> are directives for the fixture runner, never copied.</item>
/// </list>
/// Only the YAML the fixtures use is understood: block mappings, flow mappings on one line, block lists and scalars.
/// Files whose point is their bytes or syntax stay whole files and never pass through here.
/// </remarks>
public static class YamlOverlay
{
    public const string DeleteMarker = "~delete";

    /// <summary>Tag on an overlay value that replaces the base value as written instead of merging into it (a misspelt cell key, say).</summary>
    public const string ReplaceTag = "!replace";

    /// <summary>An empty mapping merges nothing: <c>key: {}</c> only names a key, to place a new key after it.</summary>
    public const string Unchanged = "{}";

    /// <summary>The overlay's directives (<c>$base: gov-2021</c> and the like), by name without the <c>$</c>.</summary>
    public static IReadOnlyDictionary<string, string> Directives(string overlayText)
    {
        var lines = YamlLines.Parse(overlayText);
        return lines.Root.Where(e => e.Key.StartsWith('$')).ToDictionary(e => e.Key[1..], e => e.Value);
    }

    public static string Merge(string baseText, string overlayText)
    {
        var baseFile = YamlLines.Parse(baseText);
        var overlay = YamlLines.Parse(overlayText);
        var output = new List<string>();

        var overlayHeader = overlay.HeaderComment();
        var baseHeader = baseFile.HeaderComment();
        var baseLines = baseFile.Lines.ToList();
        var root = baseFile.Root;
        if (overlayHeader.Count > 0)
        {
            // Same number of lines keeps the line numbers below the header; a different count shifts them all, which is the overlay's choice.
            baseLines.RemoveRange(0, baseHeader.Count);
            baseLines.InsertRange(0, overlayHeader);
            baseFile = YamlLines.Parse(string.Join('\n', baseLines));
            root = baseFile.Root;
        }

        var overlayEntries = overlay.Root.Where(e => !e.Key.StartsWith('$')).ToList();
        output.AddRange(MergeMapping(baseFile, 0, baseFile.Lines.Count, root, overlay, overlayEntries));
        return string.Join('\n', output);
    }

    /// <summary>The text of lines [start, end) of the base with the overlay's entries applied to the mapping found there.</summary>
    private static List<string> MergeMapping(YamlLines baseFile, int start, int end, IReadOnlyList<YamlEntry> baseEntries, YamlLines overlay, IReadOnlyList<YamlEntry> overlayEntries)
    {
        // The mapping as pieces: the lines between entries (blank lines, comments) and one piece per entry.
        var pieces = new List<Piece>();
        var cursor = start;
        foreach (var entry in baseEntries)
        {
            if (entry.KeyLine > cursor) pieces.Add(new Piece(null, baseFile.Slice(cursor, entry.KeyLine)));
            pieces.Add(new Piece(entry.Key, baseFile.Slice(entry.KeyLine, entry.End)));
            cursor = entry.End;
        }
        var trailing = cursor < end ? new Piece(null, baseFile.Slice(cursor, end)) : null;

        Piece? previous = null;
        foreach (var change in overlayEntries)
        {
            var index = pieces.FindIndex(p => p.Key == change.Key);
            if (index >= 0)
            {
                var baseEntry = baseEntries.First(e => e.Key == change.Key);
                if (change.Value == DeleteMarker)
                {
                    pieces.RemoveAt(index);
                    previous = index > 0 ? pieces[index - 1] : null;
                    continue;
                }
                pieces[index] = new Piece(change.Key, MergeEntry(baseFile, baseEntry, overlay, change));
                previous = pieces[index];
            }
            else
            {
                if (change.Value == DeleteMarker) throw new InvalidOperationException($"Overlay deletes '{change.Key}', which the base does not have (overlay line {change.KeyLine + 1}).");
                var inserted = new Piece(change.Key, Reindent(overlay.Slice(change.KeyLine, change.End), change.Indent, baseEntries.Count > 0 ? baseEntries[0].Indent : change.Indent));
                var at = previous is not null ? pieces.IndexOf(previous) + 1 : InsertionBeforeNext(pieces, overlayEntries, change);
                pieces.Insert(at, inserted);
                previous = inserted;
            }
        }

        var result = pieces.SelectMany(p => p.Lines).ToList();
        if (trailing is not null) result.AddRange(trailing.Lines);
        return result;
    }

    /// <summary>For a new key that comes first in its overlay mapping: before the next overlay key the base has, else at the end.</summary>
    private static int InsertionBeforeNext(List<Piece> pieces, IReadOnlyList<YamlEntry> overlayEntries, YamlEntry change)
    {
        foreach (var next in overlayEntries.SkipWhile(e => e != change).Skip(1))
        {
            var index = pieces.FindIndex(p => p.Key == next.Key);
            if (index >= 0) return index;
        }
        return pieces.FindLastIndex(p => p.Key is not null) + 1;
    }

    private static List<string> MergeEntry(YamlLines baseFile, YamlEntry baseEntry, YamlLines overlay, YamlEntry change)
    {
        var baseLine = baseFile.Lines[baseEntry.KeyLine];
        var changeLine = overlay.Lines[change.KeyLine];
        if (change.Value == Unchanged) return baseFile.Slice(baseEntry.KeyLine, baseEntry.End);
        if (change.Value.StartsWith(ReplaceTag, StringComparison.Ordinal)) return Replace(baseFile, baseEntry, overlay, change);

        if (change.Value.Length == 0 && change.Children is { Count: > 0 } && baseEntry.Value.Length == 0 && baseEntry.Children is not null)
        {
            var merged = new List<string> { baseLine };
            merged.AddRange(MergeMapping(baseFile, baseEntry.KeyLine + 1, baseEntry.End, baseEntry.Children, overlay, change.Children));
            return merged;
        }

        var spansOneLine = change.End == change.KeyLine + 1 && baseEntry.End == baseEntry.KeyLine + 1;
        if (spansOneLine && FlowMapping.IsFlowMapping(change.Value) && FlowMapping.IsFlowMapping(baseEntry.Value))
        {
            var value = FlowMapping.Merge(baseEntry.Value, change.Value);
            return [baseLine[..baseEntry.ValueStart] + value + Rest(baseLine, baseEntry, changeLine, change)];
        }
        if (spansOneLine && change.Value.Length > 0 && !IsBlockIndicator(change.Value) && !FlowMapping.IsFlowMapping(baseEntry.Value) && baseEntry.Value.Length > 0)
            return [baseLine[..baseEntry.ValueStart] + change.Value + Rest(baseLine, baseEntry, changeLine, change)];

        return Reindent(overlay.Slice(change.KeyLine, change.End), change.Indent, baseEntry.Indent);
    }

    private static List<string> Replace(YamlLines baseFile, YamlEntry baseEntry, YamlLines overlay, YamlEntry change)
    {
        var changeLine = overlay.Lines[change.KeyLine];
        var tagEnd = change.ValueStart + ReplaceTag.Length;
        while (tagEnd < changeLine.Length && changeLine[tagEnd] == ' ') tagEnd++;
        var value = changeLine[tagEnd..change.ValueEnd];
        var baseLine = baseFile.Lines[baseEntry.KeyLine];
        if (value.Length > 0 && change.End == change.KeyLine + 1 && baseEntry.End == baseEntry.KeyLine + 1 && baseEntry.Value.Length > 0)
            return [baseLine[..baseEntry.ValueStart] + value + Rest(baseLine, baseEntry, changeLine, change)];
        var lines = overlay.Slice(change.KeyLine, change.End);
        lines[0] = changeLine[..change.ValueStart].TrimEnd(' ') + (tagEnd < changeLine.Length ? " " + changeLine[tagEnd..] : "");
        return Reindent(lines, change.Indent, baseEntry.Indent);
    }

    /// <summary>What follows the value: the overlay's comment if it has one, else the base's spacing and comment.</summary>
    private static string Rest(string baseLine, YamlEntry baseEntry, string changeLine, YamlEntry change) =>
        change.HasComment ? changeLine[change.ValueEnd..] : baseLine[baseEntry.ValueEnd..];

    private static bool IsBlockIndicator(string value) => value[0] is '|' or '>';

    private static List<string> Reindent(IEnumerable<string> lines, int from, int to) =>
        lines.Select(l => from == to || l.Trim().Length == 0 ? l
            : to > from ? new string(' ', to - from) + l
            : l[Math.Min(from - to, l.Length - l.TrimStart(' ').Length)..]).ToList();

    private sealed record Piece(string? Key, List<string> Lines);
}

/// <summary>One key of a block mapping: where its text is and, for a key with nothing after the colon, its nested keys.</summary>
public sealed record YamlEntry(string Key, int Indent, int KeyLine, int End, string Value, int ValueStart, int ValueEnd, bool HasComment, IReadOnlyList<YamlEntry>? Children);

/// <summary>A YAML file as lines, with its block mappings located line by line (enough for fixtures; not a YAML parser).</summary>
public sealed class YamlLines
{
    public IReadOnlyList<string> Lines { get; }
    public IReadOnlyList<YamlEntry> Root { get; }

    private YamlLines(IReadOnlyList<string> lines)
    {
        Lines = lines;
        Root = ParseMapping(0, lines.Count) ?? throw new FormatException("Not a block mapping at the top level.");
    }

    /// <summary>Lines split on '\n' only, so joining with '\n' gives the bytes back (a '\r' stays part of its line).</summary>
    public static YamlLines Parse(string text) => new(text.Split('\n'));

    public List<string> Slice(int start, int end) => Lines.Skip(start).Take(end - start).ToList();

    /// <summary>The comment lines before the first key, not counting <c>$</c> directives.</summary>
    public List<string> HeaderComment()
    {
        var header = new List<string>();
        foreach (var line in Lines)
        {
            var trimmed = line.TrimStart();
            if (trimmed.StartsWith('#')) header.Add(line);
            else if (trimmed.StartsWith('$')) continue;
            else break;
        }
        return header;
    }

    private static bool IsContent(string line)
    {
        var trimmed = line.TrimStart(' ');
        return trimmed.Length > 0 && trimmed[0] != '#' && trimmed.Trim().Length > 0;
    }

    private static int IndentOf(string line) => line.Length - line.TrimStart(' ').Length;

    /// <summary>The keys of the block mapping on lines [start, end), or null when those lines hold something else (a list).</summary>
    private List<YamlEntry>? ParseMapping(int start, int end)
    {
        var entries = new List<YamlEntry>();
        var first = Enumerable.Range(start, end - start).FirstOrDefault(i => IsContent(Lines[i]), -1);
        if (first < 0) return entries;
        var indent = IndentOf(Lines[first]);
        for (var i = first; i < end;)
        {
            if (!IsContent(Lines[i])) { i++; continue; }
            var entry = ParseKeyLine(i, indent);
            if (entry is null) return null;
            // The entry runs to its last more-indented content line; blank lines and comments after it belong to what follows.
            // A list may sit at the key's own indent ("key:\n- a"), so '- ' lines at that indent belong to an empty-valued key.
            var last = i;
            for (var j = i + 1; j < end; j++)
            {
                if (!IsContent(Lines[j])) continue;
                var inner = IndentOf(Lines[j]) > indent || (entry.Value.Length == 0 && IndentOf(Lines[j]) == indent && Lines[j].TrimStart().StartsWith("- ", StringComparison.Ordinal));
                if (!inner) break;
                last = j;
            }
            var children = entry.Value.Length == 0 && last > i ? ParseMapping(i + 1, last + 1) : null;
            entries.Add(entry with { End = last + 1, Children = children });
            i = last + 1;
        }
        return entries;
    }

    private YamlEntry? ParseKeyLine(int lineIndex, int indent)
    {
        var line = Lines[lineIndex];
        if (IndentOf(line) != indent) return null;
        var colon = KeyColon(line, indent);
        if (colon < 0) return null;
        var key = line[indent..colon].Trim();
        var valueStart = colon + 1;
        while (valueStart < line.Length && line[valueStart] == ' ') valueStart++;
        var commentStart = CommentStart(line, valueStart);
        var valueEnd = (commentStart < 0 ? line.Length : commentStart);
        // Only YAML's own white space ends a value: an NBSP or ideographic space at the end is part of it.
        while (valueEnd > valueStart && line[valueEnd - 1] is ' ' or '\t') valueEnd--;
        return new YamlEntry(key, indent, lineIndex, lineIndex + 1, line[valueStart..valueEnd], valueStart, valueEnd, commentStart >= 0, null);
    }

    /// <summary>The colon that ends a plain or quoted key, or -1 when the line is no "key: value" line (a list item, say).</summary>
    private static int KeyColon(string line, int indent)
    {
        if (indent >= line.Length) return -1;
        var c = line[indent];
        if (c is '-' or '[' or '{' or '#' or '&' or '*' or '!' or '|' or '>' or '?') return -1;
        if (c is '"' or '\'')
        {
            var close = line.IndexOf(c, indent + 1);
            return close > 0 && close + 1 < line.Length && line[close + 1] == ':' ? close + 1 : -1;
        }
        for (var i = indent; i < line.Length; i++)
            if (line[i] == ':' && (i + 1 == line.Length || line[i + 1] == ' ')) return i;
        return -1;
    }

    /// <summary>Where a '#' comment starts after the value, skipping quoted text; -1 when there is none.</summary>
    private static int CommentStart(string line, int from)
    {
        char quote = '\0';
        for (var i = from; i < line.Length; i++)
        {
            var c = line[i];
            if (quote != '\0')
            {
                if (c == '\\' && quote == '"') i++;
                else if (c == quote) quote = '\0';
            }
            else if ((c == '"' || c == '\'') && (i == from || line[i - 1] is ' ' or '{' or '[' or ','))
                quote = c;
            else if (c == '#' && (i == from || line[i - 1] is ' ' or '\t'))
                return i;
        }
        return -1;
    }
}

/// <summary>A one-line flow mapping <c>{a: 1, b: 2}</c>: cells are changed in place so the others keep their columns.</summary>
public static class FlowMapping
{
    public static bool IsFlowMapping(string value) => value.Length >= 2 && value[0] == '{' && value[^1] == '}';

    private sealed record Cell(string Key, int Start, int ValueStart, int End);

    private static List<Cell> Cells(string value)
    {
        var cells = new List<Cell>();
        var depth = 0;
        var cellStart = 1;
        for (var i = 1; i < value.Length; i++)
        {
            var c = value[i];
            if (c is '{' or '[') depth++;
            else if ((c is '}' or ']') && depth > 0) depth--;
            else if ((c == ',' && depth == 0) || i == value.Length - 1)
            {
                var start = cellStart;
                while (start < i && value[start] == ' ') start++;
                var end = i;
                while (end > start && value[end - 1] == ' ') end--;
                if (end > start)
                {
                    var colon = value.IndexOf(':', start, end - start);
                    if (colon < 0) throw new FormatException($"Flow mapping cell without a key: {value}");
                    var valueStart = colon + 1;
                    while (valueStart < end && value[valueStart] == ' ') valueStart++;
                    cells.Add(new Cell(value[start..colon].Trim(), start, valueStart, end));
                }
                cellStart = i + 1;
            }
        }
        return cells;
    }

    /// <summary>The base's flow mapping with the overlay's cells replaced, deleted (<c>~delete</c>) or appended.</summary>
    public static string Merge(string baseValue, string overlayValue)
    {
        var text = baseValue;
        foreach (var change in Cells(overlayValue))
        {
            var newValue = overlayValue[change.ValueStart..change.End];
            var cells = Cells(text);
            var index = cells.FindIndex(c => c.Key == change.Key);
            if (index < 0)
            {
                if (newValue == YamlOverlay.DeleteMarker) throw new InvalidOperationException($"Overlay deletes cell '{change.Key}', which {baseValue} does not have.");
                var close = text.Length - 1;
                text = text[..close].TrimEnd() + (cells.Count > 0 ? ", " : "") + overlayValue[change.Start..change.End] + text[close..];
            }
            else if (newValue == YamlOverlay.DeleteMarker)
            {
                var cell = cells[index];
                // Take the separator with the cell: the one before it, or for the first cell the one after it.
                var from = index > 0 ? cells[index - 1].End : cell.Start;
                var to = index > 0 ? cell.End : index + 1 < cells.Count ? cells[index + 1].Start : cell.End;
                text = text[..from] + text[to..];
            }
            else
            {
                var cell = cells[index];
                text = text[..cell.ValueStart] + newValue + text[cell.End..];
            }
        }
        return text;
    }
}

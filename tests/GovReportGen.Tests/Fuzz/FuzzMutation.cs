using System.Text;
using System.Text.RegularExpressions;

namespace GovReportGen.Tests.Fuzz;

public enum MutationKind
{
    // Line and text edits, on a year file, agency.yaml or a template.
    DeleteLine,
    DuplicateLine,
    SwapLines,
    Reindent,
    InsertLine,
    InsertInline,
    /// <summary>A YAML value (after <c>key: </c>, in a flow map, or a list item) replaced by <see cref="FuzzPayloads.YamlScalars"/>.</summary>
    ReplaceScalar,
    /// <summary>A template's <c>{{ … }}</c> or HTML tag replaced by <see cref="FuzzPayloads.TemplateSnippets"/>.</summary>
    ReplaceTag,
    ChangeSpan,
    // Byte-level damage.
    Truncate,
    Reencode,
    SpliceBytes,
    RandomBytes,
    AliasBomb,
    // Files and folders.
    RenameYearFile,
    AddPreviousYear,
    FolderInPlace,
    DeleteFile,
    EmptyFile,
    RenameAgencyFolder,
    AgencyOverride,
}

/// <summary>
/// One edit of a case's inputs, as plain numbers so CsCheck can shrink it: <see cref="Target"/> 0 is the year file,
/// 1 agency.yaml, 2 and up a template (<see cref="FuzzTree.TemplateNames"/>); <see cref="Position"/> picks the line,
/// byte or slot (modulo what the file has); <see cref="Choice"/> picks the payload.
/// </summary>
public sealed record FuzzMutation(MutationKind Kind, int Target, int Position, int Choice)
{
    public const int YearTarget = 0;
    public const int AgencyTarget = 1;
    public const int FirstTemplateTarget = 2;

    public override string ToString() => $"{Kind}(target {Target}, position {Position}, choice {Choice})";

    /// <summary>Applies the edit and says concretely what changed, for the repro printed with a failure.</summary>
    public string ApplyTo(FuzzTree tree)
    {
        var path = PathOf(tree);
        if (path is null) return $"{Kind}: no such target";
        return Kind switch
        {
            MutationKind.RenameYearFile => Rename(tree, path, $"{tree.AgencyDir}/{Pick(FuzzPayloads.YearFileNames)}"),
            MutationKind.AddPreviousYear => AddPreviousYear(tree),
            MutationKind.FolderInPlace => FolderInPlace(tree, path),
            MutationKind.DeleteFile => Edit(tree, path, () => { tree.Remove(path); return "deleted"; }),
            MutationKind.EmptyFile => Edit(tree, path, () => { tree.Set(path, Array.Empty<byte>()); return "emptied"; }),
            MutationKind.RenameAgencyFolder => RenameAgencyFolder(tree),
            MutationKind.AgencyOverride => AgencyOverride(tree, path),
            MutationKind.Truncate => Bytes(tree, path, b => { var at = Position % (b.Length + 1); return (b[..at], $"truncated at byte {at} of {b.Length}"); }),
            MutationKind.Reencode => Reencode(tree, path),
            MutationKind.SpliceBytes => Bytes(tree, path, b =>
            {
                var at = Position % (b.Length + 1);
                var raw = Pick(FuzzPayloads.RawBytes);
                return ([.. b[..at], .. raw, .. b[at..]], $"inserted bytes {Convert.ToHexString(raw)} at byte {at}");
            }),
            MutationKind.RandomBytes => Bytes(tree, path, b =>
            {
                var at = Position % (b.Length + 1);
                var raw = new byte[1 + Choice % 32];
                new Random(Choice).NextBytes(raw);
                return ([.. b[..at], .. raw, .. b[at..]], $"inserted random bytes {Convert.ToHexString(raw)} at byte {at}");
            }),
            MutationKind.AliasBomb => Text(tree, path, t => (t + AliasBombText(1 + Choice % 9), $"appended an alias bomb {1 + Choice % 9} levels deep")),
            _ => Text(tree, path, t => EditText(t, tree, path)),
        };
    }

    private string? PathOf(FuzzTree tree) => Target switch
    {
        YearTarget => tree.YearFile,
        AgencyTarget => tree.AgencyFile,
        _ => "templates/" + FuzzTree.TemplateNames[(Target - FirstTemplateTarget) % FuzzTree.TemplateNames.Count],
    };

    private T Pick<T>(IReadOnlyList<T> list) => list[Choice % list.Count];

    private (string Text, string Note) EditText(string text, FuzzTree tree, string path)
    {
        var lines = text.Split('\n').ToList();
        var line = Position % lines.Count;
        string Show(int i) => i < lines.Count ? Printable(lines[i]) : "";
        var before = Show(line);
        switch (Kind)
        {
            case MutationKind.DeleteLine:
                lines.RemoveAt(line);
                return (Join(lines), $"deleted line {line + 1}: {before}");
            case MutationKind.DuplicateLine:
                lines.Insert(line, lines[line]);
                return (Join(lines), $"duplicated line {line + 1}: {before}");
            case MutationKind.SwapLines:
                var next = (line + 1) % lines.Count;
                (lines[line], lines[next]) = (lines[next], lines[line]);
                return (Join(lines), $"swapped lines {line + 1} and {next + 1}");
            case MutationKind.Reindent:
                string[] styles = ["  ", " ", "\t", "    ", "-1", "none"];
                var style = Pick(styles);
                lines[line] = style switch
                {
                    "-1" => lines[line].StartsWith(' ') ? lines[line][1..] : lines[line],
                    "none" => lines[line].TrimStart(),
                    _ => style + lines[line],
                };
                return (Join(lines), $"reindented line {line + 1} ({Printable(style)}): {before} → {Show(line)}");
            case MutationKind.InsertLine:
                var inserted = IsTemplate(path) ? Pick(FuzzPayloads.TemplateSnippets) : Pick(FuzzPayloads.InsertedText);
                lines.Insert(line, inserted);
                return (Join(lines), $"inserted before line {line + 1}: {Printable(inserted)}");
            case MutationKind.InsertInline:
                var payload = Pick(FuzzPayloads.InsertedText);
                var column = lines[line].Length == 0 ? 0 : Position / lines.Count % (lines[line].Length + 1);
                // Never split a surrogate pair: that would test our splitting, not the product.
                if (column > 0 && column < lines[line].Length && char.IsLowSurrogate(lines[line][column])) column--;
                lines[line] = lines[line].Insert(column, payload);
                return (Join(lines), $"line {line + 1} column {column + 1}: inserted {Printable(payload)} → {Show(line)}");
            case MutationKind.ReplaceScalar:
            case MutationKind.ReplaceTag:
            case MutationKind.ChangeSpan:
                return ReplaceSlot(text);
            default:
                throw new InvalidOperationException($"{Kind} is not a text edit");
        }
    }

    private (string, string) ReplaceSlot(string text)
    {
        var (pattern, payloads) = Kind switch
        {
            MutationKind.ReplaceScalar => (YamlValue, FuzzPayloads.YamlScalars),
            MutationKind.ReplaceTag => (TemplateTag, FuzzPayloads.TemplateSnippets),
            _ => (SpanValue, FuzzPayloads.SpanValues),
        };
        var slots = pattern.Matches(text);
        if (slots.Count == 0) return (text, $"{Kind}: nothing to replace");
        var slot = slots[Position % slots.Count];
        var payload = Pick(payloads);
        var line = 1 + text.AsSpan(0, slot.Index).Count('\n');
        return (text[..slot.Index] + payload + text[(slot.Index + slot.Length)..],
            $"line {line}: {Printable(slot.Value)} → {Printable(payload)}");
    }

    private string Rename(FuzzTree tree, string from, string to) =>
        Edit(tree, from, () => { tree.Move(from, to); return $"renamed to {to}"; });

    private static string AddPreviousYear(FuzzTree tree)
    {
        if (tree.Get(tree.YearFile) is not { } bytes) return "AddPreviousYear: no year file";
        var previous = tree.Year - 1;
        var text = Regex.Replace(Encoding.UTF8.GetString(bytes), @"(?m)^year:\s*\d+", $"year: {previous}");
        var path = $"{tree.AgencyDir}/{previous}.yaml";
        tree.Set(path, Encoding.UTF8.GetBytes(text));
        return $"copied the year file to {path} (year: {previous})";
    }

    private string FolderInPlace(FuzzTree tree, string path)
    {
        var target = IsTemplate(path) ? path : (Choice % 3) switch
        {
            0 => path,
            1 => $"{tree.AgencyDir}/{tree.Year + 1}.yaml",
            _ => tree.AgencyFile,
        };
        tree.Remove(target);
        tree.Set(target, FuzzTree.Folder);
        return $"{target} is now a folder";
    }

    private string RenameAgencyFolder(FuzzTree tree)
    {
        var name = Pick(FuzzPayloads.AgencyFolderNames);
        var from = tree.AgencyDir;
        tree.RenameAgencyFolder(name);
        return $"renamed {from} to {tree.AgencyDir}";
    }

    /// <summary>An agency's own copy of a partial (templates/agencies/&lt;id&gt;/…), with a snippet in it.</summary>
    private string AgencyOverride(FuzzTree tree, string path)
    {
        if (!IsTemplate(path) || tree.Get(path) is not { } bytes) return "AgencyOverride: no template";
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        var snippet = Pick(FuzzPayloads.TemplateSnippets);
        var line = Position % lines.Count;
        lines.Insert(line, snippet);
        var target = $"templates/agencies/{tree.AgencyId}/{Path.GetFileName(path)}";
        tree.Set(target, Encoding.UTF8.GetBytes(Join(lines)));
        return $"{target}: copy of {path} with line {line + 1} = {Printable(snippet)}";
    }

    private string Reencode(FuzzTree tree, string path)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        (string Name, Func<string, byte[]> Encode)[] encodings =
        [
            ("GBK", t => Encoding.GetEncoding(936).GetBytes(t)),
            ("UTF-16LE with BOM", t => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(t)]),
            ("UTF-16BE with BOM", t => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(t)]),
            ("UTF-16LE without BOM", t => Encoding.Unicode.GetBytes(t)),
            ("UTF-8 with BOM", t => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(t)]),
            ("UTF-32LE with BOM", t => [.. Encoding.UTF32.GetPreamble(), .. Encoding.UTF32.GetBytes(t)]),
            ("GB18030", t => Encoding.GetEncoding(54936).GetBytes(t)),
            ("Big5", t => Encoding.GetEncoding(950).GetBytes(t)),
            ("Latin-1", t => Encoding.Latin1.GetBytes(t)),
            ("CRLF line ends", t => Encoding.UTF8.GetBytes(t.Replace("\n", "\r\n"))),
            ("CR line ends", t => Encoding.UTF8.GetBytes(t.Replace("\n", "\r"))),
        ];
        var (name, encode) = Pick(encodings);
        return Bytes(tree, path, b => (encode(Encoding.UTF8.GetString(b)), $"re-encoded as {name}"));
    }

    private static string Edit(FuzzTree tree, string path, Func<string> edit) =>
        tree.Has(path) ? $"{path}: {edit()}" : $"{path}: not there";

    private static string Bytes(FuzzTree tree, string path, Func<byte[], (byte[], string)> edit)
    {
        if (tree.Get(path) is not { } bytes) return $"{path}: not a file";
        var (changed, note) = edit(bytes);
        tree.Set(path, changed);
        return $"{path}: {note}";
    }

    private static string Text(FuzzTree tree, string path, Func<string, (string, string)> edit) =>
        Bytes(tree, path, b =>
        {
            var (changed, note) = edit(Encoding.UTF8.GetString(b));
            return (Encoding.UTF8.GetBytes(changed), note);
        });

    /// <summary>"Billion laughs": each level lists the one before nine times; only a parser that expands aliases blows up.</summary>
    private static string AliasBombText(int depth)
    {
        var text = new StringBuilder("\nlol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (var i = 1; i <= depth; i++)
            text.Append($"lol{i}: &lol{i} [{string.Join(", ", Enumerable.Repeat($"*lol{i - 1}", 9))}]\n");
        return text.ToString();
    }

    private static bool IsTemplate(string path) => path.StartsWith("templates/", StringComparison.Ordinal);

    private static string Join(List<string> lines) => string.Join('\n', lines);

    /// <summary>A line as a repro shows it: control, invisible and non-ASCII-space characters escaped, long text cut.</summary>
    public static string Printable(string text)
    {
        var shown = new StringBuilder("`");
        foreach (var rune in text.EnumerateRunes())
        {
            if (shown.Length > 160) { shown.Append($"…({text.Length} chars)"); break; }
            var c = rune.Value;
            if (c < 0x20 || c is 0x7F or >= 0x80 and < 0xA0 or 0xFEFF or 0xFFFE or 0xFFFF or >= 0x200B and <= 0x200F or >= 0x202A and <= 0x202E
                or >= 0x2028 and <= 0x2029 or >= 0xE0000)
                shown.Append(c <= 0xFFFF ? $"\\u{c:X4}" : $"\\U{c:X8}");
            else shown.Append(rune.ToString());
        }
        return shown.Append('`').ToString();
    }

    private static readonly Regex YamlValue = new(
        @"(?<=^[ ]*(?:-[ ]+)?[A-Za-z_][\w]*:[ ]+)(?![{\[|>#])[^\n#]*?(?=[ ]*(?:#.*)?$)" +
        @"|(?<=[{,][ ]*[A-Za-z_]\w*:[ ]*)[^,}\s]+" +
        @"|(?<=^[ ]*-[ ]+)(?![{\[])[^\n#]+?(?=[ ]*(?:#.*)?$)",
        RegexOptions.Compiled | RegexOptions.Multiline);

    private static readonly Regex TemplateTag = new(@"\{\{.*?\}\}|<[^>\n]+>", RegexOptions.Compiled);

    private static readonly Regex SpanValue = new(@"(?<=(?:rowspan|colspan)="")[^""]*", RegexOptions.Compiled);
}

using System.Text;

namespace GovReportGen.Tests.Support;

/// <summary>One-off: rewrites whole-file fixtures as overlays. Runs only with GRG_CONVERT_FIXTURES=1.</summary>
public class FixtureConverter
{
    private static readonly string[] KeepWhole =
    [
        "bad-input/agency-yaml-missing", "bad-input/alias-bomb", "bad-input/anchor-alias", "bad-input/comments-only",
        "bad-input/control-char-raw", "bad-input/duplicate-key", "bad-input/empty-file", "bad-input/encoding-gbk",
        "bad-input/encoding-invalid-utf8", "bad-input/encoding-utf16", "bad-input/encoding-utf16-no-bom",
        "bad-input/nesting-too-deep", "bad-input/two-documents", "bad-input/utf8-bom", "bad-input/yaml-syntax-error",
        "bad-input/yaml-tab-indent", "bad-input/yaml-unclosed-bracket", "bad-input/yaml-unquoted-colon",
    ];

    private static readonly UTF8Encoding Strict = new(false, true);

    [SkippableFact]
    public void Convert_fixtures()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable("GRG_CONVERT_FIXTURES") == "1");
        var report = new StringBuilder();
        foreach (var sub in new[] { "bad-input", "rules" })
        foreach (var fixture in FixtureRunner.Discover(sub).Select(o => (string)o[0]))
        {
            if (KeepWhole.Contains(fixture)) { report.AppendLine($"WHOLE {fixture}"); continue; }
            var dir = Path.Combine(RepoPaths.Fixtures, fixture);
            try
            {
                var planned = Plan(dir);
                report.AppendLine($"OK {fixture}");
                foreach (var (path, text) in planned.Writes) File.WriteAllText(path, text, Strict);
                foreach (var path in planned.Deletes) File.Delete(path);
                // Lossless: the materialised tree is the old tree, byte for byte.
                var check = Directory.CreateTempSubdirectory("grg-convert-").FullName;
                FixtureTree.WriteTree(dir, check);
                foreach (var (path, bytes) in planned.Old)
                {
                    var rebuilt = Path.Combine(check, Path.GetRelativePath(dir, path));
                    if (!File.Exists(rebuilt) || !File.ReadAllBytes(rebuilt).AsSpan().SequenceEqual(bytes))
                        throw new InvalidOperationException($"rebuilt {path} differs");
                }
                if (Directory.EnumerateFiles(check, "*", SearchOption.AllDirectories).Count() != planned.Old.Count)
                    throw new InvalidOperationException("rebuilt tree has other files");
                Directory.Delete(check, true);
            }
            catch (Exception e)
            {
                report.AppendLine($"FAIL {fixture}: {e.Message}");
            }
        }
        File.WriteAllText("/tmp/grg-fixtures-convert.txt", report.ToString());
    }

    private sealed record Planned(List<(string Path, string Text)> Writes, List<string> Deletes, List<(string Path, byte[] Bytes)> Old);

    private static Planned Plan(string dir)
    {
        var planned = new Planned([], [], []);
        var files = Directory.EnumerateFiles(dir, "*.yaml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        if (Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).Count() != files.Count + 1) throw new InvalidOperationException("non-yaml files");
        foreach (var file in files)
        {
            var bytes = File.ReadAllBytes(file);
            planned.Old.Add((file, bytes));
            var text = Strict.GetString(bytes);
            if (text.Length > 0 && text[0] == '\uFEFF') throw new InvalidOperationException("BOM");
            var name = Path.GetFileName(file);
            var agencyDir = Path.GetDirectoryName(file)!;
            string overlay;
            if (name == "agency.yaml")
            {
                var baseText = File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "_base", "gov-2021", "agencies", "sample-kjj", "agency.yaml"));
                var hasYearFiles = files.Any(f => Path.GetDirectoryName(f) == agencyDir && f != file);
                if (text == baseText && hasYearFiles) { planned.Deletes.Add(file); continue; }
                overlay = Overlay(baseText, text, "gov-2021");
            }
            else
            {
                var candidates = new[] { ("gov-2021", "2024.yaml"), ("gov-2019", "2020.yaml") };
                var best = candidates.Select(c => (c, baseText: File.ReadAllText(Path.Combine(RepoPaths.Fixtures, "_base", c.Item1, "agencies", "sample-kjj", c.Item2))))
                    .OrderBy(c => Distance(c.baseText, text)).First();
                overlay = Overlay(best.baseText, text, best.c.Item2 == name ? best.c.Item1 : best.c.Item1 + "/" + best.c.Item2);
            }
            planned.Writes.Add((file[..^".yaml".Length] + FixtureTree.OverlaySuffix, overlay));
            planned.Deletes.Add(file);
        }
        return planned;
    }

    private static int Distance(string a, string b)
    {
        var left = a.Split('\n').ToList();
        var count = 0;
        foreach (var line in b.Split('\n'))
            if (!left.Remove(line)) count++;
        return count + left.Count;
    }

    private static string Overlay(string baseText, string oldText, string baseName)
    {
        var b = YamlLines.Parse(baseText);
        var o = YamlLines.Parse(oldText);
        var lines = new List<string>();
        var baseHeader = b.HeaderComment();
        var oldHeader = o.HeaderComment();
        if (!baseHeader.SequenceEqual(oldHeader))
        {
            if (oldHeader.Count == 0) throw new InvalidOperationException("header removed");
            lines.AddRange(oldHeader);
        }
        lines.Add("$base: " + baseName);
        lines.AddRange(DiffMapping(b, b.Root, o, o.Root));
        lines.Add("");
        var overlay = string.Join('\n', lines);
        var merged = YamlOverlay.Merge(baseText, overlay);
        if (merged != oldText)
            throw new InvalidOperationException("merge differs:\n" + overlay + "\n---- merged:\n" + merged);
        return overlay;
    }

    private static List<string> DiffMapping(YamlLines b, IReadOnlyList<YamlEntry> baseEntries, YamlLines o, IReadOnlyList<YamlEntry> oldEntries)
    {
        var result = new List<string>();
        var emittedDeletes = new HashSet<string>();
        string? lastEmitted = null;
        for (var i = 0; i < oldEntries.Count; i++)
        {
            var old = oldEntries[i];
            var baseEntry = baseEntries.FirstOrDefault(e => e.Key == old.Key);
            var baseIndex = baseEntry is null ? -1 : baseEntries.ToList().IndexOf(baseEntry);
            if (baseEntry is not null)
                foreach (var gone in baseEntries.Take(baseIndex).Where(e => oldEntries.All(x => x.Key != e.Key) && emittedDeletes.Add(e.Key)))
                { result.Add(new string(' ', gone.Indent) + gone.Key + ": " + YamlOverlay.DeleteMarker); lastEmitted = null; }

            var nextIsInsertion = (i + 1 < oldEntries.Count && baseEntries.All(e => e.Key != oldEntries[i + 1].Key))
                || (i == 1 && baseEntries.All(e => e.Key != oldEntries[0].Key));
            var changed = baseEntry is null ? Verbatim(o, old) : Change(b, baseEntry, o, old);
            if (changed is null && nextIsInsertion) changed = Anchor(b, baseEntry!, o, old);
            if (changed is not null)
            {
                result.AddRange(changed);
                lastEmitted = old.Key;
            }
        }
        foreach (var gone in baseEntries.Where(e => oldEntries.All(x => x.Key != e.Key) && emittedDeletes.Add(e.Key)))
            result.Add(new string(' ', gone.Indent) + gone.Key + ": " + YamlOverlay.DeleteMarker);
        return result;
    }

    private static List<string> Verbatim(YamlLines o, YamlEntry old) => o.Slice(old.KeyLine, old.End);

    private static List<string>? Anchor(YamlLines b, YamlEntry baseEntry, YamlLines o, YamlEntry old)
    {
        if (old.End == old.KeyLine + 1 && old.Value.Length > 0)
            return [new string(' ', old.Indent) + old.Key + ": " + old.Value];
        return [new string(' ', old.Indent) + old.Key + ": " + YamlOverlay.Unchanged];
    }

    private static List<string>? Change(YamlLines b, YamlEntry baseEntry, YamlLines o, YamlEntry old)
    {
        var baseSpan = b.Slice(baseEntry.KeyLine, baseEntry.End);
        var oldSpan = o.Slice(old.KeyLine, old.End);
        if (baseSpan.SequenceEqual(oldSpan)) return null;
        var baseLine = b.Lines[baseEntry.KeyLine];
        var oldLine = o.Lines[old.KeyLine];
        var indent = new string(' ', old.Indent);

        if (baseEntry.Value.Length == 0 && old.Value.Length == 0 && baseEntry.Children is { Count: > 0 } && old.Children is { Count: > 0 } && baseLine == oldLine)
        {
            var inner = DiffMapping(b, baseEntry.Children, o, old.Children);
            if (inner.Count > 0) return [indent + old.Key + ":", .. inner];
        }
        var oneLine = baseEntry.End == baseEntry.KeyLine + 1 && old.End == old.KeyLine + 1;
        var baseRest = baseLine[baseEntry.ValueEnd..];
        var oldRest = oldLine[old.ValueEnd..];
        var rest = oldRest == baseRest ? "" : oldRest;
        if (oneLine && FlowMapping.IsFlowMapping(baseEntry.Value) && FlowMapping.IsFlowMapping(old.Value))
        {
            var baseCells = ParseCells(baseEntry.Value);
            var oldCells = ParseCells(old.Value);
            if (!baseCells.Select(c => c.Key).Where(k => oldCells.Any(x => x.Key == k)).SequenceEqual(oldCells.Select(c => c.Key).Where(k => baseCells.Any(x => x.Key == k)))
                || oldCells.Select(c => c.Key).SkipWhile(k => baseCells.Any(x => x.Key == k)).Any(k => baseCells.Any(x => x.Key == k)))
                return [indent + old.Key + ": " + YamlOverlay.ReplaceTag + " " + old.Value + rest];
            var cells = new List<string>();
            foreach (var (k, v) in oldCells)
            {
                var match = baseCells.FirstOrDefault(c => c.Key == k);
                if (match.Key is null || match.Value != v) cells.Add($"{k}: {v}");
            }
            cells.AddRange(baseCells.Where(c => oldCells.All(x => x.Key != c.Key)).Select(c => $"{c.Key}: {YamlOverlay.DeleteMarker}"));
            return [indent + old.Key + ": {" + string.Join(", ", cells) + "}" + rest];
        }
        if (oneLine && baseEntry.Value.Length > 0 && old.Value.Length > 0 && !FlowMapping.IsFlowMapping(baseEntry.Value) && old.Value[0] is not ('|' or '>'))
            return [indent + old.Key + ": " + old.Value + rest];
        return oldSpan;
    }

    private static List<(string Key, string Value)> ParseCells(string flow) =>
        SplitTop(flow[1..^1]).Select(c => c.Trim(' ')).Where(c => c.Length > 0).Select(c =>
        {
            var colon = c.IndexOf(':');
            return (c[..colon].Trim(' '), c[(colon + 1)..].Trim(' '));
        }).ToList();

    private static IEnumerable<string> SplitTop(string s)
    {
        var depth = 0; var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] is '{' or '[') depth++;
            else if (s[i] is '}' or ']') depth--;
            else if (s[i] == ',' && depth == 0) { yield return s[start..i]; start = i + 1; }
        }
        yield return s[start..];
    }
}

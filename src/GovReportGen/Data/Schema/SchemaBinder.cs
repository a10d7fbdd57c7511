using System.Globalization;
using System.Text;
using GovReportGen.Data.Yaml;
using GovReportGen.Diagnostics;

namespace GovReportGen.Data.Schema;

/// <summary>
/// Checks a located YAML tree against a schema and collects typed values by key path.
/// Unknown keys, missing keys and wrong types become GRG1007/GRG1008/GRG1009; nothing throws.
/// </summary>
internal sealed class SchemaBinder
{
    private readonly DiagnosticBag _diagnostics;
    private readonly MapSchema _rootSchema;
    private readonly string _file;

    /// <summary>The same place in another format's schema, so a key of that format gets a precise hint.</summary>
    private sealed record OtherFormatMap(string FormatId, MapSchema Map);

    private SchemaBinder(MapSchema rootSchema, string file, DiagnosticBag diagnostics)
    {
        _rootSchema = rootSchema;
        _file = file;
        _diagnostics = diagnostics;
    }

    /// <param name="otherFormats">The schemas of the formats this file does not use: a key that exists only there
    /// (gov-2021's <c>last_year_rectification</c> in a gov-2019 file) is named as belonging to that format.</param>
    public static FieldSet Bind(YNode root, MapSchema schema, string file, DiagnosticBag diagnostics,
        IReadOnlyList<(string FormatId, MapSchema Schema)>? otherFormats = null)
    {
        var fields = new FieldSet(file);
        var binder = new SchemaBinder(schema, file, diagnostics);
        fields.SetSpan("", root.Span);
        if (root is not YMapping map)
        {
            diagnostics.Error("GRG1009", root.Span, $"文件顶层应为键值对（映射），实际为{root.Describe()}");
            return fields;
        }
        var others = (otherFormats ?? Array.Empty<(string, MapSchema)>()).Select(o => new OtherFormatMap(o.FormatId, o.Schema)).ToList();
        binder.BindMap(map, schema, "", fields, map.Span, others);
        MarkUnreadFigures(schema, "", fields);
        return fields;
    }

    /// <summary>
    /// Every required figure cell without a value (missing, blank, mistyped, or under a mistyped or missing key) is
    /// read as 0 for the rules, and remembered, so their messages can say so. Each was already reported above.
    /// </summary>
    private static void MarkUnreadFigures(MapSchema schema, string prefix, FieldSet fields)
    {
        foreach (var child in schema.Children)
        {
            var path = Join(prefix, child.Key);
            switch (child)
            {
                // An optional block the file leaves out holds no figures to read.
                case MapSchema map when map.Required || fields.Paths.Any(p => p.StartsWith(path + ".", StringComparison.Ordinal)):
                    MarkUnreadFigures(map, path, fields);
                    break;
                case ValueSchema { Kind: ValueKind.Count or ValueKind.SignedCount or ValueKind.Money, Required: true, IsDerivedTotal: false } when !fields.Has(path):
                    fields.MarkDefaulted(path);
                    break;
            }
        }
    }

    /// <summary>A cell's name with its key path, unless the name already ends with it (<c>年度（year）</c>).</summary>
    private static string Named(ValueSchema schema, string path) =>
        schema.CellName.EndsWith($"（{path}）", StringComparison.Ordinal) ? schema.CellName : $"{schema.CellName}（{path}）";

    private static IReadOnlyList<OtherFormatMap> Descend(IReadOnlyList<OtherFormatMap> others, string key) =>
        others.Select(o => o.Map.Child(key) switch
            {
                MapSchema m => new OtherFormatMap(o.FormatId, m),
                ListSchema l => new OtherFormatMap(o.FormatId, l.Item),
                _ => null,
            })
            .OfType<OtherFormatMap>()
            .ToList();

    /// <summary>An error about the value at <paramref name="path"/>, carrying its key path and official cell label.</summary>
    private void Report(string id, SourceSpan span, string message, string path, string? cellLabel, string? suggestion = null) =>
        _diagnostics.Add(new Diagnostic(id, Severity.Error, span, message)
        {
            KeyPath = path.Length == 0 ? null : path,
            CellLabel = cellLabel,
            Suggestion = suggestion,
        });

    private static string Join(string prefix, string key) => prefix.Length == 0 ? key : prefix + "." + key;

    /// <param name="ownerSpan">Where a missing key is reported: the key that owns this mapping, which is the row's
    /// line in both flow and block style (the mapping's own start is its first child's line in block style).</param>
    private void BindMap(YMapping map, MapSchema schema, string prefix, FieldSet fields, SourceSpan ownerSpan, IReadOnlyList<OtherFormatMap> others)
    {
        // A mistyped key already got a did-you-mean naming the key it stands for; "missing" for that key would be noise.
        var suggested = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in map.Entries)
        {
            var child = schema.Child(entry.Key.Value);
            if (child is null)
            {
                var message = UnknownKeyMessage(entry.Key.Value, schema, prefix, others, suggested, out var suggestion);
                Report("GRG1007", entry.Key.Span, message, Join(prefix, entry.Key.Value), null, suggestion);
                continue;
            }
            var path = Join(prefix, child.Key);
            fields.SetSpan(path, entry.Key.Span);
            BindNode(entry.Value, child, path, fields, entry.Key.Span, Descend(others, child.Key));
        }
        foreach (var child in schema.Children)
        {
            if (!child.Required || map.Find(child.Key) is not null || suggested.Contains(child.Key)) continue;
            if (child is ValueSchema { IsDerivedTotal: true }) continue;
            Report("GRG1008", ownerSpan, MissingKeyMessage(child, Join(prefix, child.Key)), Join(prefix, child.Key), child is ValueSchema v ? v.CellName : child.Label);
        }
    }

    private void BindNode(YNode node, SchemaNode schema, string path, FieldSet fields, SourceSpan keySpan, IReadOnlyList<OtherFormatMap> others)
    {
        switch (schema)
        {
            case MapSchema mapSchema when node is YMapping map:
                BindMap(map, mapSchema, path, fields, keySpan, others);
                return;
            case MapSchema mapSchema when node is YScalar { IsNull: true }:
                if (mapSchema.Required) Report("GRG1008", keySpan, $"{mapSchema.Label}（{path}）为空，应包含其下各项", path, mapSchema.Label);
                return;
            case MapSchema mapSchema:
                Report("GRG1009", node.Span, $"{mapSchema.Label}（{path}）应为键值对（映射），实际为{node.Describe()}", path, mapSchema.Label);
                return;
            case ListSchema listSchema:
                BindList(node, listSchema, path, fields, others);
                return;
            case ValueSchema valueSchema:
                BindValue(node, valueSchema, path, fields, keySpan);
                return;
        }
    }

    private void BindList(YNode node, ListSchema schema, string path, FieldSet fields, IReadOnlyList<OtherFormatMap> others)
    {
        var keySpan = fields.SpanOf(path);
        if (node is YScalar { IsNull: true }) return;
        if (node is not YSequence seq)
        {
            Report("GRG1009", node.Span, $"{schema.Label}（{path}）应为列表，实际为{node.Describe()}", path, schema.Label);
            return;
        }
        var items = new List<FieldSet>();
        foreach (var item in seq.Items)
        {
            var itemFields = new FieldSet(_file);
            itemFields.SetSpan("", item.Span);
            if (item is YMapping map) BindMap(map, schema.Item, "", itemFields, map.Span, others);
            else Report("GRG1009", item.Span, $"{schema.Label}（{path}）的每一项应为键值对，实际为{item.Describe()}", path, schema.Label);
            items.Add(itemFields);
        }
        fields.Set(path, (IReadOnlyList<FieldSet>)items, seq.Span);
        fields.SetSpan(path, keySpan);
    }

    private void BindValue(YNode node, ValueSchema schema, string path, FieldSet fields, SourceSpan keySpan)
    {
        if (schema.Kind == ValueKind.Narrative)
        {
            BindNarrative(node, schema, path, fields);
            return;
        }
        if (node is not YScalar scalar)
        {
            Report("GRG1009", node.Span, $"{Named(schema, path)}应为单个值，实际为{node.Describe()}", path, schema.CellName);
            return;
        }
        if (scalar.IsNull)
        {
            if (schema.Required && !schema.IsDerivedTotal)
                Report("GRG1008", scalar.Span, $"{Named(schema, path)}为空；空白单元格请填 0", path, schema.CellName);
            return;
        }
        var isNumber = schema.Kind is ValueKind.Count or ValueKind.SignedCount or ValueKind.Money or ValueKind.Year;
        var text = Clean(scalar.Value, scalar.Span, schema.CellName, trimInvisibleEnds: isNumber || schema.Kind is ValueKind.Date or ValueKind.Bool or ValueKind.Choice);
        object? value = null;
        switch (schema.Kind)
        {
            case ValueKind.Count or ValueKind.SignedCount:
            {
                var r = ScalarParser.ParseCount(text, schema.Kind == ValueKind.SignedCount, schema.CellName);
                if (r.Ok) value = r.Value;
                else Report(r.Id!, scalar.Span, r.Error!, path, schema.CellName);
                break;
            }
            case ValueKind.Money:
            {
                var unit = path.EndsWith("amount_yuan", StringComparison.Ordinal) ? "元" : "万元";
                var r = ScalarParser.ParseMoney(text, schema.CellName, unit);
                if (r.Ok) value = r.Value;
                else Report(r.Id!, scalar.Span, r.Error!, path, schema.CellName);
                break;
            }
            case ValueKind.Year:
            {
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && text.Length == 4 && DataLayout.IsReportYear(year)) value = year;
                else if (text.Length == 4 && text.All(char.IsAsciiDigit))
                    Report("GRG1009", scalar.Span, $"{Named(schema, path)}“{text}”不是有效的报告年度（{DataLayout.MinReportYear}–{DataLayout.MaxReportYear}）", path, schema.CellName);
                else Report("GRG1009", scalar.Span, $"{Named(schema, path)}应为四位年份，实际为“{text}”", path, schema.CellName);
                break;
            }
            case ValueKind.Date:
            {
                if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) value = date;
                else Report("GRG1009", scalar.Span, DateMessage(Named(schema, path), text), path, schema.CellName);
                break;
            }
            case ValueKind.Bool:
            {
                if (text is "true" or "True" or "TRUE") value = true;
                else if (text is "false" or "False" or "FALSE") value = false;
                else Report("GRG1009", scalar.Span, $"{Named(schema, path)}应为 true 或 false，实际为“{text}”", path, schema.CellName);
                break;
            }
            case ValueKind.Choice:
            {
                if (schema.Choices.Contains(text)) value = text;
                else Report("GRG1009", scalar.Span, $"{Named(schema, path)}只能是 {string.Join(" / ", schema.Choices)}，实际为“{text}”", path, schema.CellName);
                break;
            }
            case ValueKind.Text:
                value = text;
                break;
        }
        if (value is not null) fields.Set(path, value, scalar.Span);
    }

    private void BindNarrative(YNode node, ValueSchema schema, string path, FieldSet fields)
    {
        var paragraphs = new List<LocatedText>();
        switch (node)
        {
            case YScalar { IsNull: true }:
                if (schema.Required) Report("GRG1008", node.Span, $"{Named(schema, path)}为空，请填写", path, schema.CellName);
                return;
            case YScalar s:
                paragraphs.Add(new LocatedText(Clean(s.Value, s.Span, schema.CellName, trimInvisibleEnds: false), s.Span));
                break;
            case YSequence seq:
                foreach (var item in seq.Items)
                {
                    if (item is YScalar { IsNull: false } p)
                        paragraphs.Add(new LocatedText(Clean(p.Value, p.Span, schema.CellName, trimInvisibleEnds: false), p.Span));
                    else if (item is not YScalar)
                        Report("GRG1009", item.Span, $"{Named(schema, path)}的每一段应为文字，实际为{item.Describe()}", path, schema.CellName);
                }
                break;
            default:
                Report("GRG1009", node.Span, $"{Named(schema, path)}应为一段文字或文字列表，实际为{node.Describe()}", path, schema.CellName);
                return;
        }
        fields.Set(path, new NarrativeText(paragraphs), node.Span);
    }

    /// <summary>
    /// GRG1012: C0 controls (except TAB, LF) and bidi overrides are removed everywhere, since XML
    /// and DOCX cannot hold them; invisible padding is stripped from values but kept in prose.
    /// </summary>
    private string Clean(string value, SourceSpan span, string cellName, bool trimInvisibleEnds)
    {
        var sb = new StringBuilder(value.Length);
        var removed = 0;
        var unusable = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if ((c < 0x20 && c != '\t' && c != '\n') || c == '\u007F' || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                removed++;
                continue;
            }
            // Noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF) and unpaired surrogates cannot be stored in XML, DOCX
            // or PDF text: removed here, where the finding points at the data, not later inside a template.
            if (c is '\uFFFE' or '\uFFFF' or >= '\uFDD0' and <= '\uFDEF')
            {
                unusable++;
                continue;
            }
            if (char.IsSurrogate(c))
            {
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    var rune = char.ConvertToUtf32(c, value[i + 1]);
                    if ((rune & 0xFFFE) == 0xFFFE) { unusable++; i++; continue; }
                    sb.Append(c).Append(value[++i]);
                    continue;
                }
                unusable++;
                continue;
            }
            sb.Append(c);
        }
        var result = sb.ToString();
        if (removed > 0)
            _diagnostics.Warning("GRG1012", span, $"{cellName}含 {removed} 个控制字符，已删除");
        if (unusable > 0)
            _diagnostics.Warning("GRG1012", span, $"{cellName}含 {unusable} 个无法使用的字符（Unicode 非字符或不成对的代理项，如 U+FFFF），已删除");
        var hasZeroWidth = result.Any(IsZeroWidth);
        var paddedEnds = result.Length > 0 && (IsInvisiblePadding(result[0]) || IsInvisiblePadding(result[^1]));
        if (hasZeroWidth || paddedEnds)
        {
            if (trimInvisibleEnds)
            {
                result = new string(result.Where(c => !IsZeroWidth(c)).ToArray()).Trim(' ', '\u3000', '\u00A0', '\t');
                _diagnostics.Warning("GRG1012", span, $"{cellName}含不可见字符（零宽字符、全角空格或不间断空格），已去除");
            }
            else
            {
                _diagnostics.Warning("GRG1012", span, $"{cellName}含不可见字符（零宽字符、首尾全角空格或不间断空格），请检查");
            }
        }
        return result;
    }

    private static bool IsZeroWidth(char c) => c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u200E' or '\u200F';

    private static bool IsInvisiblePadding(char c) => c is '\u3000' or '\u00A0' || IsZeroWidth(c);

    /// <summary>A date in the right shape but impossible (2025-02-30) is not a format problem; other shapes get the rewrite.</summary>
    private static string DateMessage(string name, string text)
    {
        if (text.Length == 10 && text[4] == '-' && text[7] == '-' && text.Where((c, i) => i is not (4 or 7)).All(char.IsAsciiDigit))
            return $"{name}“{text}”不是有效的日期（该月没有这一天）";
        string[] shapes = { "yyyy/M/d", "yyyy.M.d", "yyyy-M-d", "yyyy年M月d日", "yyyyMMdd" };
        var hint = DateOnly.TryParseExact(text, shapes, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? $"→ 写 {d:yyyy-MM-dd}"
            : "";
        return $"{name}应为日期，格式 YYYY-MM-DD（如 2025-01-15），实际为“{text}”{hint}";
    }

    private static string MissingKeyMessage(SchemaNode child, string path) => child switch
    {
        ValueSchema { Kind: ValueKind.Count or ValueKind.SignedCount or ValueKind.Money } v => $"缺少{Named(v, path)}；空白单元格请填 0，不能省略",
        ValueSchema v => $"缺少{Named(v, path)}",
        _ => $"缺少“{child.Label}”（{path}）",
    };

    /// <param name="suggestedKey">The key the unknown one most likely stands for (its did-you-mean), else null.</param>
    private string UnknownKeyMessage(string key, MapSchema schema, string prefix, IReadOnlyList<OtherFormatMap> others, ISet<string> suggested, out string? suggestedKey)
    {
        suggestedKey = null;
        var where = prefix.Length == 0 ? "顶层" : $"“{prefix}”下";
        var available = string.Join("、", schema.Children.Select(c => c.Key));
        var otherFormat = others.FirstOrDefault(o => o.Map.Child(key) is not null);
        if (otherFormat is not null)
            return $"{where}未知的键“{key}”：此键只属于 {otherFormat.FormatId} 格式，本文件所用格式没有此项（可用的键：{available}）";
        var suggestion = KeySuggester.Suggest(key, schema, _rootSchema);
        if (suggestion is null) return $"{where}未知的键“{key}”（可用的键：{available}）";
        suggested.Add(suggestion.Value.Key);
        suggestedKey = suggestion.Value.Key;
        return $"{where}未知的键“{key}”，是否应为“{suggestion.Value.Key}”（{suggestion.Value.Label}）？";
    }
}

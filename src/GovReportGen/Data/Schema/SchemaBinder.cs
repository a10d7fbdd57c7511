using System.Globalization;
using System.Text;
using GovReportGen.Data.Yaml;
using GovReportGen.Diagnostics;

namespace GovReportGen.Data.Schema;

/// <summary>
/// Checks a located YAML tree against a schema and collects typed values by key path.
/// Unknown keys, missing keys and wrong types become GRG1007/GRG1008/GRG1009; nothing throws.
/// </summary>
public sealed class SchemaBinder
{
    private readonly DiagnosticBag _diagnostics;
    private readonly MapSchema _rootSchema;
    private readonly string _file;

    private SchemaBinder(MapSchema rootSchema, string file, DiagnosticBag diagnostics)
    {
        _rootSchema = rootSchema;
        _file = file;
        _diagnostics = diagnostics;
    }

    public static FieldSet Bind(YNode root, MapSchema schema, string file, DiagnosticBag diagnostics)
    {
        var fields = new FieldSet(file);
        var binder = new SchemaBinder(schema, file, diagnostics);
        fields.SetSpan("", root.Span);
        if (root is not YMapping map)
        {
            diagnostics.Error("GRG1009", root.Span, $"文件顶层应为键值对（映射），实际为{root.Describe()}");
            return fields;
        }
        binder.BindMap(map, schema, "", fields);
        return fields;
    }

    private static string Join(string prefix, string key) => prefix.Length == 0 ? key : prefix + "." + key;

    private void BindMap(YMapping map, MapSchema schema, string prefix, FieldSet fields)
    {
        foreach (var entry in map.Entries)
        {
            var child = schema.Child(entry.Key.Value);
            if (child is null)
            {
                _diagnostics.Error("GRG1007", entry.Key.Span, UnknownKeyMessage(entry.Key.Value, schema, prefix));
                continue;
            }
            var path = Join(prefix, child.Key);
            fields.SetSpan(path, entry.Key.Span);
            BindNode(entry.Value, child, path, fields, entry.Key.Span);
        }
        foreach (var child in schema.Children)
        {
            if (!child.Required || map.Find(child.Key) is not null) continue;
            if (child is ValueSchema { IsDerivedTotal: true }) continue;
            _diagnostics.Error("GRG1008", map.Span, MissingKeyMessage(child, Join(prefix, child.Key)));
        }
    }

    private void BindNode(YNode node, SchemaNode schema, string path, FieldSet fields, SourceSpan keySpan)
    {
        switch (schema)
        {
            case MapSchema mapSchema when node is YMapping map:
                BindMap(map, mapSchema, path, fields);
                return;
            case MapSchema mapSchema when node is YScalar { IsNull: true }:
                if (mapSchema.Required) _diagnostics.Error("GRG1008", keySpan, $"{mapSchema.Label}（{path}）为空，应包含其下各项");
                return;
            case MapSchema mapSchema:
                _diagnostics.Error("GRG1009", node.Span, $"{mapSchema.Label}（{path}）应为键值对（映射），实际为{node.Describe()}");
                return;
            case ListSchema listSchema:
                BindList(node, listSchema, path, fields, keySpan);
                return;
            case ValueSchema valueSchema:
                BindValue(node, valueSchema, path, fields, keySpan);
                return;
        }
    }

    private void BindList(YNode node, ListSchema schema, string path, FieldSet fields, SourceSpan keySpan)
    {
        if (node is YScalar { IsNull: true }) return;
        if (node is not YSequence seq)
        {
            _diagnostics.Error("GRG1009", node.Span, $"{schema.Label}（{path}）应为列表，实际为{node.Describe()}");
            return;
        }
        var items = new List<FieldSet>();
        foreach (var item in seq.Items)
        {
            var itemFields = new FieldSet(_file);
            itemFields.SetSpan("", item.Span);
            if (item is YMapping map) BindMap(map, schema.Item, "", itemFields);
            else _diagnostics.Error("GRG1009", item.Span, $"{schema.Label}（{path}）的每一项应为键值对，实际为{item.Describe()}");
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
            _diagnostics.Error("GRG1009", node.Span, $"{schema.CellName}（{path}）应为单个值，实际为{node.Describe()}");
            return;
        }
        if (scalar.IsNull)
        {
            if (schema.Required && !schema.IsDerivedTotal)
                _diagnostics.Error("GRG1008", scalar.Span, $"{schema.CellName}（{path}）为空；空白单元格请填 0");
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
                else _diagnostics.Error(r.Id!, scalar.Span, r.Error!);
                break;
            }
            case ValueKind.Money:
            {
                var unit = path.EndsWith("amount_yuan", StringComparison.Ordinal) ? "元" : "万元";
                var r = ScalarParser.ParseMoney(text, schema.CellName, unit);
                if (r.Ok) value = r.Value;
                else _diagnostics.Error(r.Id!, scalar.Span, r.Error!);
                break;
            }
            case ValueKind.Year:
            {
                if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && text.Length == 4) value = year;
                else _diagnostics.Error("GRG1009", scalar.Span, $"{schema.CellName}（{path}）应为四位年份，实际为“{text}”");
                break;
            }
            case ValueKind.Date:
            {
                if (text.Length == 10 && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) value = date;
                else _diagnostics.Error("GRG1009", scalar.Span, $"{schema.CellName}（{path}）应为日期，格式 YYYY-MM-DD（如 2025-01-15），实际为“{text}”");
                break;
            }
            case ValueKind.Bool:
            {
                if (text is "true" or "True" or "TRUE") value = true;
                else if (text is "false" or "False" or "FALSE") value = false;
                else _diagnostics.Error("GRG1009", scalar.Span, $"{schema.CellName}（{path}）应为 true 或 false，实际为“{text}”");
                break;
            }
            case ValueKind.Choice:
            {
                if (schema.Choices.Contains(text)) value = text;
                else _diagnostics.Error("GRG1009", scalar.Span, $"{schema.CellName}（{path}）只能是 {string.Join(" / ", schema.Choices)}，实际为“{text}”");
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
                if (schema.Required) _diagnostics.Error("GRG1008", node.Span, $"{schema.CellName}（{path}）为空，请填写");
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
                        _diagnostics.Error("GRG1009", item.Span, $"{schema.CellName}（{path}）的每一段应为文字，实际为{item.Describe()}");
                }
                break;
            default:
                _diagnostics.Error("GRG1009", node.Span, $"{schema.CellName}（{path}）应为一段文字或文字列表，实际为{node.Describe()}");
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
        foreach (var c in value)
        {
            if ((c < 0x20 && c != '\t' && c != '\n') || c == '\u007F' || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                removed++;
                continue;
            }
            sb.Append(c);
        }
        var result = sb.ToString();
        if (removed > 0)
            _diagnostics.Warning("GRG1012", span, $"{cellName}含 {removed} 个控制字符，已删除");
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

    private string MissingKeyMessage(SchemaNode child, string path) => child switch
    {
        ValueSchema { Kind: ValueKind.Count or ValueKind.SignedCount or ValueKind.Money } v => $"缺少{v.CellName}（{path}）；空白单元格请填 0，不能省略",
        ValueSchema v => $"缺少{v.CellName}（{path}）",
        _ => $"缺少“{child.Label}”（{path}）",
    };

    private string UnknownKeyMessage(string key, MapSchema schema, string prefix)
    {
        var where = prefix.Length == 0 ? "顶层" : $"“{prefix}”下";
        var suggestion = KeySuggester.Suggest(key, schema, _rootSchema);
        return suggestion is null
            ? $"{where}未知的键“{key}”（可用的键：{string.Join("、", schema.Children.Select(c => c.Key))}）"
            : $"{where}未知的键“{key}”，是否应为“{suggestion.Value.Key}”（{suggestion.Value.Label}）？";
    }
}

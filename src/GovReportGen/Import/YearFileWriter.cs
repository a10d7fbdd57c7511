using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using GovReportGen.Data.Model;
using GovReportGen.Data.Schema;

namespace GovReportGen.Import;

/// <summary>
/// Writes an imported report as a year file in our schema (docs/formats.md §5): keys in schema order, one flow map per
/// table row with the official label as a comment, narrative as double-quoted strings. A cell that was not read is
/// left out, so <c>validate</c> names it (GRG1008). Same reading, same bytes.
/// </summary>
internal static class YearFileWriter
{
    private static readonly JsonSerializerOptions Quoting = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A YAML double-quoted scalar (JSON's escapes are YAML's).</summary>
    public static string Quote(string text) => JsonSerializer.Serialize(text, Quoting);

    public static string Write(string sourceName, IFormatDefinition format, int year, TableReading tables, NarrativeReading narrative)
    {
        var b = new StringBuilder();
        b.Append("# ").Append(narrative.AgencyName ?? "").Append(' ').Append(year).Append("年政府信息公开工作年度报告（govreport import 自“")
            .Append(Path.GetFileName(sourceName)).Append("”导入，请核对导入报告所列各项）\n");
        b.Append("year: ").Append(year).Append('\n');
        b.Append("format: ").Append(format.Id).Append('\n');
        if (narrative.PublishedOn is { } date) b.Append("published_on: ").Append(date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        b.Append("title_style: ").Append(narrative.TitleNiandu ? "niandu" : "nian").Append('\n');
        if (narrative.HasPreamble) b.Append("preamble: true\n");
        b.Append(Tables(format, tables.Figures));
        b.Append('\n');
        Narrative(b, format, narrative);
        return b.ToString();
    }

    /// <summary>表二、表三、表四 as year-file YAML, each preceded by a blank line; a figure not given is left out.</summary>
    public static string Tables(IFormatDefinition format, IReadOnlyDictionary<string, decimal> figures)
    {
        var b = new StringBuilder();
        foreach (var table in new[] { "table2", "table3", "table4" })
        {
            b.Append('\n');
            if (format.Schema.Child(table) is MapSchema map) Figures(b, map, table, 0, figures);
        }
        return b.ToString();
    }

    private static void Figures(StringBuilder b, MapSchema map, string path, int depth, IReadOnlyDictionary<string, decimal> figures)
    {
        var indent = new string(' ', depth * 2);
        var values = map.Children.OfType<ValueSchema>().ToList();
        if (values.Count > 0 && values.Count == map.Children.Count)
        {
            var cells = values.Where(v => figures.ContainsKey($"{path}.{v.Key}"))
                .Select(v => $"{v.Key}: {ScalarParser.FormatDecimal(figures[$"{path}.{v.Key}"])}");
            b.Append(indent).Append(map.Key).Append(": {").Append(string.Join(", ", cells)).Append("}  # ").Append(map.Label).Append('\n');
            return;
        }
        b.Append(indent).Append(map.Key).Append(':');
        if (depth > 0 || map.Label.Length > 0) b.Append("  # ").Append(map.Label);
        b.Append('\n');
        foreach (var child in map.Children.OfType<MapSchema>()) Figures(b, child, $"{path}.{child.Key}", depth + 1, figures);
    }

    private static void Narrative(StringBuilder b, IFormatDefinition format, NarrativeReading narrative)
    {
        b.Append("narrative:\n");
        var schema = (MapSchema)format.Schema.Child("narrative")!;
        foreach (var section in schema.Children.OfType<MapSchema>())
        {
            b.Append("  ").Append(section.Key).Append(":  # ").Append(section.Label).Append('\n');
            foreach (var child in section.Children)
            {
                var path = $"narrative.{section.Key}.{child.Key}";
                if (child is ValueSchema && narrative.Fields.TryGetValue(path, out var text)) Text(b, "    ", child.Key, text);
                else if (child is MapSchema { Key: "processing_fees" } fees && narrative.ProcessingFeeYuan is { } yuan)
                {
                    b.Append("    processing_fees:  # ").Append(fees.Label).Append('\n');
                    b.Append("      amount_yuan: ").Append(ScalarParser.FormatDecimal(yuan)).Append('\n');
                    if (narrative.Fields.TryGetValue($"{path}.note", out var note)) Text(b, "      ", "note", note);
                }
                else if (child is ListSchema { Key: "topics" } && narrative.Topics.Count > 0)
                {
                    b.Append("    topics:\n");
                    foreach (var (heading, topicText) in narrative.Topics)
                    {
                        b.Append("      - heading: ").Append(Quote(heading)).Append('\n');
                        Text(b, "        ", "text", topicText.Count == 0 ? [""] : topicText);
                    }
                }
            }
        }
    }

    private static void Text(StringBuilder b, string indent, string key, IReadOnlyList<string> paragraphs)
    {
        if (paragraphs.Count == 1)
        {
            b.Append(indent).Append(key).Append(": ").Append(Quote(paragraphs[0])).Append('\n');
            return;
        }
        b.Append(indent).Append(key).Append(":\n");
        foreach (var p in paragraphs) b.Append(indent).Append("  - ").Append(Quote(p)).Append('\n');
    }
}

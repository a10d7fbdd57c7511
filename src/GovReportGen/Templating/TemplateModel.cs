using System.Globalization;
using GovReportGen.Data.Model;
using GovReportGen.Data.Schema;
using GovReportGen.Diagnostics;
using GovReportGen.Data.Common;
using Scriban.Runtime;

namespace GovReportGen.Templating;

/// <summary>
/// Builds what a template sees from a report: <c>report</c>, <c>agency</c>, <c>table2</c>, <c>table3</c>,
/// <c>table4</c> and <c>narrative</c>, keyed as in the data files (docs/formats.md §5). Every key the format
/// defines is present (null when the file leaves it out), so strict mode reports only real typos.
/// Figures are strings printed as the report prints them; text is already escaped markup. Every row of figures
/// also holds its own key path under <see cref="KeyPathMember"/>, so the helper that prints a cell can name the
/// key it shows (<c>data-key</c>) from the very object it prints: a row bound to the wrong place says so.
/// </summary>
internal static class TemplateModel
{
    /// <summary>The member of a row of figures holding its key path (<c>table3.rows.new_requests</c>); no data key is spelt so.</summary>
    public const string KeyPathMember = "key_path";

    public static ScriptObject Build(ReportData report, DiagnosticBag diagnostics)
    {
        var root = new ScriptObject();
        root["report"] = Report(report);
        root["agency"] = Agency(report.Agency);
        var tables = new ScriptObject
        {
            ["table2"] = Table2(report),
            ["table3"] = Table3(report.Table3, report.Format.OtherHandlingHasSubRows),
            ["table4"] = Table4(report.Table4),
        };
        foreach (var (key, value) in tables) root[key] = value;
        var narrativeSchema = (MapSchema)report.Format.Schema.Child("narrative")!;
        // Bindings resolve through the same class validation uses (GRG4006), so what passes is what prints.
        root["narrative"] = Narrative(report, narrativeSchema, "narrative", path => Bindings.Resolve(report, path), diagnostics);
        return root;
    }

    public static string Print(long value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Print(decimal value) => ScalarParser.FormatDecimal(value);

    /// <summary>Dates print as 2025年1月15日: no zero padding (GB/T 9704 §7.3.5.4).</summary>
    public static string PrintDate(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    private static ScriptObject Report(ReportData r) => new()
    {
        ["year"] = r.Year,
        ["previous_year"] = r.Year - 1,
        ["format"] = r.Format.Id,
        ["title_niandu"] = r.TitleUsesNiandu,
        ["published_on"] = r.PublishedOn is { } d ? PrintDate(d) : null,
        ["preamble"] = r.Preamble,
        ["period_start"] = $"{r.Year}年1月1日",
        ["period_end"] = $"{r.Year}年12月31日",
    };

    private static ScriptObject Agency(AgencyInfo agency)
    {
        var obj = new ScriptObject();
        foreach (var child in CommonSchema.Agency().Children)
        {
            if (child is MapSchema map)
            {
                var nested = new ScriptObject();
                foreach (var c in map.Children) nested[c.Key] = EscapedOrNull(agency.Fields.Get<string>($"{map.Key}.{c.Key}"));
                obj[map.Key] = nested;
            }
            else obj[child.Key] = EscapedOrNull(agency.Fields.Get<string>(child.Key));
        }
        return obj;
    }

    private static string? EscapedOrNull(string? text) => text is null ? null : MarkupText.Escape(text);

    private static ScriptObject Table2(ReportData report)
    {
        var schema = (MapSchema)report.Format.Schema.Child("table2")!;
        var table = new ScriptObject();
        foreach (var block in schema.Children.OfType<MapSchema>())
        {
            var obj = new ScriptObject { [KeyPathMember] = $"table2.{block.Key}" };
            foreach (var cell in block.Children.OfType<ValueSchema>())
            {
                var path = $"table2.{block.Key}.{cell.Key}";
                obj[cell.Key] = cell.Kind == ValueKind.Money ? Print(report.Fields.Money(path)) : Print(report.Fields.Count(path));
            }
            table[block.Key] = obj;
        }
        return table;
    }

    private static ScriptObject Cells(ApplicantRow row, ScriptObject? into = null)
    {
        var obj = into ?? new ScriptObject();
        obj[KeyPathMember] = row.Path;
        for (var i = 0; i < Table3Schema.Columns.Count; i++) obj[Table3Schema.Columns[i].Key] = Print(row.Cells[i]);
        return obj;
    }

    private static ScriptObject Table3(Data.Model.Table3 t, bool otherHandlingHasSubRows)
    {
        var results = new ScriptObject();
        foreach (var group in t.ResultGroups)
        {
            if (!group.HasSubRows)
            {
                results[group.Key] = Cells(group.Rows[0]);
                continue;
            }
            // A group holds its sub-rows by key and, under the column keys, its derived sum.
            var obj = Cells(group.Sum);
            foreach (var row in group.Rows) obj[row.Path[(row.Path.LastIndexOf('.') + 1)..]] = Cells(row);
            results[group.Key] = obj;
        }
        results["total"] = Cells(t.ResultsTotal);
        var rows = new ScriptObject
        {
            ["new_requests"] = Cells(t.NewRequests),
            ["carried_in"] = Cells(t.CarriedIn),
            ["results"] = results,
            ["carried_forward"] = Cells(t.CarriedForward),
        };
        return new ScriptObject { ["rows"] = rows };
    }

    private static ScriptObject Table4(Data.Model.Table4 t)
    {
        var obj = new ScriptObject();
        for (var g = 0; g < t.Groups.Count; g++)
        {
            var group = t.Groups[g];
            var cells = new ScriptObject { [KeyPathMember] = $"table4.{Table4Schema.Groups[g].Key}" };
            for (var c = 0; c < Table4Schema.Columns.Count; c++) cells[Table4Schema.Columns[c].Key] = Print(group.Cells[c]);
            obj[Table4Schema.Groups[g].Key] = cells;
        }
        return obj;
    }

    private static ScriptObject Narrative(ReportData report, MapSchema schema, string prefix, Func<string, string?> resolve, DiagnosticBag diagnostics)
    {
        var obj = new ScriptObject();
        foreach (var child in schema.Children)
        {
            var path = $"{prefix}.{child.Key}";
            obj[child.Key] = child switch
            {
                ValueSchema { Kind: ValueKind.Narrative } => Paragraphs(report.Fields.Narrative(path), resolve, diagnostics, ((ValueSchema)child).CellName),
                ValueSchema { Kind: ValueKind.Money } => report.Fields.Has(path) ? Print(report.Fields.Money(path)) : null,
                ValueSchema v => EscapedOrNull(report.Fields.Get<string>(path)),
                MapSchema map => PresentOrNull(report, path) ? Narrative(report, map, path, resolve, diagnostics) : null,
                ListSchema list => new ScriptArray(report.Fields.List(path).Select(item => ListItem(item, list.Item, resolve, diagnostics))),
                _ => null,
            };
        }
        return obj;
    }

    private static bool PresentOrNull(ReportData report, string path) =>
        report.Fields.Paths.Any(p => p.StartsWith(path + ".", StringComparison.Ordinal));

    private static ScriptObject ListItem(FieldSet item, MapSchema schema, Func<string, string?> resolve, DiagnosticBag diagnostics)
    {
        var obj = new ScriptObject();
        foreach (var child in schema.Children.OfType<ValueSchema>())
        {
            obj[child.Key] = child.Kind == ValueKind.Narrative
                ? Paragraphs(item.Narrative(child.Key), resolve, diagnostics, child.CellName)
                : EscapedOrNull(item.Get<string>(child.Key));
        }
        return obj;
    }

    private static ScriptArray? Paragraphs(NarrativeText? text, Func<string, string?> resolve, DiagnosticBag diagnostics, string cellName)
    {
        if (text is null) return null;
        var array = new ScriptArray();
        foreach (var p in text.Paragraphs)
        {
            if (string.IsNullOrWhiteSpace(p.Text)) continue;
            var bindings = Bindings.Find(p.Text).Select(b => (b.Start, b.Length, b.Path));
            array.Add(MarkupText.Paragraph(p.Text, bindings, resolve));
        }
        return array;
    }
}

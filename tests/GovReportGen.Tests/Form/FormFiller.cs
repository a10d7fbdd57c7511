using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GovReportGen.Data.Model;
using GovReportGen.Data.Schema;
using GovReportGen.Form;
using GovReportGen.Formats;
using GovReportGen.Validation.Rules;

namespace GovReportGen.Tests.Form;

/// <summary>
/// Fills a form the way a script (or a clerk) would, through the OpenXML SDK: a number typed into a cell is a number
/// cell, text is an inline string, a cleared cell has no value. Cached formula results are left as the form had them,
/// so whatever reads the totals back must recalculate.
/// </summary>
internal static class FormFiller
{
    /// <summary>The input positions of a format's form (they do not depend on the agency or last year).</summary>
    public static FormLayout Layout(IReportFormat format) => FormLayout.Build(format, FormCreator.Info(new FormIdentity("x", "x", 2024, format.Id)));

    public static (string Sheet, string Address) Where(IReportFormat format, string key)
    {
        var (sheet, cell) = Layout(format).Sheets.SelectMany(s => s.Cells.Select(c => (s, c))).Single(x => x.c.Key == key);
        return (sheet.Name, cell.Address);
    }

    /// <summary>Every input of the form set from <paramref name="report"/>: its figures, text, date and title style.</summary>
    public static void FillFrom(string xlsx, ReportData report) => Edit(xlsx, (IReportFormat)report.Format, set =>
    {
        foreach (var (_, cell) in Layout((IReportFormat)report.Format).Inputs)
        {
            var key = cell.Key!;
            if (cell.Kind is ValueKind.Count or ValueKind.SignedCount || (cell.Kind == ValueKind.Money && key.StartsWith("table", StringComparison.Ordinal)))
                set(key, OfficialFigures.Value(report, key));
            else set(key, TextOf(report, key));
        }
    });

    /// <summary>Sets figures by key (other inputs untouched).</summary>
    public static void FillFigures(string xlsx, IReportFormat format, IReadOnlyDictionary<string, decimal> figures) => Edit(xlsx, format, set =>
    {
        foreach (var (key, value) in figures) set(key, value);
    });

    /// <summary>Opens the form for editing; the callback sets a key's cell to a number, a text, or null (cleared).</summary>
    public static void Edit(string xlsx, IReportFormat format, Action<Action<string, object?>> edit)
    {
        var layout = Layout(format);
        using var document = SpreadsheetDocument.Open(xlsx, true);
        var parts = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>()
            .ToDictionary(s => s.Name!.Value!, s => (WorksheetPart)document.WorkbookPart.GetPartById(s.Id!.Value!));
        edit((key, value) =>
        {
            var (sheet, cell) = layout.Sheets.SelectMany(s => s.Cells.Select(c => (s, c))).First(x => x.c.Key == key);
            SetCell(parts[sheet.Name], cell.Address, value);
        });
    }

    public static void SetCell(WorksheetPart part, string address, object? value)
    {
        var cell = part.Worksheet.Descendants<Cell>().Single(c => c.CellReference == address);
        cell.CellFormula = null;
        cell.InlineString = null;
        cell.CellValue = null;
        cell.DataType = null;
        switch (value)
        {
            case null:
                break;
            case decimal d:
                cell.CellValue = new CellValue(d.ToString(CultureInfo.InvariantCulture));
                break;
            case bool b:
                cell.DataType = CellValues.Boolean;
                cell.CellValue = new CellValue(b ? "1" : "0");
                break;
            case double d:
                cell.CellValue = new CellValue(d.ToString("R", CultureInfo.InvariantCulture));
                break;
            case FormulaText f:
                cell.CellFormula = new CellFormula(f.Formula);
                cell.CellValue = new CellValue(f.Cached);
                break;
            default:
                cell.DataType = CellValues.InlineString;
                cell.InlineString = new InlineString(new Text(value.ToString()!) { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve });
                break;
        }
    }

    /// <summary>A formula typed into a cell, with the result Excel cached for it.</summary>
    public sealed record FormulaText(string Formula, string Cached);

    /// <summary>What the form's text input for <paramref name="key"/> holds for the report: paragraphs on separate lines.</summary>
    private static object? TextOf(ReportData report, string key)
    {
        switch (key)
        {
            case FormLayout.PublishedOnKey: return report.PublishedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            case FormLayout.TitleStyleKey: return report.TitleUsesNiandu ? "年度" : "年";
            case FormLayout.PreambleKey: return report.Preamble ? "是" : "否";
        }
        if (key == "narrative.other_matters.processing_fees.amount_yuan")
            return report.Fields.Has(key) ? report.Fields.Money(key) : null;
        var topic = System.Text.RegularExpressions.Regex.Match(key, @"^narrative\.overview\.topics\[(\d+)\]\.(heading|text)$");
        if (topic.Success)
        {
            var items = report.Fields.List(FormLayout.TopicsKey);
            var i = int.Parse(topic.Groups[1].Value, CultureInfo.InvariantCulture);
            if (i >= items.Count) return null;
            return topic.Groups[2].Value == "heading" ? items[i].Get<string>("heading") : Joined(items[i].Narrative("text"));
        }
        return Joined(report.Fields.Narrative(key));
    }

    private static string? Joined(NarrativeText? text) => text is null ? null : string.Join("\n", text.Paragraphs.Select(p => p.Text));

    /// <summary>Differences between two reports' data: every official figure, every narrative field, topics' headings, date, title style, preamble, fee.</summary>
    public static List<string> Differences(ReportData expected, ReportData actual)
    {
        var wrong = new List<string>();
        if (expected.Format.Id != actual.Format.Id) wrong.Add($"format {actual.Format.Id} (expected {expected.Format.Id})");
        foreach (var (_, cell) in OfficialFigures.Cells(expected.Format))
        {
            var (e, a) = (OfficialFigures.Value(expected, cell.Key!), OfficialFigures.Value(actual, cell.Key!));
            if (e != a) wrong.Add($"{cell.Key}: {a} (expected {e})");
        }
        var expectedText = NarrativeFields.Of(expected).ToDictionary(f => f.Path, f => f.Text.Paragraphs.Select(p => p.Text).ToList());
        var actualText = NarrativeFields.Of(actual).ToDictionary(f => f.Path, f => f.Text.Paragraphs.Select(p => p.Text).ToList());
        foreach (var path in expectedText.Keys.Union(actualText.Keys))
        {
            var e = expectedText.GetValueOrDefault(path) ?? new List<string>();
            var a = actualText.GetValueOrDefault(path) ?? new List<string>();
            if (!e.SequenceEqual(a)) wrong.Add($"{path}:\n  expected {string.Join(" / ", e)}\n  actual   {string.Join(" / ", a)}");
        }
        var headings = (Expected: expected.Fields.List(FormLayout.TopicsKey).Select(t => t.Get<string>("heading")), Actual: actual.Fields.List(FormLayout.TopicsKey).Select(t => t.Get<string>("heading")));
        if (!headings.Expected.SequenceEqual(headings.Actual)) wrong.Add($"topic headings: {string.Join("/", headings.Actual)} (expected {string.Join("/", headings.Expected)})");
        if (expected.PublishedOn != actual.PublishedOn) wrong.Add($"published_on {actual.PublishedOn} (expected {expected.PublishedOn})");
        if (expected.TitleUsesNiandu != actual.TitleUsesNiandu) wrong.Add("title_style");
        if (expected.Preamble != actual.Preamble) wrong.Add("preamble");
        const string fee = "narrative.other_matters.processing_fees.amount_yuan";
        if (expected.Fields.Has(fee) != actual.Fields.Has(fee) || expected.Fields.Money(fee) != actual.Fields.Money(fee)) wrong.Add("processing fee");
        return wrong;
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using SheetValues = DocumentFormat.OpenXml.Spreadsheet.CellValues;
using GovReportGen.Data.Model;
using GovReportGen.Data.Schema;
using GovReportGen.Diagnostics;
using GovReportGen.Form;
using GovReportGen.Formats;

namespace GovReportGen.Import;

/// <summary>What a filled-in form gives: the figures, the text, and the agency and year it was made for.</summary>
internal sealed record FormReading(TableReading Tables, NarrativeReading Narrative, string? AgencyId, int? Year);

/// <summary>
/// Reads a spreadsheet form made by <c>govreport form</c> back (docs/import.md §7). The form's layout is known (the
/// same <see cref="FormLayout"/> that wrote it), so every cell is read at its position, after checking that the
/// labels are still where the form put them. Only what the user typed is read: a formula in an input cell is not
/// (its cached result could be anything), and the totals' formulas are left to the loader to derive. A problem is
/// located as <c>表三!D12</c> with the official cell's name; nothing is guessed.
/// </summary>
internal static partial class XlsxFormReader
{
    public const string Kind = "XLSX";

    /// <summary>The first bytes of an OLE compound file: an encrypted workbook, or an old .xls.</summary>
    private static readonly byte[] CompoundFile = { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 };

    /// <summary>The reading, or the reason the file could not be read at all.</summary>
    public static (FormReading? Reading, string? Failure) Read(string file, byte[] bytes)
    {
        if (bytes.AsSpan().StartsWith(CompoundFile))
            return (null, $"“{Path.GetFileName(file)}”是加密的工作簿或旧版 .xls 文件：请在 Excel 或 WPS 中取消打开密码，另存为 .xlsx 后再导入");
        SpreadsheetDocument document;
        try
        {
            document = SpreadsheetDocument.Open(new MemoryStream(bytes, writable: false), false,
                new DocumentFormat.OpenXml.Packaging.OpenSettings { MaxCharactersInPart = 64L * 1024 * 1024 });
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or System.IO.FileFormatException or IOException or System.Xml.XmlException or ArgumentException or InvalidOperationException or NotSupportedException)
        {
            return (null, $"“{Path.GetFileName(file)}”不是可读取的 .xlsx 工作簿（{e.GetType().Name}）");
        }
        using (document)
        {
            if (document.WorkbookPart?.Workbook?.Sheets is not { } sheetList)
                return (null, $"“{Path.GetFileName(file)}”不是可读取的 .xlsx 工作簿（没有工作表）");
            var sheets = new Dictionary<string, Dictionary<string, Cell>>(StringComparer.Ordinal);
            foreach (var sheet in sheetList.Elements<Sheet>())
            {
                if (sheet.Name?.Value is not { } name || sheet.Id?.Value is not { } id) continue;
                if (document.WorkbookPart.GetPartById(id) is WorksheetPart part) sheets[name] = Cells(part);
            }
            var strings = document.WorkbookPart.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(ItemText).ToList() ?? new List<string>();
            var identity = FormIdentity.Parse(document.PackageProperties.Keywords, document.PackageProperties.Title);
            var sheetsRead = new FormCells(sheets, strings);
            identity ??= IdentityFromText(sheetsRead);
            var format = identity is not null ? FormatRegistry.ById(identity.FormatId) : null;
            format ??= FormatRegistry.All.MaxBy(f => LabelsInPlace(Layout(f, null), sheetsRead));
            if (format is null || LabelsInPlace(Layout(format, identity), sheetsRead) == 0)
                return (null, $"“{Path.GetFileName(file)}”不是 govreport form 生成的填报表：没有找到表二、表三、表四的官方标签");
            return (ReadForm(Layout(format, identity), identity, sheetsRead), null);
        }
    }

    private static FormLayout Layout(IReportFormat format, FormIdentity? identity) =>
        FormLayout.Build(format, FormCreator.Info(identity ?? new FormIdentity("", "", 0, format.Id)));

    /// <summary>A workbook's cells by sheet and address, with the shared strings to read them.</summary>
    private sealed record FormCells(Dictionary<string, Dictionary<string, Cell>> Sheets, List<string> Strings)
    {
        public Cell? At(string sheet, string address) => Sheets.TryGetValue(sheet, out var cells) && cells.TryGetValue(address, out var c) ? c : null;

        /// <summary>The text a cell shows as typed: a string, or a number as written in the file; null when blank.</summary>
        public string? Text(Cell? cell)
        {
            if (cell?.CellValue is null && cell?.InlineString is null) return null;
            if (cell.DataType?.Value == SheetValues.SharedString)
                return int.TryParse(cell.CellValue?.Text, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < Strings.Count ? Strings[i] : null;
            if (cell.DataType?.Value == SheetValues.InlineString) return cell.InlineString is { } s ? ItemText(s) : null;
            // TRUE is stored as 1: shown as the word, so it is never read as a figure.
            if (cell.DataType?.Value == SheetValues.Boolean) return cell.CellValue?.Text == "1" ? "TRUE" : "FALSE";
            return cell.CellValue?.Text;
        }

        public bool IsNumber(Cell cell) => cell.DataType is null || cell.DataType.Value == SheetValues.Number;
    }

    private static Dictionary<string, Cell> Cells(WorksheetPart part)
    {
        var cells = new Dictionary<string, Cell>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in part.Worksheet?.GetFirstChild<SheetData>()?.Elements<Row>() ?? Enumerable.Empty<Row>())
            foreach (var cell in row.Elements<Cell>())
                if (cell.CellReference?.Value is { } reference) cells[reference] = cell;
        return cells;
    }

    private static string ItemText(DocumentFormat.OpenXml.OpenXmlElement item) =>
        item.GetFirstChild<Text>()?.Text ?? string.Concat(item.Elements<Run>().Select(r => r.Text?.Text));

    /// <summary>Without the core properties (a re-save that dropped them), 正文's locked info cells say what the form is.</summary>
    private static FormIdentity? IdentityFromText(FormCells cells)
    {
        string? Value(string label)
        {
            for (var row = 1; row <= 10; row++)
                if (Labels.Squeeze(cells.Text(cells.At(FormLayout.TextSheet, FormLayout.Address(row, 1))) ?? "") == label)
                    return cells.Text(cells.At(FormLayout.TextSheet, FormLayout.Address(row, 2)))?.Trim();
            return null;
        }
        var info = FormCreator.Info(new FormIdentity("", "", 0, ""));
        var (name, id, year, format) = (Value(info[0].Label), Value(info[1].Label), Value(info[2].Label), Value(info[3].Label));
        if (format is null || !int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var y)) return null;
        return new FormIdentity(id ?? "", name ?? "", y, format);
    }

    /// <summary>How many of the tables' labels are where the layout puts them.</summary>
    private static int LabelsInPlace(FormLayout layout, FormCells cells) =>
        layout.Sheets.Where(s => s.Name != FormLayout.TextSheet)
            .Sum(s => TableLabels(s).Count(l => Labels.Squeeze(cells.Text(cells.At(s.Name, l.Address)) ?? "") == Labels.Squeeze(l.Text!)));

    /// <summary>The official labels of a table sheet (title and table; not the checks and notes under it).</summary>
    private static IEnumerable<FormCell> TableLabels(FormSheet sheet) => sheet.Cells.Where(c => c.Role is FormRole.Title or FormRole.Label);

    private static FormReading ReadForm(FormLayout layout, FormIdentity? identity, FormCells cells)
    {
        var findings = new List<ImportFinding>();
        var figures = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        var narrative = new NarrativeReading { AgencyName = identity?.AgencyName is { Length: > 0 } n ? n : null, Year = identity?.Year };
        var derived = 0;
        foreach (var sheet in layout.Sheets)
        {
            var inputs = sheet.Cells.Where(c => c.Role is FormRole.Input or FormRole.Total).ToList();
            if (!cells.Sheets.ContainsKey(sheet.Name))
            {
                findings.Add(new ImportFinding(ImportRules.Missing, Severity.Error, sheet.Name,
                    $"工作表“{sheet.Name}”不存在（被删除或改名），其中 {inputs.Count(c => c.Role == FormRole.Input)} 个单元格未导入"));
                continue;
            }
            if (sheet.Name != FormLayout.TextSheet && TableLabels(sheet).FirstOrDefault(l => Labels.Squeeze(cells.Text(cells.At(sheet.Name, l.Address)) ?? "") != Labels.Squeeze(l.Text!)) is { } moved)
            {
                findings.Add(new ImportFinding(ImportRules.LayoutChanged, Severity.Error, $"{sheet.Name}!{moved.Address}",
                    $"此处应为标签“{moved.Text}”，实为“{cells.Text(cells.At(sheet.Name, moved.Address)) ?? ""}”：工作表的行列被改动，{sheet.Name}未导入（请用 govreport form 重新生成填报表）"));
                continue;
            }
            foreach (var input in inputs)
            {
                var where = $"{sheet.Name}!{input.Address}";
                var cell = cells.At(sheet.Name, input.Address);
                if (sheet.Name == FormLayout.TextSheet) { ReadText(input, cell, where, cells, narrative, findings); continue; }
                if (input.Role == FormRole.Total)
                {
                    // The form's formula (or a blank): derived by the loader. A total typed over the formula is read, so validate checks it.
                    if (cell?.CellFormula is not null || cells.Text(cell) is null) { derived++; continue; }
                }
                if (ReadFigure(input, cell, where, cells, findings) is { } value) figures[input.Key!] = value;
            }
        }
        CompactTopics(narrative, findings);
        var official = OfficialFigures.Cells(layout.Format).Count();
        return new FormReading(new TableReading(layout.Format, figures, findings, official, figures.Count + derived), narrative, identity?.AgencyId is { Length: > 0 } a ? a : null, identity?.Year);
    }

    private static decimal? ReadFigure(FormCell input, Cell? cell, string where, FormCells cells, List<ImportFinding> findings)
    {
        var kind = input.Kind switch { ValueKind.Money => FigureKind.Money, ValueKind.SignedCount => FigureKind.SignedCount, _ => FigureKind.Count };
        string? Problem(string? text)
        {
            if (cell?.CellFormula is { } f) return $"单元格是公式（={f.Text}），公式的结果不作为数据导入：请直接填写数字";
            if (text is null || Labels.Squeeze(text).Length == 0) return "未填写（没有的请填 0）";
            return null;
        }
        var text = cells.Text(cell);
        var problem = Problem(text);
        CellReading? reading = null;
        if (problem is null)
        {
            // A number as the file stores it (Excel writes up to 17 digits: 0.1 + 0.2 is 0.30000000000000004); Excel keeps
            // 15 significant digits, so that is what the user typed.
            if (cells.IsNumber(cell!) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && Math.Abs(number) < 1e15)
                text = decimal.Parse(number.ToString("G15", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            reading = CellValues.Read(text!, kind);
            if (!reading.IsRead) problem = reading.Problem;
            else if (kind == FigureKind.Money && reading.Value!.Value.Scale > 4 && decimal.Round(reading.Value.Value, 4) != reading.Value.Value)
                problem = $"金额最多保留四位小数（“{text}”）";
        }
        if (problem is not null)
        {
            findings.Add(new ImportFinding(ImportRules.Unreadable, Severity.Error, where, $"{input.Name}：{problem}，未导入（请核对后填写）")
                { Cell = input.Name, KeyPath = input.Key, Actual = text is null ? null : Labels.Squeeze(text) });
            return null;
        }
        if (reading!.Assumption is not null)
            findings.Add(new ImportFinding(reading.AssumptionId!, Severity.Warning, where, $"{input.Name}：{reading.Assumption}")
                { Cell = input.Name, KeyPath = input.Key, Actual = Labels.Squeeze(text!) });
        return reading.Value!.Value;
    }

    private static void ReadText(FormCell input, Cell? cell, string where, FormCells cells, NarrativeReading narrative, List<ImportFinding> findings)
    {
        var key = input.Key!;
        if (cell?.CellFormula is { } f)
        {
            findings.Add(new ImportFinding(ImportRules.Unreadable, Severity.Error, where, $"“{input.Name}”是公式（={f.Text}），未导入：请直接填写内容")
                { Cell = input.Name, KeyPath = key });
            return;
        }
        var text = cells.Text(cell);
        if (input.Kind == ValueKind.Money)
        {
            if (text is null || Labels.Squeeze(text).Length == 0) return; // left out: GRG4004 says the fee is missing
            if (ReadFigure(input, cell, where, cells, findings) is { } yuan) narrative.ProcessingFeeYuan = yuan;
            return;
        }
        if (text is null || Labels.Squeeze(text).Length == 0) return;
        switch (key)
        {
            case FormLayout.PublishedOnKey:
                if (Date(text, cells.IsNumber(cell!)) is { } date) narrative.PublishedOn = date;
                else findings.Add(new ImportFinding(ImportRules.Narrative, Severity.Warning, where, $"成文日期“{text.Trim()}”无法识别（应如 2025-01-15），未导入") { Actual = text.Trim() });
                return;
            case FormLayout.TitleStyleKey:
                narrative.TitleNiandu = Labels.Squeeze(text) == FormLayout.TitleStyles[1];
                return;
            case FormLayout.PreambleKey:
                narrative.HasPreamble = Labels.Squeeze(text) == FormLayout.YesNo[1];
                return;
        }
        var paragraphs = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n').Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        var topic = Topic().Match(key);
        if (topic.Success)
        {
            var index = int.Parse(topic.Groups[1].Value, CultureInfo.InvariantCulture);
            while (narrative.Topics.Count <= index) narrative.Topics.Add(("", new List<string>()));
            var (heading, body) = narrative.Topics[index];
            narrative.Topics[index] = topic.Groups[2].Value == "heading" ? (string.Join("", paragraphs), body) : (heading, paragraphs);
            return;
        }
        narrative.Fields[key] = paragraphs;
    }

    /// <summary>Free topics are numbered slots; empty slots between filled ones are dropped, a text without heading is listed.</summary>
    private static void CompactTopics(NarrativeReading narrative, List<ImportFinding> findings)
    {
        var kept = narrative.Topics.Where(t => t.Heading.Length > 0 || t.Text.Count > 0).ToList();
        foreach (var (heading, text) in kept.Where(t => t.Heading.Length == 0))
            findings.Add(new ImportFinding(ImportRules.Narrative, Severity.Warning, FormLayout.TextSheet, $"第一部分有一个工作事项没有小标题（内容以“{new string(string.Concat(text).Take(12).ToArray())}”开头）"));
        narrative.Topics.Clear();
        narrative.Topics.AddRange(kept);
    }

    private static DateOnly? Date(string text, bool serial)
    {
        var s = Labels.Squeeze(text);
        if (serial && double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var days) && days is > 1 and < 2958466)
            return DateOnly.FromDateTime(DateTime.FromOADate(Math.Floor(days)));
        var m = DateText().Match(s);
        if (!m.Success) return null;
        var (y, mo, d) = (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture));
        return y >= 1 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new DateOnly(y, mo, d) : null;
    }

    [GeneratedRegex(@"^(\d{4})(?:[-/.]|年)(\d{1,2})(?:[-/.]|月)(\d{1,2})日?$")] private static partial Regex DateText();
    [GeneratedRegex(@"^narrative\.overview\.topics\[(\d+)\]\.(heading|text)$")] private static partial Regex Topic();
}

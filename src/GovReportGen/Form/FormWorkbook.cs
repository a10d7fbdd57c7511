using System.Globalization;
using System.Text;
using System.Xml.Linq;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GovReportGen.Data.Schema;
using GovReportGen.IO;

namespace GovReportGen.Form;

/// <summary>The facts the form records about itself, in its core properties (and on 正文), so import knows what it is.</summary>
internal sealed record FormIdentity(string AgencyId, string AgencyName, int Year, string FormatId)
{
    /// <summary>The core properties' keywords: <c>govreport-form agency=… year=… format=…</c>.</summary>
    public string Keywords => $"{Marker} agency={AgencyId} year={Year.ToString(CultureInfo.InvariantCulture)} format={FormatId}";

    public const string Marker = "govreport-form";

    public static FormIdentity? Parse(string? keywords, string? title)
    {
        if (keywords is null || !keywords.StartsWith(Marker, StringComparison.Ordinal)) return null;
        var parts = keywords.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        if (!parts.TryGetValue("agency", out var agency) || !parts.TryGetValue("format", out var format)
            || !parts.TryGetValue("year", out var y) || !int.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var year)) return null;
        var name = title is not null && title.EndsWith(TitleSuffix(year), StringComparison.Ordinal) ? title[..^TitleSuffix(year).Length] : "";
        return new FormIdentity(agency, name, year, format);
    }

    public string Title => AgencyName + TitleSuffix(Year);

    private static string TitleSuffix(int year) => $"{year.ToString(CultureInfo.InvariantCulture)}年政府信息公开工作年度报告填报表";
}

/// <summary>
/// Writes a <see cref="FormLayout"/> as an .xlsx workbook (DocumentFormat.OpenXml): one worksheet per sheet, official
/// labels and spans as merged cells, every cell locked except the inputs, the sheets protected (no password: the
/// protection keeps labels and formulas from being typed over by accident, it is not a secret), data validation on
/// every input, totals and checks as formulas (no cached results: every spreadsheet program calculates them), and the
/// checks red when 不符.
/// The same layout gives the same bytes: fixed relationship ids, core properties from the identity (dated 1 January
/// of the report year, never the clock), and the ZIP re-packed with fixed entry dates.
/// </summary>
internal static class FormWorkbook
{
    // Cell formats (cellXfs), in the order Styles() writes them.
    private const uint Title = 1, Label = 2, RowLabel = 3, CountInput = 4, MoneyInput = 5, CarriedInput = 6, Total = 7,
        Check = 8, CheckLabel = 9, Note = 10, Info = 11, TextInput = 12;

    private const string Bound = "1000000000";

    public static byte[] Write(FormLayout layout, FormIdentity identity)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            document.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            var workbookPart = document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");
            var core = document.AddNewPart<CoreFilePropertiesPart>("rId2");
            using (var stream = core.GetStream(FileMode.Create))
                stream.Write(CoreProperties(identity));

            var strings = new SharedStrings();
            var sheets = new Sheets();
            for (var i = 0; i < layout.Sheets.Count; i++)
            {
                var id = $"rId{i + 1}";
                var part = workbookPart.AddNewPart<WorksheetPart>(id);
                part.Worksheet = Worksheet(layout.Sheets[i], strings);
                sheets.Append(new Sheet { Name = layout.Sheets[i].Name, SheetId = (uint)(i + 1), Id = id });
            }
            workbookPart.AddNewPart<WorkbookStylesPart>($"rId{layout.Sheets.Count + 1}").Stylesheet = Styles();
            workbookPart.AddNewPart<SharedStringTablePart>($"rId{layout.Sheets.Count + 2}").SharedStringTable = strings.Table();
            // Sheets cannot be added, deleted or renamed; Excel recalculates everything on open.
            workbookPart.Workbook = new Workbook(
                new WorkbookProtection { LockStructure = true },
                sheets,
                new CalculationProperties { CalculationId = 191029, FullCalculationOnLoad = true });
        }
        return DeterministicZip.Repack(buffer.ToArray());
    }

    private sealed class SharedStrings
    {
        private readonly Dictionary<string, int> _index = new(StringComparer.Ordinal);
        private readonly List<string> _items = new();

        public int Of(string text)
        {
            if (!_index.TryGetValue(text, out var i)) { i = _items.Count; _items.Add(text); _index[text] = i; }
            return i;
        }

        public SharedStringTable Table() => new(_items.Select(s => new SharedStringItem(new Text(s) { Space = SpaceProcessingModeValues.Preserve })))
            { Count = (uint)_items.Count, UniqueCount = (uint)_items.Count };
    }

    private static Worksheet Worksheet(FormSheet sheet, SharedStrings strings)
    {
        var figureRows = sheet.Cells.Where(c => c.Role is FormRole.Input or FormRole.Total).Select(c => c.Row).ToHashSet();
        var cells = new SortedDictionary<(int Row, int Column), Cell>();
        var merges = new List<string>();
        var heights = new Dictionary<int, double>();
        foreach (var c in sheet.Cells)
        {
            var style = Style(c, sheet.Name == FormLayout.TextSheet || (figureRows.Contains(c.Row) && c.RowSpan == 1));
            var cell = new Cell { CellReference = c.Address, StyleIndex = style };
            switch (c.Role)
            {
                case FormRole.Input when c.Value is { } v:
                    cell.CellValue = new CellValue(ScalarParser.FormatDecimal(v));
                    break;
                case FormRole.Input:
                    break;
                case FormRole.Total or FormRole.Check:
                    // No cached result: Excel and WPS calculate on open (fullCalcOnLoad), and LibreOffice, which trusts
                    // a numeric cached result from a generator it does not know, calculates a formula that has none.
                    cell.CellFormula = new CellFormula(c.Formula!);
                    break;
                default:
                    cell.DataType = CellValues.SharedString;
                    cell.CellValue = new CellValue(strings.Of(c.Text ?? "").ToString(CultureInfo.InvariantCulture));
                    break;
            }
            cells[(c.Row, c.Column)] = cell;
            // A merged cell is drawn from every cell it covers: each gets the style, so its borders show.
            for (var r = c.Row; r < c.Row + c.RowSpan; r++)
                for (var col = c.Column; col < c.Column + c.ColSpan; col++)
                    if ((r, col) != (c.Row, c.Column)) cells[(r, col)] = new Cell { CellReference = FormLayout.Address(r, col), StyleIndex = style };
            if (c.RowSpan > 1 || c.ColSpan > 1)
                merges.Add($"{c.Address}:{FormLayout.Address(c.Row + c.RowSpan - 1, c.Column + c.ColSpan - 1)}");
            if (c.RowSpan == 1 && c.Text is { Length: > 0 } text && sheet.Name != FormLayout.TextSheet || c.Role is FormRole.Note)
            {
                var width = Enumerable.Range(c.Column, c.ColSpan).Sum(col => sheet.Widths.ElementAtOrDefault(col - 1) is var w && w > 0 ? w : 9);
                heights[c.Row] = Math.Max(heights.GetValueOrDefault(c.Row), Height(c.Text ?? "", width, c.Role == FormRole.Title));
            }
        }

        var data = new SheetData();
        foreach (var row in cells.GroupBy(c => c.Key.Row))
        {
            var r = new Row { RowIndex = (uint)row.Key };
            if (heights.TryGetValue(row.Key, out var h) && h > 15) { r.Height = h; r.CustomHeight = true; }
            r.Append(row.Select(c => c.Value));
            data.Append(r);
        }
        var columns = new Columns(sheet.Widths.Select((w, i) => new Column { Min = (uint)(i + 1), Max = (uint)(i + 1), Width = w, CustomWidth = true }));

        var worksheet = new Worksheet(
            new SheetProperties(new PageSetupProperties { FitToPage = true }),
            columns,
            data,
            // No password: the protection keeps labels and formulas from being overwritten by accident.
            new SheetProtection { Sheet = true, Objects = true, Scenarios = true, FormatColumns = false, FormatRows = false });
        if (merges.Count > 0)
            worksheet.Append(new MergeCells(merges.Select(m => new MergeCell { Reference = m })) { Count = (uint)merges.Count });
        var checks = sheet.Cells.Where(c => c.Role == FormRole.Check).Select(c => c.Address).ToList();
        if (checks.Count > 0)
        {
            worksheet.Append(new ConditionalFormatting(
                new ConditionalFormattingRule(new Formula($"\"{FormLayout.Failed}\""))
                    { Type = ConditionalFormatValues.CellIs, Operator = ConditionalFormattingOperatorValues.Equal, FormatId = 0, Priority = 1 })
                { SequenceOfReferences = new ListValue<StringValue>(checks.Select(a => new StringValue(a))) });
        }
        var validations = Validations(sheet).ToList();
        if (validations.Count > 0) worksheet.Append(new DataValidations(validations) { Count = (uint)validations.Count });
        worksheet.Append(
            new PageMargins { Left = 0.5, Right = 0.5, Top = 0.75, Bottom = 0.75, Header = 0.3, Footer = 0.3 },
            new PageSetup { PaperSize = 9, Orientation = sheet.Landscape ? OrientationValues.Landscape : OrientationValues.Portrait, FitToWidth = 1, FitToHeight = 0 });
        return worksheet;
    }

    private static uint Style(FormCell c, bool rowLabel) => c.Role switch
    {
        FormRole.Title => Title,
        FormRole.Label => c.RowSpan == 1 && rowLabel ? RowLabel : Label,
        FormRole.Input when c.Carried => CarriedInput,
        FormRole.Input => c.Kind switch
        {
            ValueKind.Count or ValueKind.SignedCount => CountInput,
            ValueKind.Money => MoneyInput,
            _ => TextInput,
        },
        FormRole.Total => Total,
        FormRole.Check => Check,
        FormRole.CheckLabel => CheckLabel,
        FormRole.Note => Note,
        _ => Info,
    };

    /// <summary>A row's height in points for wrapped text in a cell <paramref name="width"/> characters wide (a CJK character is two).</summary>
    private static double Height(string text, double width, bool title)
    {
        var display = text.Sum(ch => ch > 0x2E80 ? 2 : 1);
        var lines = Math.Max(1, (int)Math.Ceiling(display / Math.Max(1, width - 1)));
        return Math.Round(lines * (title ? 20 : 14.5) + 3, 1);
    }

    /// <summary>Counts: whole numbers ≥ 0; 本年增/减: whole numbers; amounts: ≥ 0 with at most four decimals; choices: a list.</summary>
    private static IEnumerable<DataValidation> Validations(FormSheet sheet)
    {
        var inputs = sheet.Cells.Where(c => c.Role == FormRole.Input).ToList();
        DataValidation Whole(IEnumerable<FormCell> cells, string min, string error) => new(new Formula1(min), new Formula2(Bound))
        {
            Type = DataValidationValues.Whole, Operator = DataValidationOperatorValues.Between, AllowBlank = true,
            ShowErrorMessage = true, ErrorTitle = "数字有误", Error = error,
            SequenceOfReferences = new ListValue<StringValue>(cells.Select(c => new StringValue(c.Address))),
        };
        var counts = inputs.Where(c => c.Kind == ValueKind.Count).ToList();
        if (counts.Count > 0) yield return Whole(counts, "0", "请填写不小于 0 的整数（件数）；没有的填 0。");
        var signed = inputs.Where(c => c.Kind == ValueKind.SignedCount).ToList();
        if (signed.Count > 0) yield return Whole(signed, "-" + Bound, "请填写整数（减少时填负数，如 -2）。");
        foreach (var money in inputs.Where(c => c.Kind == ValueKind.Money))
        {
            var a = money.Address;
            var unit = money.Key!.StartsWith("narrative.", StringComparison.Ordinal) ? "元" : "万元";
            yield return new DataValidation(new Formula1($"AND(ISNUMBER({a}),{a}>=0,{a}<={Bound},ROUND({a},4)={a})"))
            {
                Type = DataValidationValues.Custom, AllowBlank = true, ShowErrorMessage = true, ErrorTitle = "金额有误",
                Error = $"请填写不小于 0 的金额（单位：{unit}），最多四位小数。",
                SequenceOfReferences = new ListValue<StringValue>(new[] { new StringValue(a) }),
            };
        }
        foreach (var choice in inputs.Where(c => c.Choices is not null))
        {
            yield return new DataValidation(new Formula1($"\"{string.Join(",", choice.Choices!)}\""))
            {
                Type = DataValidationValues.List, AllowBlank = true, ShowErrorMessage = true, ErrorTitle = "请从列表中选择",
                Error = $"请选择：{string.Join("、", choice.Choices!)}",
                SequenceOfReferences = new ListValue<StringValue>(new[] { new StringValue(choice.Address) }),
            };
        }
    }

    private static Stylesheet Styles()
    {
        const string font = "宋体";
        Font Font(double size, bool bold = false, string? rgb = null)
        {
            var f = new Font();
            if (bold) f.Append(new Bold());
            f.Append(new FontSize { Val = size });
            if (rgb is not null) f.Append(new Color { Rgb = rgb });
            f.Append(new FontName { Val = font }, new FontCharSet { Val = 134 });
            return f;
        }
        Fill Solid(string rgb) => new(new PatternFill(new ForegroundColor { Rgb = rgb }, new BackgroundColor { Indexed = 64 }) { PatternType = PatternValues.Solid });
        var thin = new Border(
            new LeftBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new RightBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new TopBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new BottomBorder(new Color { Auto = true }) { Style = BorderStyleValues.Thin },
            new DiagonalBorder());

        CellFormat Format(uint numFmt, uint fontId, uint fillId, uint borderId, bool locked, HorizontalAlignmentValues horizontal, bool wrap,
            VerticalAlignmentValues? vertical = null) =>
            new(new Alignment { Horizontal = horizontal, Vertical = vertical ?? VerticalAlignmentValues.Center, WrapText = wrap },
                new Protection { Locked = locked })
            {
                NumberFormatId = numFmt, FontId = fontId, FillId = fillId, BorderId = borderId, FormatId = 0,
                ApplyNumberFormat = numFmt != 0, ApplyFont = fontId != 0, ApplyFill = fillId != 0, ApplyBorder = borderId != 0,
                ApplyAlignment = true, ApplyProtection = true,
            };
        var center = HorizontalAlignmentValues.Center;
        var left = HorizontalAlignmentValues.Left;
        var formats = new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            Format(0, 1, 0, 0, true, left, false),          // Title
            Format(0, 0, 2, 1, true, center, true),         // Label
            Format(0, 0, 2, 1, true, left, true),           // RowLabel
            Format(1, 0, 0, 1, false, center, false),       // CountInput
            Format(0, 0, 0, 1, false, center, false),       // MoneyInput
            Format(1, 0, 3, 1, false, center, false),       // CarriedInput
            Format(0, 0, 2, 1, true, center, false),        // Total
            Format(0, 0, 0, 1, true, center, false),        // Check
            Format(0, 0, 2, 1, true, left, true),           // CheckLabel
            Format(0, 2, 0, 0, true, left, true),           // Note
            Format(49, 0, 2, 1, true, left, false),         // Info
            Format(49, 0, 0, 1, false, left, true, VerticalAlignmentValues.Top)); // TextInput
        formats.Count = (uint)formats.ChildElements.Count;

        var red = new DifferentialFormat(
            new Font(new Bold(), new Color { Rgb = "FF9C0006" }),
            new Fill(new PatternFill(new BackgroundColor { Rgb = "FFFFC7CE" }) { PatternType = PatternValues.Solid }));
        return new Stylesheet(
            new Fonts(Font(11), Font(14, bold: true), Font(9, rgb: "FF595959")) { Count = 3 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
                Solid("FFF2F2F2"), Solid("FFFFF2CC")) { Count = 4 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()), thin) { Count = 2 },
            new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
            formats,
            new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 },
            new DifferentialFormats(red) { Count = 1 });
    }

    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    /// <summary>docProps/core.xml: title, creator, the identity as keywords, dated 1 January of the report year (not the clock).</summary>
    private static byte[] CoreProperties(FormIdentity identity)
    {
        var stamp = $"{identity.Year.ToString(CultureInfo.InvariantCulture)}-01-01T00:00:00Z";
        var root = new XElement(Cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", Cp),
            new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", DcTerms),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XElement(Dc + "title", identity.Title),
            new XElement(Dc + "creator", "GovReportGen"),
            new XElement(Cp + "keywords", identity.Keywords),
            new XElement(Dc + "language", "zh-CN"),
            new XElement(DcTerms + "created", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), stamp),
            new XElement(DcTerms + "modified", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), stamp));
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(false), leaveOpen: true))
            new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), root).Save(writer, SaveOptions.DisableFormatting);
        return buffer.ToArray();
    }
}

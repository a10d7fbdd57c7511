using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;
using GovReportGen.Data;
using GovReportGen.Diagnostics;
using GovReportGen.Form;
using GovReportGen.Formats;
using GovReportGen.Import;
using GovReportGen.Tests.EndToEnd;
using CellValues = DocumentFormat.OpenXml.Spreadsheet.CellValues;

namespace GovReportGen.Tests.Form;

/// <summary>
/// Issue 18's form: <c>govreport form</c> → filled by a script through the OpenXML SDK → <c>govreport import</c> gives
/// the data of the year file it was filled from; the workbook is deterministic, protected and validated.
/// </summary>
public sealed class FormRoundTripTests : IDisposable
{
    private readonly TempFolder _folder = new("form");

    public static IEnumerable<object[]> Samples() => RenderedSamples.ReportCases();

    private static readonly DateOnly Today = RenderedSamples.Today;

    /// <summary>A copy of the sample data without the sample's year file, a form for it, and the original report.</summary>
    private (string DataDir, string Form, Data.Model.ReportData Original) Prepare(string agency, int year, string name = "form.xlsx")
    {
        var data = _folder.Sub("data-" + Guid.NewGuid().ToString("N")[..8]);
        TempFolder.CopyTree(EndToEndPaths.Data, data);
        var original = FormatRegistry.Loader.LoadAll(data).Find(agency, year)!.Data!;
        File.Delete(Path.Combine(data, "agencies", agency, $"{year}.yaml"));
        var form = Path.Combine(data, "..", $"{agency}-{year}-{name}");
        var outcome = FormCreator.Create(data, agency, year, form, force: false);
        Assert.True(outcome.Created, outcome.Message);
        return (data, form, original);
    }

    private static FileImport Import(string form, string dataDir, bool force = false) =>
        ImportRun.One(form, new ImportOptions(new[] { form }, dataDir, null, null, DryRun: false, Force: force), Today);

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_filled_form_imports_to_the_data_it_was_filled_from(string agency, int year)
    {
        var (data, form, original) = Prepare(agency, year);
        FormFiller.FillFrom(form, original);

        var result = Import(form, data);
        Assert.True(result.Written, string.Join("\n", result.Findings.Select(f => $"{f.Id} {f.Where} {f.Message}")));
        Assert.Equal(agency, result.AgencyId);
        Assert.Equal(result.CellsExpected, result.CellsRead);
        Assert.DoesNotContain(result.Findings, f => f.Severity == Severity.Error);
        var imported = FormatRegistry.Loader.LoadAll(data).Find(agency, year)!;
        Assert.True(imported.LoadedCleanly, string.Join("\n", imported.Diagnostics));
        var wrong = FormFiller.Differences(original, imported.Data!);
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    [Fact]
    public void Distinct_figures_in_both_formats_come_back_cell_for_cell()
    {
        foreach (var (agency, year, seed) in new[] { ("zaozhuang-shizhong-kjj", 2024, 1), ("zaozhuang-yicheng-kjj", 2020, 2) })
        {
            var (data, form, original) = Prepare(agency, year);
            FormFiller.FillFrom(form, original);
            var figures = GovReportGen.Tests.Import.ImportSamples.Figures(original.Format, seed);
            FormFiller.FillFigures(form, (IReportFormat)original.Format, figures);
            var result = Import(form, data);
            Assert.True(result.Written);
            var imported = FormatRegistry.Loader.LoadAll(data).Find(agency, year)!.Data!;
            var wrong = figures.Where(f => Data.Model.OfficialFigures.Value(imported, f.Key) != f.Value).Select(f => f.Key).ToList();
            Assert.True(wrong.Count == 0, string.Join("\n", wrong));
        }
    }

    [Fact]
    public void The_form_is_byte_identical_between_runs_and_never_overwritten_without_force()
    {
        var (data, form, _) = Prepare("zaozhuang-shizhong-kjj", 2024);
        var second = Path.Combine(_folder.Path, "second.xlsx");
        Assert.True(FormCreator.Create(data, "zaozhuang-shizhong-kjj", 2024, second, force: false).Created);
        Assert.Equal(File.ReadAllBytes(form), File.ReadAllBytes(second));

        File.WriteAllText(second, "mine");
        var refused = FormCreator.Create(data, "zaozhuang-shizhong-kjj", 2024, second, force: false);
        Assert.False(refused.Created);
        Assert.Contains("--force", refused.Message);
        Assert.Equal("mine", File.ReadAllText(second));
        Assert.True(FormCreator.Create(data, "zaozhuang-shizhong-kjj", 2024, second, force: true).Created);
        Assert.Equal(File.ReadAllBytes(form), File.ReadAllBytes(second));
        Assert.Empty(Directory.GetFiles(_folder.Path, "*" + GovReportGen.IO.AtomicFile.TempSuffix, SearchOption.AllDirectories));
    }

    [Fact]
    public void The_workbook_is_valid_protected_validated_and_has_formulas_and_red_checks()
    {
        var (_, form, _) = Prepare("zaozhuang-yicheng-kjj", 2020);
        using var document = SpreadsheetDocument.Open(form, false);
        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors.Take(20)));

        var workbook = document.WorkbookPart!;
        Assert.Equal(new[] { "表二", "表三", "表四", "正文" }, workbook.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value));
        Assert.True(workbook.Workbook.WorkbookProtection?.LockStructure?.Value);
        var formats = workbook.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToList();
        bool Locked(Cell c) => formats[(int)(c.StyleIndex?.Value ?? 0)].Protection?.Locked?.Value != false;
        var layout = FormFiller.Layout(FormatRegistry.ById("gov-2019")!);
        foreach (var sheet in workbook.Workbook.Sheets!.Elements<Sheet>())
        {
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!.Value!);
            var ws = part.Worksheet;
            Assert.True(ws.GetFirstChild<SheetProtection>()?.Sheet?.Value, $"{sheet.Name} is not protected");
            var cells = ws.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
            var laid = layout.Sheet(sheet.Name!.Value!)!;
            foreach (var c in laid.Cells)
            {
                var cell = cells[c.Address];
                Assert.True(Locked(cell) == (c.Role != FormRole.Input), $"{sheet.Name}!{c.Address} ({c.Role}) locked = {Locked(cell)}");
                if (c.Role is FormRole.Total or FormRole.Check) Assert.NotNull(cell.CellFormula);
            }
            var validations = ws.Descendants<DataValidation>().ToList();
            var inputs = laid.Cells.Where(c => c.Role == FormRole.Input && c.Kind is Data.Schema.ValueKind.Count or Data.Schema.ValueKind.SignedCount or Data.Schema.ValueKind.Money).ToList();
            foreach (var input in inputs)
                Assert.Contains(validations, v => v.SequenceOfReferences!.Items.Any(r => r.Value == input.Address));
            if (sheet.Name == "表三")
            {
                var whole = validations.Single(v => v.Type?.Value == DataValidationValues.Whole);
                Assert.Equal("0", whole.Formula1!.Text);
            }
            if (sheet.Name == "表二")
            {
                var money = validations.Where(v => v.Type?.Value == DataValidationValues.Custom).ToList();
                Assert.Single(money); // 采购总金额
                Assert.Contains("ROUND(", money[0].Formula1!.Text);
                Assert.Contains(validations, v => v.Type?.Value == DataValidationValues.Whole && v.Formula1!.Text.StartsWith('-')); // 本年增/减
            }
            if (laid.Cells.Any(c => c.Role == FormRole.Check))
            {
                var rule = ws.Descendants<ConditionalFormattingRule>().Single();
                Assert.Equal($"\"{FormLayout.Failed}\"", rule.GetFirstChild<Formula>()!.Text);
                Assert.Equal(laid.Cells.Count(c => c.Role == FormRole.Check), ws.Descendants<ConditionalFormatting>().Single().SequenceOfReferences!.Items.Count);
            }
        }
        var red = workbook.WorkbookStylesPart.Stylesheet.DifferentialFormats!.Elements<DifferentialFormat>().Single();
        Assert.Equal("FFFFC7CE", red.Fill!.PatternFill!.BackgroundColor!.Rgb!.Value);
        Assert.Equal("2020-01-01T00:00:00Z", document.PackageProperties.Created!.Value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"));
    }

    [Fact]
    public void The_official_labels_and_spans_are_those_of_the_format()
    {
        var (_, form, _) = Prepare("chaoyang-kjj", 2024);
        using var document = SpreadsheetDocument.Open(form, false);
        var strings = document.WorkbookPart!.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList();
        var sheets = document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().ToDictionary(s => s.Name!.Value!, s => ((WorksheetPart)document.WorkbookPart.GetPartById(s.Id!.Value!)).Worksheet);
        var format = FormatRegistry.ById("gov-2021")!;
        foreach (var table in format.Structure.Tables)
        {
            var ws = sheets[table.Name];
            var cells = ws.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!);
            var merges = ws.Descendants<MergeCell>().Select(m => m.Reference!.Value!).ToHashSet();
            string Text(string a) => cells[a].DataType?.Value == CellValues.SharedString ? strings[int.Parse(cells[a].CellValue!.Text)] : "";
            Assert.Equal(format.Structure.SectionHeadings[table.Section], Text("A1"));
            // Every official label is on the sheet once per printed occurrence, with its span.
            var labels = table.Rows.SelectMany(r => r).Where(c => !c.IsFigure).ToList();
            var laid = FormFiller.Layout(format).Sheet(table.Name)!.Cells.Where(c => c.Role == FormRole.Label).ToList();
            Assert.Equal(labels.Select(l => l.Label), laid.Select(l => l.Text));
            foreach (var l in laid)
            {
                Assert.Equal(l.Text, Text(l.Address));
                if (l.RowSpan > 1 || l.ColSpan > 1) Assert.Contains($"{l.Address}:{FormLayout.Address(l.Row + l.RowSpan - 1, l.Column + l.ColSpan - 1)}", merges);
            }
        }
        // 表三's corner note spans three rows and three columns; 申请人情况 the seven figure columns.
        Assert.Contains("A2:C4", sheets["表三"].Descendants<MergeCell>().Select(m => m.Reference!.Value));
        Assert.Contains("D2:J2", sheets["表三"].Descendants<MergeCell>().Select(m => m.Reference!.Value));
        Assert.Equal("SUM(D5:I5)", sheets["表三"].Descendants<Cell>().Single(c => c.CellReference == "J5").CellFormula!.Text);
        // 正文 has the official narrative headings.
        var text = sheets[FormLayout.TextSheet].Descendants<Cell>().Where(c => c.DataType?.Value == CellValues.SharedString).Select(c => strings[int.Parse(c.CellValue!.Text)]).ToList();
        foreach (var i in new[] { 0, 4, 5 }) Assert.Contains(format.Structure.SectionHeadings[i], text);
    }

    [Fact]
    public void Last_years_carry_over_is_filled_in_and_checked()
    {
        var (data, _, original) = Prepare("zaozhuang-shizhong-kjj", 2024);
        // Put the 2024 file back with figures carried forward, and make the 2025 form.
        var yaml = Path.Combine(data, "agencies", "zaozhuang-shizhong-kjj", "2024.yaml");
        File.Copy(Path.Combine(EndToEndPaths.Data, "agencies", "zaozhuang-shizhong-kjj", "2024.yaml"), yaml);
        var figures = GovReportGen.Tests.Import.ImportSamples.Figures(original.Format, 3);
        var text = File.ReadAllText(yaml);
        var tables = text.IndexOf("\ntable2:", StringComparison.Ordinal);
        var narrative = text.IndexOf("\nnarrative:", StringComparison.Ordinal);
        File.WriteAllText(yaml, text[..tables] + "\n" + YearFileWriter.Tables(original.Format, figures) + text[narrative..]);
        var last = FormatRegistry.Loader.LoadAll(data).Find("zaozhuang-shizhong-kjj", 2024)!;
        Assert.True(last.LoadedCleanly, string.Join("\n", last.Diagnostics));

        var form = Path.Combine(_folder.Path, "2025.xlsx");
        var outcome = FormCreator.Create(data, "zaozhuang-shizhong-kjj", 2025, form, force: false);
        Assert.True(outcome.Created);
        Assert.Contains("2024年度结转", outcome.Message);
        using var document = SpreadsheetDocument.Open(form, false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToDictionary(s => s.Name!.Value!, s => ((WorksheetPart)document.WorkbookPart.GetPartById(s.Id!.Value!)).Worksheet);
        var format = FormatRegistry.ById("gov-2021")!;
        foreach (var column in Data.Common.Table3Schema.Columns.Take(6))
        {
            var (sheet, address) = FormFiller.Where(format, $"table3.rows.carried_in.{column.Key}");
            var cell = sheets[sheet].Descendants<Cell>().Single(c => c.CellReference == address);
            Assert.Equal(figures[$"table3.rows.carried_forward.{column.Key}"].ToString(), cell.CellValue!.Text);
        }
        foreach (var row in new[] { "government_rules", "normative_documents" })
        {
            var (sheet, address) = FormFiller.Where(format, $"table2.{row}.in_force");
            Assert.Equal(figures[$"table2.{row}.in_force"].ToString(), sheets[sheet].Descendants<Cell>().Single(c => c.CellReference == address).CellValue!.Text);
        }
        // The cross-year checks are there, and hold for the carried figures as the form starts.
        var formulas = sheets["表三"].Descendants<Cell>().Where(c => c.CellFormula is not null && c.CellFormula.Text.StartsWith("IF(")).ToList();
        Assert.Equal(14, formulas.Count); // GRG2001 and GRG3001, seven columns each
        Assert.Contains(sheets["表二"].Descendants<Cell>(), c => c.CellFormula?.Text.Contains(figures["table2.government_rules.in_force"].ToString()) == true);
        Assert.Contains(document.WorkbookPart.SharedStringTablePart!.SharedStringTable.Elements<SharedStringItem>(), s => s.InnerText.StartsWith("GRG3001"));
    }

    public void Dispose() => _folder.Dispose();
}

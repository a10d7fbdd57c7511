using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GovReportGen.Form;
using GovReportGen.Formats;
using GovReportGen.Tests.EndToEnd;
using GovReportGen.Tests.Import;

namespace GovReportGen.Tests.Form;

/// <summary>
/// Issue 18: LibreOffice must open the filled workbook and recalculate the same totals. The form stores no results for
/// its formulas (asserted below), so every total and check LibreOffice's copy holds is LibreOffice's own calculation.
/// </summary>
public sealed class FormLibreOfficeTests : IDisposable
{
    private readonly TempFolder _folder = new("form-lo");

    public static IEnumerable<object[]> Cases() => new[]
    {
        new object[] { "zaozhuang-shizhong-kjj", 2024, false },
        new object[] { "zaozhuang-yicheng-kjj", 2020, false },
        new object[] { "zaozhuang-shizhong-kjj", 2024, true },
    };

    [SkippableTheory]
    [MemberData(nameof(Cases))]
    public void LibreOffice_recalculates_the_same_totals_and_checks(string agency, int year, bool unbalanced)
    {
        var data = _folder.Sub("data");
        if (!Directory.Exists(data)) TempFolder.CopyTree(EndToEndPaths.Data, data);
        var format = FormatRegistry.ForYear(year)!;
        var form = _folder.Sub($"{agency}-{year}-{unbalanced}.xlsx");
        Assert.True(FormCreator.Create(data, agency, year, form, force: false).Created);
        var figures = ImportSamples.Figures(format, seed: 4);
        // One column out of balance: 一 + 二 ≠ 三 + 四 for 科研机构, which GRG2001's check must show as 不符.
        if (unbalanced) figures["table3.rows.new_requests.research_institution"] += 1;
        FormFiller.FillFigures(form, format, figures);
        using (var filled = SpreadsheetDocument.Open(form, false))
            Assert.All(filled.WorkbookPart!.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<Cell>()).Where(c => c.CellFormula is not null), c => Assert.Null(c.CellValue));

        var converted = Converted.LibreOfficeCalc(form, _folder.Sub("lo-" + Path.GetFileNameWithoutExtension(form)));
        Skip.If(converted is null, "LibreOffice Calc (soffice with libreoffice-calc) is not installed");

        var layout = FormFiller.Layout(format);
        var keys = layout.Sheets.SelectMany(s => s.Cells).Where(c => c.Key is not null && c.Role is FormRole.Input or FormRole.Total).Select(c => c.Key!).ToList();
        decimal Expected(string key) => figures.TryGetValue(key, out var v) ? v : FormLayout.TotalTerms(key, keys).Sum(Expected);

        using var document = SpreadsheetDocument.Open(converted!, false);
        var strings = document.WorkbookPart!.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(i => i.InnerText).ToList() ?? new List<string>();
        var sheets = document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>()
            .ToDictionary(s => s.Name!.Value!, s => ((WorksheetPart)document.WorkbookPart.GetPartById(s.Id!.Value!)).Worksheet.Descendants<Cell>().ToDictionary(c => c.CellReference!.Value!));
        string Shown(Cell c) => c.DataType?.Value == CellValues.SharedString ? strings[int.Parse(c.CellValue!.Text, CultureInfo.InvariantCulture)] : c.CellValue?.Text ?? "";

        var wrong = new List<string>();
        var totals = 0;
        foreach (var sheet in layout.Sheets)
        {
            foreach (var cell in sheet.Cells.Where(c => c.Role == FormRole.Total))
            {
                totals++;
                var got = sheets[sheet.Name][cell.Address];
                if (got.CellFormula is null) wrong.Add($"{sheet.Name}!{cell.Address}: formula lost");
                var value = decimal.Parse(Shown(got), NumberStyles.Float, CultureInfo.InvariantCulture);
                if (value != Expected(cell.Key!)) wrong.Add($"{sheet.Name}!{cell.Address} {cell.Key}: {value} (expected {Expected(cell.Key!)})");
            }
            foreach (var cell in sheet.Cells.Where(c => c.Role == FormRole.Check))
            {
                var shown = Shown(sheets[sheet.Name][cell.Address]);
                // GRG2001 of 科研机构 and of 总计 break together; every other check holds for the balanced figures.
                var column = FormLayout.Address(1, cell.Column)[..^1];
                var expected = unbalanced && cell.Name == "GRG2001" && column is "F" or "J" ? FormLayout.Failed
                    : cell.Name is "GRG2009" or "GRG2011" ? shown // warnings about the made-up figures' plausibility, not sums
                    : FormLayout.Passed;
                if (shown != expected) wrong.Add($"{sheet.Name}!{cell.Address} {cell.Name}: {shown} (expected {expected})");
            }
        }
        Assert.True(totals >= 30, $"only {totals} totals");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));

        // A form saved by LibreOffice (as an agency that fills it there would) imports with the same figures.
        var (reading, failure) = GovReportGen.Import.XlsxFormReader.Read(converted!, File.ReadAllBytes(converted!));
        Assert.Null(failure);
        Assert.Equal(format.Id, reading!.Tables.Format.Id);
        Assert.Equal(agency, reading.AgencyId);
        Assert.DoesNotContain(reading.Tables.Findings, f => f.Severity == GovReportGen.Diagnostics.Severity.Error);
        Assert.Equal(figures.OrderBy(f => f.Key), reading.Tables.Figures.OrderBy(f => f.Key));
    }

    public void Dispose() => _folder.Dispose();
}

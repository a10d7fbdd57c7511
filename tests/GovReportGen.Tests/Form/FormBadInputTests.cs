using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using GovReportGen.Diagnostics;
using GovReportGen.Form;
using GovReportGen.Formats;
using GovReportGen.Import;
using GovReportGen.Tests.EndToEnd;

namespace GovReportGen.Tests.Form;

/// <summary>
/// What a clerk can do to a form: every problem is a finding located as <c>表三!D5</c> with the official cell's name, the
/// cell is left out (so validate names it), and nothing is ever read as a wrong number or crashes the import.
/// </summary>
public sealed class FormBadInputTests : IDisposable
{
    private readonly TempFolder _folder = new("form-bad");
    private readonly string _data;
    private readonly string _filled;
    private static readonly IReportFormat Format = FormatRegistry.ById("gov-2021")!;
    private const string Agency = "zaozhuang-shizhong-kjj";

    public FormBadInputTests()
    {
        _data = _folder.Sub("data");
        TempFolder.CopyTree(EndToEndPaths.Data, _data);
        var original = FormatRegistry.Loader.LoadAll(_data).Find(Agency, 2024)!.Data!;
        File.Delete(Path.Combine(_data, "agencies", Agency, "2024.yaml"));
        _filled = _folder.Sub("filled.xlsx");
        Assert.True(FormCreator.Create(_data, Agency, 2024, _filled, force: false).Created);
        FormFiller.FillFrom(_filled, original);
    }

    private string Copy(string name)
    {
        var path = _folder.Sub(name);
        File.Copy(_filled, path, overwrite: true);
        return path;
    }

    private static FormReading Read(string path)
    {
        var (reading, failure) = XlsxFormReader.Read(path, File.ReadAllBytes(path));
        Assert.Null(failure);
        return reading!;
    }

    private FileImport Import(string path) =>
        ImportRun.One(path, new ImportOptions(new[] { path }, _data, null, null, DryRun: true, Force: false), RenderedSamples.Today);

    public static IEnumerable<object[]> Cases() => new[]
    {
        new object[] { "table3.rows.new_requests.natural_person", "约5", "无法识别的数字" },
        new object[] { "table3.rows.results.disclosed.research_institution", -3m, "负数" },
        new object[] { "table4.litigation_direct.pending", 2.5m, "小数" },
        new object[] { "table2.administrative_fees.amount_wan_yuan", 1.23456m, "四位小数" },
        new object[] { "table2.licensing.decisions", null!, "未填写" },
        new object[] { "table3.rows.carried_forward.other_org", new FormFiller.FormulaText("1+2", "3"), "公式" },
        new object[] { "table2.penalties.decisions", "5元", "金额单位" },
        new object[] { "table2.coercive_measures.decisions", true, "无法识别的数字“TRUE”" },
        new object[] { "table4.litigation_after_reconsideration.corrected", 1e30, "无法识别的数字" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_bad_cell_is_located_named_and_left_out(string key, object? value, string problem)
    {
        var path = Copy($"bad-{key}.xlsx");
        FormFiller.Edit(path, Format, set => set(key, value));
        var reading = Read(path);
        var (sheet, address) = FormFiller.Where(Format, key);
        var finding = Assert.Single(reading.Tables.Findings, f => f.Severity == Severity.Error);
        Assert.Equal(ImportRules.Unreadable, finding.Id);
        Assert.Equal($"{sheet}!{address}", finding.Where);
        Assert.Equal(key, finding.KeyPath);
        Assert.StartsWith(finding.Cell!, finding.Message);
        Assert.Contains(problem, finding.Message);
        Assert.False(reading.Tables.Figures.ContainsKey(key), $"{key} was read as {reading.Tables.Figures.GetValueOrDefault(key)}");
        Assert.Equal(reading.Tables.Expected - 1, reading.Tables.Read);

        // Through the import: the finding in the report, and validate then names the missing cell.
        var result = Import(path);
        Assert.Contains(result.Findings, f => f.Where == $"{sheet}!{address}" && f.Id == ImportRules.Unreadable);
        Assert.Contains(result.Validation, d => d.Id == "GRG1008" && d.Message.Contains(finding.Cell!));
    }

    [Fact]
    public void The_location_reads_like_the_sheet_and_cell_a_clerk_sees()
    {
        var path = Copy("text.xlsx");
        FormFiller.Edit(path, Format, set => set("table3.rows.new_requests.natural_person", "五"));
        var finding = Read(path).Tables.Findings.Single();
        Assert.Equal("表三!D5", finding.Where);
        Assert.Equal("表三“一、本年新收政府信息公开申请数量”行“自然人”列：无法识别的数字“五”，未导入（请核对后填写）", finding.Message);
        using var json = new MemoryStream();
        ImportReport.WriteJson(new[] { Import(path) }, json);
        var text = System.Text.Encoding.UTF8.GetString(json.ToArray());
        Assert.Contains("\"where\": \"表三!D5\"", text);
        Assert.Contains("\"kind\": \"xlsx\"", text);
    }

    [Fact]
    public void Units_the_column_has_are_tidied_and_listed()
    {
        var path = Copy("units.xlsx");
        FormFiller.Edit(path, Format, set => set("table2.penalties.decisions", "1,234件"));
        var reading = Read(path);
        Assert.Equal(1234m, reading.Tables.Figures["table2.penalties.decisions"]);
        var (sheet, address) = FormFiller.Where(Format, "table2.penalties.decisions");
        Assert.Contains(reading.Tables.Findings, f => f.Id == ImportRules.Tidied && f.Where == $"{sheet}!{address}");
    }

    [Fact]
    public void A_total_typed_over_its_formula_is_read_and_then_checked()
    {
        var path = Copy("total.xlsx");
        FormFiller.Edit(path, Format, set => set("table4.reconsideration.total", 7m));
        var reading = Read(path);
        Assert.Equal(7m, reading.Tables.Figures["table4.reconsideration.total"]);
        Assert.Contains(Import(path).Validation, d => d.Id == "GRG2005");
    }

    [Fact]
    public void A_deleted_sheet_is_one_finding_and_the_other_sheets_are_read()
    {
        var path = Copy("deleted.xlsx");
        using (var document = SpreadsheetDocument.Open(path, true))
        {
            var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "表三");
            document.WorkbookPart.DeletePart(sheet.Id!.Value!);
            sheet.Remove();
        }
        var reading = Read(path);
        var finding = Assert.Single(reading.Tables.Findings);
        Assert.Equal((ImportRules.Missing, "表三"), (finding.Id, finding.Where));
        Assert.Contains("工作表“表三”不存在", finding.Message);
        Assert.DoesNotContain(reading.Tables.Figures.Keys, k => k.StartsWith("table3.", StringComparison.Ordinal));
        Assert.Contains("table4.reconsideration.upheld", reading.Tables.Figures.Keys);
        Assert.Contains("narrative.overview.intro", reading.Narrative.Fields.Keys);
        Assert.Contains(Import(path).Validation, d => d.Id == "GRG1008");
    }

    [Fact]
    public void Rows_moved_on_a_sheet_stop_that_sheet_being_read()
    {
        var path = Copy("moved.xlsx");
        using (var document = SpreadsheetDocument.Open(path, true))
        {
            var sheet = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == "表三");
            FormFiller.SetCell((WorksheetPart)document.WorkbookPart.GetPartById(sheet.Id!.Value!), "A5", "二、上年结转政府信息公开申请数量");
        }
        var reading = Read(path);
        var finding = Assert.Single(reading.Tables.Findings);
        Assert.Equal((ImportRules.LayoutChanged, "表三!A5"), (finding.Id, finding.Where));
        Assert.DoesNotContain(reading.Tables.Figures.Keys, k => k.StartsWith("table3.", StringComparison.Ordinal));
    }

    public static IEnumerable<object[]> NotForms() => new[]
    {
        new object[] { "text", "不是可读取的" },
        new object[] { "docx", "不是可读取的" },
        new object[] { "zip", "不是可读取的" },
        new object[] { "encrypted", "加密" },
        new object[] { "other-workbook", "不是 govreport form 生成的填报表" },
        new object[] { "truncated", "不是可读取的" },
    };

    [Theory]
    [MemberData(nameof(NotForms))]
    public void A_file_that_is_not_a_readable_form_is_refused_in_chinese(string what, string message)
    {
        var path = _folder.Sub($"{what}.xlsx");
        switch (what)
        {
            case "text":
                File.WriteAllText(path, "这不是工作簿");
                break;
            case "docx":
                using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Create(path, DocumentFormat.OpenXml.WordprocessingDocumentType.Document))
                    word.AddMainDocumentPart().Document = new DocumentFormat.OpenXml.Wordprocessing.Document(new DocumentFormat.OpenXml.Wordprocessing.Body());
                break;
            case "zip":
                using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
                using (var entry = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
                    entry.Write("<garbage");
                break;
            case "encrypted":
                // An encrypted workbook is an OLE compound file (what Excel writes for 用密码进行加密).
                File.WriteAllBytes(path, new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1 }.Concat(new byte[4096]).ToArray());
                break;
            case "other-workbook":
                using (var other = SpreadsheetDocument.Create(path, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
                {
                    var wb = other.AddWorkbookPart();
                    var ws = wb.AddNewPart<WorksheetPart>();
                    ws.Worksheet = new Worksheet(new SheetData(new Row(new Cell { CellReference = "A1", CellValue = new CellValue("1") }) { RowIndex = 1 }));
                    wb.Workbook = new Workbook(new Sheets(new Sheet { Name = "Sheet1", SheetId = 1, Id = wb.GetIdOfPart(ws) }));
                }
                break;
            case "truncated":
                var bytes = File.ReadAllBytes(_filled);
                File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
                break;
        }
        var result = Import(path);
        Assert.False(result.Written);
        var finding = Assert.Single(result.Findings);
        Assert.Equal((ImportRules.NotWritten, Severity.Error), (finding.Id, finding.Severity));
        Assert.Contains(message, finding.Message);
        Assert.Equal(0, result.CellsRead);
    }

    public void Dispose() => _folder.Dispose();
}

using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GovReportGen.Data.Model;
using GovReportGen.Diagnostics;
using GovReportGen.Formats;
using GovReportGen.Import;
using GovReportGen.Tests.EndToEnd;

namespace GovReportGen.Tests.Import;

/// <summary>
/// Issue 18's fixtures: our own renders turned into what real publications look like — blank and “/” cells, units and
/// thousands separators, an unreadable cell, labels wrapped, renumbered and shortened, 表三 split across pages without
/// its header repeated, an agency's extra 小计 column, a gov-2019 report with its own label variants. Each must import
/// with every cell right, or the cell left out and listed: never a wrong number.
/// </summary>
public sealed class ImportFixtureTests(ImportSamples samples) : IClassFixture<ImportSamples>
{
    private const string Distinct2021 = "import-distinct-a";
    private const string Distinct2019 = "import-distinct-b";

    private IHtmlDocument Html(string agency, int year) =>
        new HtmlParser().ParseDocument(File.ReadAllText(samples.Rendered(agency, year, "html")));

    private static IHtmlTableElement Table(IHtmlDocument html, int index) => (IHtmlTableElement)html.QuerySelectorAll("table")[index];

    private static IElement Cell(IHtmlTableElement table, string label) =>
        table.QuerySelectorAll("th").First(th => Labels.Squeeze(th.TextContent) == label);

    /// <summary>The figure cells (td) of the 表三 row whose last label is <paramref name="rowLabel"/>.</summary>
    private static List<IElement> Figures(IHtmlTableElement table, string rowLabel) =>
        table.Rows.First(r => r.Cells.OfType<IElement>().Any(c => c.LocalName == "th" && Labels.Squeeze(c.TextContent) == rowLabel))
            .Cells.OfType<IElement>().Where(c => c.LocalName == "td").ToList();

    private string Save(IHtmlDocument html, string name)
    {
        var path = samples.Scratch(name + ".html");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, html.DocumentElement.OuterHtml);
        return path;
    }

    /// <summary>Reads the file and checks: the format, no wrong number, every cell not read listed with its key.</summary>
    private TableReading Check(string path, string agency, int year, IReadOnlyDictionary<string, decimal>? overrides = null, ISet<string>? leftOut = null)
    {
        var original = samples.Original(agency, year);
        var reading = TableRecognizer.Recognise(ImportRoundTripTests.ReadSource(path), FormatRegistry.All, null);
        Assert.Equal(original.Format.Id, reading.Format.Id);
        var problems = new List<string>();
        foreach (var (_, cell) in OfficialFigures.Cells(original.Format))
        {
            var key = cell.Key!;
            var expected = overrides is not null && overrides.TryGetValue(key, out var o) ? o : OfficialFigures.Value(original, key);
            if (reading.Figures.TryGetValue(key, out var actual))
            {
                if (actual != expected) problems.Add($"WRONG NUMBER {key}: {actual}, expected {expected}");
                if (leftOut?.Contains(key) == true) problems.Add($"{key} should have been left out, read {actual}");
            }
            else if (!reading.Findings.Any(f => f.KeyPath == key && f.Severity == Severity.Error))
                problems.Add($"{key} neither read nor listed");
            else if (leftOut?.Contains(key) != true) problems.Add($"{key} left out: {string.Join("; ", reading.Findings.Where(f => f.KeyPath == key).Select(f => f.Message))}");
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems) + "\nfindings:\n" + string.Join("\n", reading.Findings.Select(f => $"{f.Id} {f.Where} {f.Message}")));
        // A maintainer's summary of each fixture's import report (GRG_IMPORT_SUMMARY=file), for issue notes.
        if (Environment.GetEnvironmentVariable("GRG_IMPORT_SUMMARY") is { Length: > 0 } summary)
            File.AppendAllText(summary, $"{Path.GetFileName(path)}: {reading.Format.Id} {reading.Read}/{reading.Expected} "
                + string.Join(" ", reading.Findings.GroupBy(f => f.Id).OrderBy(g => g.Key).Select(g => $"{g.Key}×{g.Count()}")) + "\n");
        return reading;
    }

    [Fact]
    public void Blank_slash_and_dash_cells_are_read_as_zero_and_listed()
    {
        var html = Html("zaozhuang-shizhong-kjj", 2024);
        var table3 = Table(html, 1);
        var marks = new[] { "", "/", "—", "-", "／", "无", " " };
        var i = 0;
        foreach (var td in Figures(table3, "1.属于国家秘密").Concat(Figures(table3, "2.重复申请"))) td.TextContent = marks[i++ % marks.Length];
        foreach (var td in Table(html, 2).QuerySelectorAll("td").Take(5)) td.TextContent = "—";
        var reading = Check(Save(html, "blank-cells"), "zaozhuang-shizhong-kjj", 2024);
        var blanks = reading.Findings.Where(f => f.Id == ImportRules.BlankAsZero).ToList();
        Assert.Equal(14 + 5, blanks.Count);
        Assert.All(blanks, f => Assert.Matches(@"^HTML表格\d+第\d+行第\d+列$", f.Where));
        Assert.Contains(blanks, f => f.KeyPath == "table3.rows.results.withheld.state_secret.natural_person" && f.Message.Contains("空白单元格按 0 读取"));
        Assert.Contains(blanks, f => f.KeyPath == "table4.reconsideration.upheld" && f.Message.Contains("“—”按 0 读取"));
    }

    [Fact]
    public void Units_and_separators_are_read_and_listed_and_an_unreadable_cell_is_left_out_not_guessed()
    {
        var html = Html(Distinct2021, 2024);
        var original = samples.Original(Distinct2021, 2024);
        var table3 = Table(html, 1);
        var disclosed = Figures(table3, "（一）予以公开");
        disclosed[0].TextContent = disclosed[0].TextContent + "件";
        disclosed[1].TextContent = "1,234";
        disclosed[2].TextContent = "约" + disclosed[2].TextContent;
        disclosed[3].TextContent = "3.5";
        var fee = Table(html, 0).QuerySelectorAll("td").Last();
        fee.TextContent = fee.TextContent + "万元";
        var reading = Check(Save(html, "units"), Distinct2021, 2024,
            overrides: new Dictionary<string, decimal> { ["table3.rows.results.disclosed.commercial_enterprise"] = 1234 },
            leftOut: new HashSet<string> { "table3.rows.results.disclosed.research_institution", "table3.rows.results.disclosed.public_interest_org" });
        Assert.Contains(reading.Findings, f => f.Id == ImportRules.Tidied && f.KeyPath == "table3.rows.results.disclosed.natural_person" && f.Message.Contains("去掉单位“件”"));
        Assert.Contains(reading.Findings, f => f.Id == ImportRules.Tidied && f.KeyPath == "table3.rows.results.disclosed.commercial_enterprise" && f.Message.Contains("千位分隔符"));
        Assert.Contains(reading.Findings, f => f.Id == ImportRules.Tidied && f.KeyPath == "table2.administrative_fees.amount_wan_yuan" && f.Message.Contains("万元"));
        Assert.Contains(reading.Findings, f => f.Id == ImportRules.Unreadable && f.KeyPath == "table3.rows.results.disclosed.research_institution" && f.Actual!.StartsWith("约"));
        Assert.Contains(reading.Findings, f => f.Id == ImportRules.Unreadable && f.KeyPath == "table3.rows.results.disclosed.public_interest_org" && f.Message.Contains("小数"));
        Assert.Equal(OfficialFigures.Value(original, "table2.administrative_fees.amount_wan_yuan"), reading.Figures["table2.administrative_fees.amount_wan_yuan"]);
    }

    [Fact]
    public void The_unreadable_cell_is_what_validate_then_reports_missing()
    {
        var html = Html(Distinct2021, 2024);
        Figures(Table(html, 1), "（一）予以公开")[2].TextContent = "约5";
        var path = Save(html, "validate-unreadable");
        var data = samples.Scratch("validate-data");
        Directory.CreateDirectory(Path.Combine(data, "agencies"));
        var result = ImportRun.One(path, new ImportOptions(new[] { path }, data, "fixture-kjj", null, DryRun: false, Force: false), RenderedSamples.Today);
        Assert.True(result.Written);
        Assert.Contains(result.Findings, f => f.Id == ImportRules.Unreadable);
        Assert.Contains(result.Validation, d => d.Id == "GRG1008" && d.KeyPath == "table3.rows.results.disclosed.research_institution");
    }

    [Fact]
    public void Labels_wrapped_renumbered_with_half_width_brackets_or_shortened_match_loosely_and_are_listed()
    {
        var html = Html(Distinct2021, 2024);
        var table3 = Table(html, 1);
        Cell(table3, "（一）予以公开").InnerHtml = "(一)予以<br>公开";
        Cell(table3, "1.属于国家秘密").TextContent = "1、属于国家秘密";
        Cell(table3, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）").TextContent = "（二）部分公开";
        Cell(table3, "法人或其他组织").InnerHtml = "法人或<br>其他组织";
        Cell(table3, "社会公益组织").InnerHtml = "社会<br>公益<br>组织";
        Cell(table3, "3.危及“三安全一稳定”").TextContent = "3.危及\"三安全一稳定\"";
        Cell(Table(html, 0), "本年制发件数").InnerHtml = "本年制发<br> 件数";
        Cell(Table(html, 2), "未经复议直接起诉").TextContent = "未经复议直接 起诉";
        var reading = Check(Save(html, "labels"), Distinct2021, 2024);
        Assert.Contains(reading.Findings, f => f.Id == ImportRules.LooseLabel && f.Message.Contains("(一)予以公开"));
        Assert.Contains(reading.Findings, f => f.Id == ImportRules.LooseLabel && f.Message.Contains("1、属于国家秘密"));
        Assert.Contains(reading.Findings, f => f.Id == ImportRules.LooseLabel && f.Message.Contains("（二）部分公开"));
        // Line breaks and spaces alone are not loose: labels wrap anywhere.
        Assert.DoesNotContain(reading.Findings, f => f.Message.Contains("本年制发件数"));
    }

    [Fact]
    public void An_extra_subtotal_column_is_left_out_and_listed()
    {
        var html = Html(Distinct2021, 2024);
        var table3 = Table(html, 1);
        Cell(table3, "申请人情况").SetAttribute("colspan", "8");
        Cell(table3, "法人或其他组织").SetAttribute("colspan", "6");
        var other = Cell(table3, "其他");
        other.Insert(AdjacentPosition.AfterEnd, "<th>小计</th>");
        foreach (var row in table3.Rows)
        {
            var tds = row.Cells.OfType<IElement>().Where(c => c.LocalName == "td").ToList();
            if (tds.Count != 7) continue;
            var sum = tds.Skip(1).Take(5).Sum(td => decimal.Parse(td.TextContent));
            tds[5].Insert(AdjacentPosition.AfterEnd, $"<td>{sum}</td>");
        }
        var reading = Check(Save(html, "subtotal"), Distinct2021, 2024);
        var extra = Assert.Single(reading.Findings, f => f.Id == ImportRules.ExtraColumn);
        Assert.Contains("小计", extra.Message);
    }

    [Fact]
    public void A_gov2019_report_with_its_own_label_variants_is_recognised()
    {
        var html = Html(Distinct2019, 2020);
        var table2 = Table(html, 0);
        Cell(table2, "其他对外管理服务事项").InnerHtml = "其他对外管理<br>服务事项";
        foreach (var th in table2.QuerySelectorAll("th").Where(t => Labels.Squeeze(t.TextContent) == "本年增/减")) th.TextContent = "本年增／减";
        Cell(Table(html, 1), "（六）其他处理").TextContent = "(六)其他处理";
        var reading = Check(Save(html, "gov2019"), Distinct2019, 2020);
        Assert.Equal("gov-2019", reading.Format.Id);
        Assert.Equal(198, reading.Read);
    }

    /// <summary>
    /// 表三 as two Word tables with a page break between them and no header on the second part, the way reports pasted
    /// together from two pages look; LibreOffice's PDF of it then has the second part on a page of its own.
    /// </summary>
    private string SplitTable3Docx(string agency, int year, string name)
    {
        var path = samples.Scratch(name + ".docx");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.Copy(samples.Rendered(agency, year, "docx"), path, overwrite: true);
        using (var word = WordprocessingDocument.Open(path, true))
        {
            var body = word.MainDocumentPart!.Document!.Body!;
            var table3 = body.Elements<Table>().ElementAt(1);
            var rows = table3.Elements<TableRow>().ToList();
            var second = new Table(table3.GetFirstChild<TableProperties>()!.CloneNode(true), table3.GetFirstChild<TableGrid>()!.CloneNode(true));
            // Cut inside （三）不予公开: its label's vertical merge goes on in the second part, as Word does it.
            foreach (var row in rows.Skip(9)) { row.Remove(); second.Append(row); }
            foreach (var header in second.Descendants<TableHeader>().ToList()) header.Remove();
            table3.InsertAfterSelf(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
            table3.NextSibling()!.InsertAfterSelf(second);
            word.MainDocumentPart.Document.Save();
        }
        return path;
    }

    [Fact]
    public void A_table_split_across_pages_without_repeated_headers_is_read_whole()
    {
        var path = SplitTable3Docx(Distinct2021, 2024, "split");
        var source = ImportRoundTripTests.ReadSource(path);
        Assert.Equal(4, source.Tables.Count);
        Check(path, Distinct2021, 2024);
    }

    [SkippableFact]
    public void The_split_table_printed_to_pdf_by_libreoffice_is_read_whole()
    {
        var pdf = Converted.LibreOffice(SplitTable3Docx(Distinct2021, 2024, "split-lo"));
        Skip.If(pdf is null, "LibreOffice (soffice) is not installed");
        Check(pdf!, Distinct2021, 2024);
    }
}

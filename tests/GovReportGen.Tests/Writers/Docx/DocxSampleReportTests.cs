using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using GovReportGen.Documents.Tables;
using WTableGrid = DocumentFormat.OpenXml.Wordprocessing.TableGrid;
using GovReportGen.Writers.Docx;
using static GovReportGen.Tests.Writers.Docx.DocxReadBack;
using DTable = GovReportGen.Documents.Table;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace GovReportGen.Tests.Writers.Docx;

/// <summary>The five sample reports through the real templates into DOCX, checked by reading them back.</summary>
public class DocxSampleReportTests
{
    public static TheoryData<string> Agencies => DocxSamples.Ids;

    [Theory]
    [MemberData(nameof(Agencies))]
    public void Validates_against_Office_2019_with_no_errors(string agency)
    {
        using var word = Open(DocxSamples.Get(agency).Docx);

        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(word).ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")));
    }

    [Theory]
    [MemberData(nameof(Agencies))]
    public void Every_table_cell_and_merge_equals_the_document_grid(string agency)
    {
        var sample = DocxSamples.Get(agency);
        using var word = Open(sample.Docx);
        var expected = sample.Document.Blocks.OfType<DTable>().ToList();
        var actual = BodyOf(word).Elements<WTable>().ToList();

        Assert.Equal(3, expected.Count);
        Assert.Equal(expected.Count, actual.Count);
        for (var t = 0; t < expected.Count; t++)
        {
            var grid = expected[t].Grid;
            Assert.Equal(expected[t].Columns.Apportioned(DocxPage.Default.TextWidth), actual[t].GetFirstChild<WTableGrid>()!.Elements<GridColumn>().Select(c => int.Parse(c.Width!.Value!, CultureInfo.InvariantCulture)));
            var rows = actual[t].Elements<TableRow>().ToList();
            Assert.Equal(grid.RowCount, rows.Count);
            for (var r = 0; r < grid.RowCount; r++)
                Assert.Equal(ExpectedCells(grid, r), Cells(rows[r]));
        }
    }

    /// <summary>What the grid says row <paramref name="row"/> looks like in Word: origins, and the top slot of a row span below its origin.</summary>
    private static IEnumerable<CellView> ExpectedCells(GovReportGen.Documents.Tables.TableGrid grid, int row)
    {
        foreach (var slot in grid.Rows[row])
        {
            if (slot is Origin origin)
                yield return new CellView(origin.Column, origin.ColSpan, origin.RowSpan > 1 ? "restart" : "none", origin.PlainText);
            else if (slot is Continuation { Origin: var above } && above.Row < row && slot.Column == above.Column)
                yield return new CellView(above.Column, above.ColSpan, "continue", "");
        }
    }

    [Theory]
    [MemberData(nameof(Agencies))]
    public void Header_rows_repeat_and_no_row_splits(string agency)
    {
        var sample = DocxSamples.Get(agency);
        using var word = Open(sample.Docx);
        var grids = sample.Document.Blocks.OfType<DTable>().Select(t => t.Grid).ToList();
        var tables = BodyOf(word).Elements<WTable>().ToList();

        // 表三 and 表四 have three header rows each; 表二 has none (docs/formats.md §1.5).
        Assert.Equal([0, 3, 3], grids.Select(g => g.HeaderRowCount));
        for (var t = 0; t < tables.Count; t++)
        {
            var rows = tables[t].Elements<TableRow>().ToList();
            Assert.Equal(Enumerable.Range(0, rows.Count).Select(grids[t].IsHeaderRow), rows.Select(r => r.TableRowProperties?.GetFirstChild<TableHeader>() is not null));
            Assert.All(rows, r => Assert.NotNull(r.TableRowProperties?.GetFirstChild<CantSplit>()));
        }
    }

    [Theory]
    [MemberData(nameof(Agencies))]
    public void Figures_of_tables_three_and_four_equal_the_data(string agency)
    {
        var sample = DocxSamples.Get(agency);
        using var word = Open(sample.Docx);
        var tables = BodyOf(word).Elements<WTable>().ToList();

        var table3 = tables[1].Elements<TableRow>().Skip(3).Select(r => Cells(r).TakeLast(7).Select(c => c.Text)).ToList();
        var data3 = sample.Data.Table3.AllRows.Select(r => r.Cells.Select(Figure)).ToList();
        Assert.Equal(data3.Count, table3.Count);
        for (var i = 0; i < data3.Count; i++)
            Assert.Equal(data3[i], table3[i]);

        var table4 = Cells(tables[2].Elements<TableRow>().Last()).Select(c => c.Text);
        Assert.Equal(sample.Data.Table4.Groups.SelectMany(g => g.Cells).Select(Figure), table4);
    }

    private static string Figure(long value) => value.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public void Table_cells_carry_table_styles_and_row_labels_read_from_the_left()
    {
        var sample = DocxSamples.Get("zaozhuang-shizhong-kjj");
        using var word = Open(sample.Docx);
        var table3 = BodyOf(word).Elements<WTable>().ElementAt(1);
        var paragraphs = table3.Descendants<TableCell>().Select(c => (Text: TextOf(c), Style: StyleOf(c.GetFirstChild<Paragraph>()!))).ToList();

        Assert.Contains(("申请人情况", DocxStyleIds.TableHeader), paragraphs);
        Assert.Contains(("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", DocxStyleIds.TableLabel), paragraphs);
        Assert.Contains(("三、本年度办理结果", DocxStyleIds.TableLabel), paragraphs);
        Assert.All(paragraphs.Where(p => Regex.IsMatch(p.Text, @"^\d+(\.\d+)?$")), p => Assert.Equal(DocxStyleIds.TableText, p.Style));
        Assert.All(table3.Descendants<TableCell>(), c => Assert.Equal(TableVerticalAlignmentValues.Center, c.TableCellProperties!.TableCellVerticalAlignment!.Val!.Value));
        var properties = table3.GetFirstChild<TableProperties>()!;
        Assert.Equal(DocxStyleIds.Table, properties.TableStyle!.Val!.Value);
        Assert.Equal("8845", properties.TableWidth!.Width!.Value);
        Assert.Equal(TableLayoutValues.Fixed, properties.TableLayout!.Type!.Value);
        Assert.Equal("三、收到和处理政府信息公开申请情况", properties.TableCaption!.Val!.Value);
    }

    [Fact]
    public void Rendering_again_gives_byte_identical_files_also_in_parallel()
    {
        foreach (var sample in DocxSamples.All)
        {
            var hashes = new string[4];
            Parallel.For(0, hashes.Length, i => hashes[i] = Hash(DocxWriter.WriteToBytes(sample.Document, sample.Metadata)));
            Assert.All(hashes, h => Assert.Equal(Hash(sample.Docx), h));
        }
    }

    private static string Hash(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes));

    [Theory]
    [MemberData(nameof(Agencies))]
    public void Zip_entries_have_a_fixed_order_and_date_and_relationship_ids_are_numbered(string agency)
    {
        using var zip = new ZipArchive(new MemoryStream(DocxSamples.Get(agency).Docx), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();

        Assert.Equal("[Content_Types].xml", names[0]);
        Assert.Equal("_rels/.rels", names[1]);
        Assert.Equal(names.Skip(2).Order(StringComparer.Ordinal), names.Skip(2));
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
        foreach (var rels in zip.Entries.Where(e => e.FullName.EndsWith(".rels", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(rels.Open());
            var ids = Regex.Matches(reader.ReadToEnd(), "Id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(Enumerable.Range(1, ids.Count).Select(i => "rId" + i).Order(StringComparer.Ordinal), ids);
        }
    }
}

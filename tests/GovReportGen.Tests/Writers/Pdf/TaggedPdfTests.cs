using System.Text;
using System.Text.RegularExpressions;
using GovReportGen.Documents;
using GovReportGen.Documents.Tables;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Tokens;
using static GovReportGen.Tests.Writers.Pdf.PdfTestSupport;

namespace GovReportGen.Tests.Writers.Pdf;

/// <summary>
/// The tagged PDF (PDF/UA-1) read back with our own reader (<see cref="TaggedPdfReader"/>) against the Document:
/// reading order, table headers, ToUnicode text, artifacts and the catalog entries PDF/UA asks for.
/// </summary>
public partial class TaggedPdfTests
{
    private static string Squeeze(string text) => Whitespace().Replace(text, "");

    /// <summary>What the structure tree should hold, leaf by leaf, in the Document's order.</summary>
    private static List<(string Role, string Text)> ExpectedLeaves(Document document)
    {
        var leaves = new List<(string, string)>();
        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case Heading h:
                    leaves.Add((h.Level <= 1 || h.Class == BlockClass.Title ? "H1" : $"H{Math.Min(h.Level, 6)}", InlineText.ToSingleLine(h.Inlines)));
                    break;
                case Paragraph p:
                    leaves.Add(("P", InlineText.ToSingleLine(p.Inlines)));
                    break;
                case Table t:
                    leaves.AddRange(t.Grid.Origins.Select(o => (o.IsHeader ? "TH" : "TD", InlineText.ToSingleLine(o.Content))));
                    break;
                case Signature s:
                    leaves.AddRange(s.Lines.Select(l => ("P", InlineText.ToSingleLine(l.Inlines))));
                    break;
                default:
                    throw new InvalidOperationException($"no expectation for {block.GetType().Name}");
            }
        }
        return leaves;
    }

    private static readonly HashSet<string> LeafRoles = ["H1", "H2", "H3", "H4", "H5", "H6", "P", "TH", "TD"];

    [Theory]
    [MemberData(nameof(SampleData), MemberType = typeof(PdfTestSupport))]
    public void Structure_tree_holds_every_heading_paragraph_and_cell_once_in_the_Documents_order(string agency, int year)
    {
        var sample = Sample(agency, year);
        var root = TaggedPdfReader.Read(sample.Bytes, out _, out var unclaimed);

        Assert.Equal("Document", root.Role);
        Assert.Equal(0, unclaimed);
        var read = root.DescendantsAndSelf().Where(e => LeafRoles.Contains(e.Role)).Select(e => (e.Role, Squeeze(e.Text))).ToList();
        var expected = ExpectedLeaves(sample.Document).Select(e => (e.Role, Squeeze(e.Text))).ToList();
        Assert.Equal(expected, read);
        // Containers hold no text of their own, and table rows sit in THead/TBody.
        Assert.All(root.DescendantsAndSelf().Where(e => !LeafRoles.Contains(e.Role)), e => Assert.Equal("", e.Text));
        Assert.All(root.DescendantsAndSelf().Where(e => e.Role == "Table"), t =>
            Assert.All(t.Kids, k => Assert.Contains(k.Role, new[] { "THead", "TBody" })));
    }

    [Theory]
    [MemberData(nameof(SampleData), MemberType = typeof(PdfTestSupport))]
    public void Each_table_cell_is_a_TD_or_TH_with_its_spans_and_the_headers_that_label_it(string agency, int year)
    {
        var sample = Sample(agency, year);
        var root = TaggedPdfReader.Read(sample.Bytes, out _, out _);
        var tables = root.DescendantsAndSelf().Where(e => e.Role == "Table").ToList();
        var documentTables = sample.Document.Blocks.OfType<Table>().ToList();
        Assert.Equal(documentTables.Count, tables.Count);
        Assert.NotEmpty(tables);

        var checkedTds = 0;
        for (var t = 0; t < tables.Count; t++)
        {
            var grid = documentTables[t].Grid;
            var cells = tables[t].DescendantsAndSelf().Where(e => e.Role is "TH" or "TD").ToList();
            var origins = grid.Origins.ToList();
            Assert.Equal(origins.Count, cells.Count);
            var byId = cells.Where(c => c.Id is not null).ToDictionary(c => c.Id!);
            for (var i = 0; i < origins.Count; i++)
            {
                var (origin, cell) = (origins[i], cells[i]);
                Assert.Equal(origin.IsHeader ? "TH" : "TD", cell.Role);
                Assert.Equal((origin.RowSpan, origin.ColSpan), (cell.RowSpan, cell.ColSpan));
                if (origin.IsHeader)
                    Assert.Contains(cell.Scope, new[] { "Row", "Column", "Both" });
                // The headers a TD points at are TH elements of this table with the texts the Document associates.
                var expected = HeaderAssociation.HeadersOf(grid, origin).Select(h => Squeeze(InlineText.ToSingleLine(h.Content))).ToList();
                var named = cell.Headers.Select(id => byId[id]).ToList();
                Assert.All(named, h => Assert.Equal("TH", h.Role));
                Assert.Equal(expected, named.Select(h => Squeeze(h.Text)));
                if (!origin.IsHeader && expected.Count > 0)
                    checkedTds++;
            }
        }
        Assert.True(checkedTds > 50, $"only {checkedTds} figure cells had headers");
    }

    [Fact]
    public void Extracted_text_equals_the_Documents_text_punctuation_and_full_width_forms_included()
    {
        const string text = "“引号”‘单引’《书名》〈篇〉（括号）【方括】、顿号，逗号。句号；分号：冒号？问号！叹号——破折号……省略号·间隔号" +
            "％１２３ＡＢＣａｂｃ＋－＝／～＃＆＊＠￥ 半角123abc%（第二十条第（一）项）";
        var document = Parse($"<h1>标题：测试“标点”</h1><p>{text}</p>");
        var bytes = WriteBytes(document, Metadata(), out _);

        var root = TaggedPdfReader.Read(bytes, out _, out _);
        var paragraph = Assert.Single(root.DescendantsAndSelf(), e => e.Role == "P");
        Assert.Equal(Squeeze(text), Squeeze(paragraph.Text));
        Assert.Equal("标题：测试“标点”", Squeeze(Assert.Single(root.DescendantsAndSelf(), e => e.Role == "H1").Text));

        using var pdf = PdfDocument.Open(bytes);
        var letters = string.Concat(pdf.GetPage(1).Letters.Select(l => l.Value));
        Assert.Contains(Squeeze(text), Squeeze(letters));
    }

    [Theory]
    [MemberData(nameof(SampleData), MemberType = typeof(PdfTestSupport))]
    public void Page_numbers_are_pagination_artifacts_and_all_other_text_is_tagged(string agency, int year)
    {
        var sample = Sample(agency, year);
        using var pdf = PdfDocument.Open(sample.Bytes);
        foreach (var page in pdf.GetPages())
        {
            var marked = page.GetMarkedContents();
            // Every glyph on the page is inside a marked-content sequence (tagged content or an artifact).
            Assert.Equal(page.Letters.Count, marked.Sum(m => m.Letters.Count));
            var artifacts = marked.Where(m => m.IsArtifact).Select(m => Squeeze(string.Concat(m.Letters.Select(l => l.Value)))).ToList();
            Assert.Contains($"—{page.Number}—", artifacts);
        }
    }

    [Theory]
    [MemberData(nameof(SampleData), MemberType = typeof(PdfTestSupport))]
    public void Catalog_and_metadata_declare_language_title_and_pdf_ua(string agency, int year)
    {
        var sample = Sample(agency, year);
        TaggedPdfReader.Read(sample.Bytes, out var catalog, out _);
        using var pdf = PdfDocument.Open(sample.Bytes);

        Assert.Equal("zh-CN", ((StringToken)catalog["Lang"]).Data);
        Assert.Equal("UseOutlines", ((NameToken)catalog["PageMode"]).Data);
        var markInfo = (DictionaryToken)catalog["MarkInfo"];
        Assert.True(((BooleanToken)markInfo.Data["Marked"]).Data);
        var preferences = (DictionaryToken)catalog["ViewerPreferences"];
        Assert.True(((BooleanToken)preferences.Data["DisplayDocTitle"]).Data);

        var metadata = (StreamToken)pdf.Structure.GetObject(((IndirectReferenceToken)catalog["Metadata"]).Data).Data;
        var xmp = Encoding.UTF8.GetString(metadata.Data.ToArray());
        Assert.Contains("<pdfuaid:part>1</pdfuaid:part>", xmp);
        Assert.Contains($"<rdf:li xml:lang=\"x-default\">{System.Security.SecurityElement.Escape(sample.Metadata.Title)}</rdf:li>", xmp);
        Assert.Equal(sample.Metadata.Title, pdf.Information.Title);
    }

    [Fact]
    public void Repeated_table_header_rows_are_artifacts_not_second_copies_in_the_tree()
    {
        var sample = Samples.Select(s => Sample(s.Agency, s.Year)).First(s => s.Result.Layout.Pages.Any(p => p.Cells.Any()) &&
            s.Result.Layout.Pages.SelectMany(p => p.Cells.Select(c => (c.Table, p.Number))).Distinct().GroupBy(x => x.Table).Any(g => g.Count() > 1));
        var root = TaggedPdfReader.Read(sample.Bytes, out _, out var unclaimed);
        Assert.Equal(0, unclaimed);
        // Header cells drawn on a table's continuation pages are not tagged again: each TH's text appears once.
        var ths = root.DescendantsAndSelf().Where(e => e.Role == "TH").ToList();
        var expected = sample.Document.Blocks.OfType<Table>().SelectMany(t => t.Grid.Origins.Where(o => o.IsHeader)).ToList();
        Assert.Equal(expected.Select(o => Squeeze(InlineText.ToSingleLine(o.Content))), ths.Select(t => Squeeze(t.Text)));
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

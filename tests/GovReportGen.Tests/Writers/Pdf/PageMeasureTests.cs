using GovReportGen.Documents;
using GovReportGen.Writers.Pdf.Layout;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using Xunit.Abstractions;
using static GovReportGen.Tests.Writers.Pdf.PdfTestSupport;

namespace GovReportGen.Tests.Writers.Pdf;

/// <summary>
/// Issue 16's measures of the printed page (docs/typesetting.md §1, §3, §4), taken on the five samples from the PDF
/// read back with PdfPig — letter positions and font names — with the layout's records saying only where a table
/// continues and which paragraph a line belongs to.
/// </summary>
public class PageMeasureTests(ITestOutputHelper output)
{
    private const double PageHeight = 842;

    [Theory]
    [MemberData(nameof(SampleData), MemberType = typeof(PdfTestSupport))]
    public void Before_a_table_continues_at_most_two_lines_stay_empty_at_the_page_foot(string agency, int year)
    {
        var sample = Sample(agency, year);
        using var pdf = PdfDocument.Open(sample.Bytes);
        var pages = sample.Result.Layout.Pages;
        for (var i = 0; i + 1 < pages.Count; i++)
        {
            var continued = pages[i].Cells.Select(c => c.Table).Intersect(pages[i + 1].Cells.Select(c => c.Table)).ToList();
            if (continued.Count == 0)
                continue;
            // The lowest ink of the body on this page (the page number sits below the 版心 and is left out).
            var lowest = BodyLetters(pdf.GetPage(i + 1)).Max(l => PageHeight - l.GlyphRectangle.Bottom);
            var empty = Geometry.Bottom - lowest;
            output.WriteLine($"{sample} page {i + 1}: {empty:0.0} pt below the last row before table {continued[0]} continues");
            Assert.True(empty <= 2 * Geometry.GridPitch + 6, $"{sample} page {i + 1}: {empty:0.0} pt empty before the table continues");
        }
    }

    [Theory]
    [MemberData(nameof(SampleData), MemberType = typeof(PdfTestSupport))]
    public void No_two_characters_of_a_body_line_are_further_apart_than_the_stretch_limit(string agency, int year)
    {
        var sample = Sample(agency, year);
        using var pdf = PdfDocument.Open(sample.Bytes);
        var limit = LineFinalizer.MaxStretchPerGapEm * Geometry.BodySize;
        var widest = 0.0;
        foreach (var page in pdf.GetPages())
        {
            // Spaces count as letters here: a space the text has is content, not stretch.
            var letters = page.Letters.Where(l => PageHeight - l.StartBaseLine.Y <= Geometry.Bottom + 1 && Math.Abs(l.PointSize - Geometry.BodySize) < 0.01);
            foreach (var line in Lines(letters))
            {
                for (var k = 1; k < line.Count; k++)
                {
                    var gap = line[k].StartBaseLine.X - line[k - 1].EndBaseLine.X;
                    widest = Math.Max(widest, gap);
                    Assert.True(gap <= limit + 0.05, $"{sample} p{page.Number}: {gap:0.00} pt between “{line[k - 1].Value}” and “{line[k].Value}” in “{string.Concat(line.Select(l => l.Value))}”");
                }
            }
        }
        output.WriteLine($"{sample}: widest gap {widest:0.00} pt (limit {limit:0.00} pt)");
    }

    [Theory]
    [MemberData(nameof(SampleData), MemberType = typeof(PdfTestSupport))]
    public void Punctuation_never_crosses_the_right_edge_of_the_text_block(string agency, int year)
    {
        var sample = Sample(agency, year);
        using var pdf = PdfDocument.Open(sample.Bytes);
        foreach (var page in pdf.GetPages())
        {
            foreach (var letter in BodyLetters(page).Where(l => Math.Abs(l.PointSize - Geometry.BodySize) < 0.01))
                Assert.True(letter.GlyphRectangle.Right <= Geometry.Right + 0.5,
                    $"{sample} p{page.Number}: “{letter.Value}” inks to {letter.GlyphRectangle.Right - Geometry.Right:0.00} pt past the right edge");
        }
    }

    [Theory]
    [MemberData(nameof(SampleData), MemberType = typeof(PdfTestSupport))]
    public void No_label_cell_of_the_official_tables_ends_with_a_lone_character(string agency, int year)
    {
        var sample = Sample(agency, year);
        using var pdf = PdfDocument.Open(sample.Bytes);
        var checkedCells = 0;
        foreach (var page in sample.Result.Layout.Pages)
        {
            var letters = pdf.GetPage(page.Number).Letters;
            foreach (var box in page.Cells.Where(c => c.Cell.IsHeader))
            {
                var lines = Lines(letters.Where(l => Inside(box, l.GlyphRectangle.Centroid.X, PageHeight - l.GlyphRectangle.Centroid.Y)))
                    .Select(l => string.Concat(l.Select(x => x.Value)).Trim()).Where(l => l.Length > 0).ToList();
                if (lines.Count < 2)
                    continue;
                checkedCells++;
                Assert.True(lines[^1].Length >= 2, $"{sample} p{page.Number} table {box.Table}: “{string.Join("/", lines)}”");
            }
        }
        Assert.True(checkedCells > 10, $"only {checkedCells} wrapped label cells found");
    }

    [Theory]
    [MemberData(nameof(SampleData), MemberType = typeof(PdfTestSupport))]
    public void No_paragraph_leaves_a_single_line_on_either_side_of_a_page_break(string agency, int year)
    {
        var sample = Sample(agency, year);
        using var pdf = PdfDocument.Open(sample.Bytes);
        // Which paragraph a line belongs to, from the runs' structure element; how many lines, from the PDF's baselines.
        var linesPerParagraphAndPage = new Dictionary<StructNode, List<(int Page, int Lines)>>();
        foreach (var page in sample.Result.Layout.Pages)
        {
            var baselines = pdf.GetPage(page.Number).Letters.Select(l => Math.Round(PageHeight - l.StartBaseLine.Y, 1)).ToHashSet();
            foreach (var group in page.Ops.OfType<GlyphRunOp>().Where(r => r.Owner is { Role: "P" }).GroupBy(r => r.Owner!))
            {
                var lines = group.Select(r => Math.Round(r.Y[0], 1)).Distinct().ToList();
                Assert.All(lines, y => Assert.Contains(y, baselines));
                if (!linesPerParagraphAndPage.TryGetValue(group.Key, out var list))
                    linesPerParagraphAndPage[group.Key] = list = [];
                list.Add((page.Number, lines.Count));
            }
        }
        var split = linesPerParagraphAndPage.Where(p => p.Value.Count > 1).ToList();
        output.WriteLine($"{sample}: {split.Count} paragraphs cross a page break");
        foreach (var (_, pieces) in split)
            Assert.All(pieces, piece => Assert.True(piece.Lines >= 2, $"{sample} p{piece.Page}: a single line of a paragraph on this side of a page break"));
    }

    [Theory]
    [MemberData(nameof(SampleData), MemberType = typeof(PdfTestSupport))]
    public void Every_glyph_is_set_in_the_face_chosen_for_its_role(string agency, int year)
    {
        var sample = Sample(agency, year);
        using var pdf = PdfDocument.Open(sample.Bytes);
        var letters = pdf.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        static string Face(Letter l) => l.FontName![(l.FontName!.IndexOf('+') + 1)..];

        Assert.All(letters.Where(l => Math.Abs(l.PointSize - Geometry.TitleSize) < 0.01), l => Assert.Equal("NotoSerifCJKsc-Bold", Face(l)));
        Assert.All(letters.Where(l => Math.Abs(l.PointSize - 10.5) < 0.01 || l.PointSize < 10.5), l => Assert.Equal("NotoSerifCJKsc-Light", Face(l)));
        Assert.All(letters.Where(l => Math.Abs(l.PointSize - 14) < 0.01), l => Assert.Equal("NotoSerifCJKsc-Regular", Face(l)));
        var body = letters.Where(l => Math.Abs(l.PointSize - Geometry.BodySize) < 0.01).ToList();
        Assert.All(body, l => Assert.Contains(Face(l), new[] { "NotoSerifCJKsc-Light", "NotoSansCJKsc-Regular", "LXGWWenKai-Regular" }));

        // 一、 headings in 黑体, （一） headings in 楷体: exactly their characters, no more, no fewer.
        int Characters(int level) => sample.Document.Blocks.OfType<Heading>().Where(h => h.Level == level)
            .Sum(h => InlineText.ToPlainText(h.Inlines, "").Count(c => !char.IsWhiteSpace(c)));
        Assert.Equal(Characters(2), body.Count(l => Face(l) == "NotoSansCJKsc-Regular"));
        Assert.Equal(Characters(3), body.Count(l => Face(l) == "LXGWWenKai-Regular"));
    }

    private static bool Inside(CellBox box, double x, double y) =>
        x >= box.X && x <= box.X + box.Width && y >= box.Top && y <= box.Top + box.Height;

    /// <summary>Letters inside the 版心 (not the page number below it).</summary>
    private static IEnumerable<Letter> BodyLetters(Page page) =>
        page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value) && PageHeight - l.StartBaseLine.Y <= Geometry.Bottom + 1);

    /// <summary>Letters grouped into lines by baseline, left to right.</summary>
    private static IEnumerable<List<Letter>> Lines(IEnumerable<Letter> letters) =>
        letters.GroupBy(l => Math.Round(l.StartBaseLine.Y, 1)).OrderByDescending(g => g.Key)
            .Select(g => g.OrderBy(l => l.StartBaseLine.X).ToList());
}

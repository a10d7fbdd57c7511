using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using GovReportGen.Documents;
using GovReportGen.Documents.Tables;
using GovReportGen.Writers.Pdf.Layout;
using UglyToad.PdfPig;
using Xunit.Abstractions;
using static GovReportGen.Tests.Writers.Pdf.PdfTestSupport;

namespace GovReportGen.Tests.Writers.Pdf;

/// <summary>
/// The sample agencies' PDFs checked as docs/typesetting.md §5.3 says: fonts embedded as subset CID TrueType, no
/// Type 3, small font programs, a clean qpdf check, every line and table cell read back exactly (PdfPig and
/// pdftotext), a size budget, and the outline and properties (the catalog's tagging entries: <see cref="TaggedPdfTests"/>).
/// </summary>
public partial class PdfOutputTests(ITestOutputHelper output)
{
    private const int SizeBudget = 250 * 1024;

    private static string Squeeze(string text) => WhitespacePattern().Replace(text, "");

    [Theory]
    [MemberData(nameof(SampleData), MemberType = typeof(PdfTestSupport))]
    public void Sample_is_a4_under_the_size_budget(string agency, int year)
    {
        var sample = Sample(agency, year);
        using var pdf = PdfDocument.Open(sample.Bytes);

        Assert.True(sample.Bytes.Length < SizeBudget, $"{sample}: {sample.Bytes.Length} bytes");
        Assert.Equal(sample.Result.Layout.Pages.Count, pdf.NumberOfPages);
        Assert.All(pdf.GetPages(), p => Assert.Equal((595, 842), (p.Width, p.Height)));
        output.WriteLine($"{sample}: {sample.Bytes.Length} bytes, {pdf.NumberOfPages} pages, subsets {string.Join(", ", sample.Result.SubsetBytes.Select(s => $"{s.Key} {s.Value}"))}");
    }

    [Theory]
    [MemberData(nameof(SampleData), MemberType = typeof(PdfTestSupport))]
    public void Every_line_and_cell_reads_back_exactly_where_it_was_set(string agency, int year)
    {
        var sample = Sample(agency, year);
        using var pdf = PdfDocument.Open(sample.Bytes);
        foreach (var page in sample.Result.Layout.Pages)
        {
            var letters = pdf.GetPage(page.Number).Letters;
            foreach (var line in page.Lines)
            {
                var read = string.Concat(letters
                    .Where(l => Math.Abs(842 - l.StartBaseLine.Y - line.Baseline) < 0.5
                        // An opening bracket compressed at a line start (缩排) gives up its blank left half.
                        && l.StartBaseLine.X >= line.X - line.Size / 2 - 0.01 && l.StartBaseLine.X <= line.Right + 0.5)
                    .OrderBy(l => l.StartBaseLine.X)
                    .Select(l => l.Value));
                Assert.Equal(Squeeze(line.Text), Squeeze(read));
            }
        }
    }

    [Theory]
    [MemberData(nameof(SampleData), MemberType = typeof(PdfTestSupport))]
    public void Table_cells_read_back_in_order(string agency, int year)
    {
        var sample = Sample(agency, year);
        var tables = sample.Document.Blocks.OfType<Table>().ToList();
        using var pdf = PdfDocument.Open(sample.Bytes);
        var read = tables.Select(_ => new List<(Origin Cell, string Text)>()).ToList();
        foreach (var page in sample.Result.Layout.Pages)
        {
            var letters = pdf.GetPage(page.Number).Letters;
            foreach (var box in page.Cells.Where(c => c.HasText))
            {
                if (box.Cell.Row < tables[box.Table].Grid.HeaderRowCount && read[box.Table].Any(r => r.Cell == box.Cell))
                    continue; // a header row repeated on a later page
                var text = string.Concat(letters
                    .Where(l => Inside(box, l.BoundingBox.Centroid.X, 842 - l.BoundingBox.Centroid.Y))
                    .OrderBy(l => Math.Round(842 - l.StartBaseLine.Y, 1)).ThenBy(l => l.StartBaseLine.X)
                    .Select(l => l.Value));
                read[box.Table].Add((box.Cell, Squeeze(text)));
            }
        }
        Assert.NotEmpty(tables);
        for (var t = 0; t < tables.Count; t++)
        {
            var expected = tables[t].Grid.Origins.Select(o => (o, Squeeze(o.PlainText))).ToList();
            Assert.Equal(expected.Select(e => e.Item2), read[t].Select(r => r.Text));
            Assert.Equal(expected.Select(e => e.o), read[t].Select(r => r.Cell));
        }
    }

    private static bool Inside(CellBox box, double x, double y) =>
        x >= box.X && x <= box.X + box.Width && y >= box.Top && y <= box.Top + box.Height;

    [SkippableTheory]
    [MemberData(nameof(SampleData), MemberType = typeof(PdfTestSupport))]
    public void Pdftotext_gives_back_every_heading_and_table_figure(string agency, int year)
    {
        RequireTool("pdftotext");
        var sample = Sample(agency, year);
        var (exit, text) = Run("pdftotext", "-enc", "UTF-8", sample.Path, "-");
        Assert.Equal(0, exit);
        var squeezed = Squeeze(text);

        foreach (var heading in sample.Document.Blocks.OfType<Heading>())
        {
            foreach (var line in InlineText.ToPlainText(heading.Inlines).Split('\n'))
                Assert.Contains(Squeeze(line), squeezed);
        }
        var cellLines = sample.Result.Layout.Pages.SelectMany(p => p.Lines).Where(l => l.Size == 10.5).Select(l => Squeeze(l.Text)).ToList();
        Assert.NotEmpty(cellLines);
        foreach (var cell in cellLines)
            Assert.Contains(cell, squeezed);
        var figures = sample.Document.Blocks.OfType<Table>().SelectMany(t => t.Grid.Origins)
            .Where(o => o.Kind == CellKind.Data).Select(o => o.PlainText.Trim()).Where(t => NumberPattern().IsMatch(t)).ToList();
        Assert.NotEmpty(figures);
        var numbersRead = NumberPattern().Matches(text).Select(m => m.Value).ToList();
        foreach (var group in figures.GroupBy(f => f))
            Assert.True(numbersRead.Count(n => n == group.Key) >= group.Count(), $"figure {group.Key} is read {numbersRead.Count(n => n == group.Key)} times, the tables hold it {group.Count()} times");

        // No Kangxi radicals or CJK radical supplements in place of ideographs, no replacement characters.
        Assert.DoesNotMatch(@"[\u2E80-\u2FDF\uFFFD]", text);
        var printed = new HashSet<char>(sample.Result.Layout.Pages.SelectMany(p => p.Lines).SelectMany(l => l.Text));
        Assert.All(squeezed.Where(c => !char.IsWhiteSpace(c)), c => Assert.Contains(c, printed));
    }

    [SkippableTheory]
    [MemberData(nameof(SampleData), MemberType = typeof(PdfTestSupport))]
    public void Fonts_are_embedded_subset_cid_fonts_never_type_3(string agency, int year)
    {
        RequireTool("pdffonts");
        var sample = Sample(agency, year);
        var (exit, listing) = Run("pdffonts", sample.Path);
        Assert.Equal(0, exit);
        var rows = listing.Split('\n').Skip(2).Where(l => l.Trim().Length > 0).ToList();

        Assert.Equal(sample.Result.SubsetBytes.Count, rows.Count);
        Assert.All(rows, row =>
        {
            Assert.Matches(@"\+\S+\s+CID (TrueType|Type 0C)\s+Identity-H\s+yes\s+yes\s+yes\s", row);
        });
        Assert.DoesNotContain("Type 3", listing);
    }

    [Theory]
    [MemberData(nameof(SampleData), MemberType = typeof(PdfTestSupport))]
    public void Each_embedded_font_program_is_the_documents_subset(string agency, int year)
    {
        var sample = Sample(agency, year);
        var text = Encoding.Latin1.GetString(sample.Bytes);
        var trueType = FontFilePattern().Matches(text)
            .Select(m => (Raw: int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), Compressed: int.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))
            .ToList();
        var cff = CffFontFilePattern().Matches(text).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();

        // The serializer embeds exactly the subset: one program per face, never the whole .ttc (21 MB for UMing,
        // 20 MB for a Noto CJK weight). A TrueType subset goes in whole (FontFile2, /Length1 = its size); of a CFF
        // subset only its CFF table (FontFile3 /CIDFontType0C), which is smaller than the subset font.
        Assert.Equal(sample.Result.SubsetBytes.Count, trueType.Count + cff.Count);
        Assert.All(trueType, p => Assert.Contains(p.Raw, sample.Result.SubsetBytes.Values));
        Assert.All(trueType, p => Assert.True(p.Raw < 1_000_000, $"font program of {p.Raw} bytes"));
        Assert.All(trueType.Select(p => p.Compressed).Concat(cff), c => Assert.True(c < 150_000, $"compressed font program of {c} bytes"));
        foreach (var (face, size) in sample.Result.SubsetBytes)
            output.WriteLine($"{sample} {face}: {size} bytes raw");
        foreach (var p in trueType)
            output.WriteLine($"{sample} FontFile2: /Length1 {p.Raw}, deflated /Length {p.Compressed}");
        foreach (var c in cff)
            output.WriteLine($"{sample} FontFile3 /CIDFontType0C: deflated /Length {c}");
    }

    [SkippableTheory]
    [MemberData(nameof(SampleData), MemberType = typeof(PdfTestSupport))]
    public void Qpdf_finds_no_errors_and_lists_the_outline(string agency, int year)
    {
        RequireTool("qpdf");
        var sample = Sample(agency, year);
        var (exit, check) = Run("qpdf", "--check", sample.Path);
        Assert.Equal(0, exit);
        Assert.Contains("No syntax or stream encoding errors found", check);
        Assert.DoesNotContain("WARNING", check);

        var (jsonExit, json) = Run("qpdf", "--json", "--json-key=outlines", sample.Path);
        Assert.Equal(0, jsonExit);
        using var parsed = System.Text.Json.JsonDocument.Parse(json);
        var titles = new List<(int Depth, string Title)>();
        void Walk(System.Text.Json.JsonElement items, int depth)
        {
            foreach (var item in items.EnumerateArray())
            {
                titles.Add((depth, item.GetProperty("title").GetString()!));
                Assert.True(item.GetProperty("dest").GetArrayLength() > 0, "every outline item has a destination");
                Walk(item.GetProperty("kids"), depth + 1);
            }
        }
        Walk(parsed.RootElement.GetProperty("outlines"), 0);
        var expected = sample.Document.Blocks.OfType<Heading>().Where(h => h.Level is 2 or 3)
            .Select(h => (h.Level - 2, InlineText.ToSingleLine(h.Inlines))).ToList();
        Assert.Equal(expected, titles);
    }

    [Theory]
    [MemberData(nameof(SampleData), MemberType = typeof(PdfTestSupport))]
    public void Properties_come_from_the_data_never_the_clock(string agency, int year)
    {
        var sample = Sample(agency, year);
        using var pdf = PdfDocument.Open(sample.Bytes);

        Assert.Equal(sample.Metadata.Title, pdf.Information.Title);
        Assert.Equal(sample.Metadata.Author, pdf.Information.Author);
        if (sample.Metadata.PublishedOn is { } date)
            Assert.Equal($"D:{date:yyyyMMdd}000000+08'00'", pdf.Information.CreationDate);
        else
            Assert.Null(pdf.Information.CreationDate);
        Assert.Null(pdf.Information.ModifiedDate);
        Assert.Equal("GovReportGen", pdf.Information.Creator);
        Assert.DoesNotContain("Skia", pdf.Information.Producer);
    }

    [Fact]
    public void Page_numbers_sit_below_the_body_odd_right_even_left()
    {
        var sample = Sample("zaozhuang-shizhong-kjj", 2024);
        var geometry = Geometry;
        foreach (var page in sample.Result.Layout.Pages)
        {
            var number = Assert.Single(page.Lines, l => l.Text.StartsWith('—'));
            Assert.Equal($"— {page.Number} —", number.Text);
            Assert.Equal(14, number.Size);
            if (page.IsOdd)
                Assert.Equal(geometry.Right - 14, number.Right, 2);
            else
                Assert.Equal(geometry.Left + 14, number.X, 2);
            // The dash stroke, not the baseline, is 7 mm below the 版心 (about 28 mm above the paper's edge).
            var run = page.Ops.OfType<GlyphRunOp>().Single(r => r.Text.StartsWith('—'));
            var extents = run.Face.Extents(run.Glyphs[0])!.Value;
            var strokeCentre = run.Y[0] - (extents.YBearing + extents.Height / 2.0) * run.Size / run.Face.UnitsPerEm;
            Assert.Equal(geometry.Bottom + 7 * 72 / 25.4, strokeCentre, 2);
            Assert.InRange(842 - strokeCentre, 78, 81);
        }
    }

    [Fact]
    public void Signature_keeps_two_characters_from_the_right_and_the_date_two_right_of_the_name()
    {
        var sample = Sample("zaozhuang-shizhong-kjj", 2024);
        var signature = sample.Document.Blocks.OfType<Signature>().Single();
        var name = InlineText.ToPlainText(signature.Lines[0].Inlines);
        var date = InlineText.ToPlainText(signature.Lines[1].Inlines);
        var lines = sample.Result.Layout.Pages[^1].Lines;
        var nameLine = lines.Single(l => l.Text == name);
        var dateLine = lines.Single(l => l.Text == date);
        var twoCharacters = Geometry.Indent;

        Assert.Equal(nameLine.Top + 28.95, dateLine.Top, 3);
        Assert.Equal(nameLine.X + twoCharacters, dateLine.X, 2);
        Assert.Equal(Geometry.Right - twoCharacters, Math.Max(nameLine.Right, dateLine.Right), 2);
    }

    [Fact]
    public void Second_render_is_byte_identical_and_parallel_rendering_matches_serial()
    {
        var documents = Samples.Select(s => SampleDocument(s.Agency, s.Year)).ToList();
        var serial = documents.Select(d => SHA256.HashData(WriteBytes(d.Document, d.Metadata, out _))).ToList();
        var again = documents.Select(d => SHA256.HashData(WriteBytes(d.Document, d.Metadata, out _))).ToList();
        var parallel = new byte[documents.Count][];
        Parallel.For(0, documents.Count * 3, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var hash = SHA256.HashData(WriteBytes(documents[i % documents.Count].Document, documents[i % documents.Count].Metadata, out _));
            lock (parallel)
            {
                if (parallel[i % documents.Count] is { } earlier)
                    Assert.Equal(earlier, hash);
                parallel[i % documents.Count] = hash;
            }
        });

        Assert.Equal(serial, again);
        Assert.Equal(serial, parallel);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhitespacePattern();

    [GeneratedRegex(@"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"/Length1 (\d+)\s*/Filter\s*/FlateDecode\s*/Length (\d+)")]
    private static partial Regex FontFilePattern();

    [GeneratedRegex(@"/Subtype /CIDFontType0C\s*/Filter\s*/FlateDecode\s*/Length (\d+)")]
    private static partial Regex CffFontFilePattern();
}

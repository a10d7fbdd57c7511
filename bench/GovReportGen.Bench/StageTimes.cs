using GovReportGen.Formats;
using System.Diagnostics;
using System.Globalization;
using GovReportGen.Data;
using GovReportGen.Templating;
using GovReportGen.Theme;
using GovReportGen.Validation;
using GovReportGen.Writers;
using GovReportGen.Writers.Docx;
using GovReportGen.Writers.Html;
using GovReportGen.Writers.Pdf;
using GovReportGen.Writers.Pdf.Drawing;
using GovReportGen.Writers.Pdf.Finishing;
using GovReportGen.Writers.Pdf.Serializing;

namespace GovReportGen.Bench;

/// <summary>
/// Where one report's time goes: each stage of the pipeline run on one thread, many times over, after a
/// warm-up, so the per-stage figures are CPU time per report free of parallel noise.
/// </summary>
public static class StageTimes
{
    public static void Run(string templates, string work, int repeat)
    {
        var data = Path.Combine(work, "data");
        SyntheticData.Write(data, repeat);
        var dirs = DataLayout.AgencyDirectories(data);
        var templater = new ReportTemplater(new TemplateSources(templates, work));
        var pdfOptions = PdfWriterOptions.For(ThemeSpec.ForTemplates(templates));
        var times = new Dictionary<string, TimeSpan>();
        void Time(string stage, Action action)
        {
            var clock = Stopwatch.StartNew();
            action();
            times[stage] = times.GetValueOrDefault(stage) + clock.Elapsed;
        }

        var sizes = new Dictionary<System.IO.Compression.CompressionLevel, long>();
        for (var pass = 0; pass < 2; pass++)
        {
            times.Clear();
            sizes.Clear();
            for (var i = 0; i < repeat; i++)
            {
                var dir = dirs[i % dirs.Count];
                AgencyFolder folder = null!;
                Time("load", () => folder = FormatRegistry.Loader.LoadAgency(dir, work));
                ValidationResult validation = null!;
                Time("validate", () => validation = FormatRegistry.Validator.Validate(new DataSet(data, new[] { folder }), new DateOnly(2026, 3, 1)));
                var report = validation.Reports[0].Loaded.Data!;
                TemplateResult result = null!;
                Time("template+markup", () => result = templater.Render(report));
                var document = result.Document!;
                var metadata = new DocumentMetadata(document.Title, report.Agency.Name ?? "", report.PublishedOn, report.Year);
                Time("html", () => new HtmlReportWriter().Write(document, metadata, Stream.Null));
                Time("docx", () => new DocxReportWriter().Write(document, metadata, Stream.Null));
                PdfLayout layout = null!;
                Time("pdf layout", () => layout = PdfWriter.Layout(document, pdfOptions));
                IReadOnlyDictionary<Writers.Pdf.Fonts.LoadedFace, Writers.Pdf.Fonts.FontSubset> subsets = null!;
                Time("pdf subset", () => subsets = PdfWriter.Subset(layout.Pages));
                byte[] painted = null!;
                Time("pdf paint (skia)", () => painted = SkiaPainter.Paint(layout.Pages, subsets, pdfOptions.Geometry));
                Time("pdf finish (skia)", () => PdfFinisher.Finish(painted, layout.Outline, metadata));
                Time("pdf serialize (direct)", () => PdfSerializer.Serialize(layout, subsets, pdfOptions.Geometry, metadata));
                // The deflate level, chosen by measurement: time and size of each (not counted in "all").
                foreach (var level in new[] { System.IO.Compression.CompressionLevel.Fastest, System.IO.Compression.CompressionLevel.SmallestSize })
                {
                    PdfObjectWriter.Compression = level;
                    Time($"pdf serialize at {level} (skia)", () => sizes[level] = sizes.GetValueOrDefault(level) + PdfSerializer.Serialize(layout, subsets, pdfOptions.Geometry, metadata).Length);
                    PdfObjectWriter.Compression = System.IO.Compression.CompressionLevel.Optimal;
                }
                sizes[System.IO.Compression.CompressionLevel.Optimal] = sizes.GetValueOrDefault(System.IO.Compression.CompressionLevel.Optimal) + PdfSerializer.Serialize(layout, subsets, pdfOptions.Geometry, metadata).Length;
            }
        }
        // Both PDF backends run on every report; "all" counts the direct one (the writer's), not Skia's.
        var total = times.Where(t => !t.Key.EndsWith("(skia)", StringComparison.Ordinal)).Aggregate(TimeSpan.Zero, (a, b) => a + b.Value);
        Console.WriteLine("| stage | ms per report | share |");
        Console.WriteLine("|---|---:|---:|");
        foreach (var (stage, time) in times)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {stage} | {time.TotalMilliseconds / repeat:0.00} | {time / total:P0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| all | {total.TotalMilliseconds / repeat:0.00} | |"));
        foreach (var (level, size) in sizes)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Direct PDF at deflate {level}: mean {size / repeat / 1024.0:0.0} KB"));
    }
}

/// <summary>
/// How each PDF stage scales from one thread to one per core on the same prepared documents: a stage whose
/// throughput does not grow is serialised somewhere (a lock of ours, or one inside a native library).
/// </summary>
public static class StageScaling
{
    public static void Run(string templates, string work, int count)
    {
        var data = Path.Combine(work, "data");
        SyntheticData.Write(data, count);
        var templater = new ReportTemplater(new TemplateSources(templates, work));
        var pdfOptions = PdfWriterOptions.For(ThemeSpec.ForTemplates(templates));
        var documents = DataLayout.AgencyDirectories(data).Select(dir =>
        {
            var folder = FormatRegistry.Loader.LoadAgency(dir, work);
            var report = FormatRegistry.Validator.Validate(new DataSet(data, new[] { folder }), new DateOnly(2026, 3, 1)).Reports[0].Loaded.Data!;
            var document = templater.Render(report).Document!;
            return (Document: document, Metadata: new DocumentMetadata(document.Title, report.Agency.Name ?? "", report.PublishedOn, report.Year));
        }).ToList();
        var layouts = documents.Select(d => PdfWriter.Layout(d.Document, pdfOptions)).ToList();
        var subsets = layouts.Select(l => PdfWriter.Subset(l.Pages)).ToList();

        var stages = new (string Name, Action<int> Work)[]
        {
            ("docx", i => new DocxReportWriter().Write(documents[i].Document, documents[i].Metadata, Stream.Null)),
            ("pdf layout", i => PdfWriter.Layout(documents[i].Document, pdfOptions)),
            ("pdf subset", i => PdfWriter.Subset(layouts[i].Pages)),
            ("pdf paint (skia)", i => SkiaPainter.Paint(layouts[i].Pages, subsets[i], pdfOptions.Geometry)),
            ("pdf serialize (direct)", i => PdfSerializer.Serialize(layouts[i], subsets[i], pdfOptions.Geometry, documents[i].Metadata)),
        };
        Console.WriteLine($"| stage | 1 thread, documents/s | {Environment.ProcessorCount} threads, documents/s | speed-up |");
        Console.WriteLine("|---|---:|---:|---:|");
        foreach (var (name, work1) in stages)
        {
            double Rate(int threads)
            {
                var clock = Stopwatch.StartNew();
                Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, work1);
                return documents.Count / clock.Elapsed.TotalSeconds;
            }
            // Best of three each, alternating, so tiered JIT and caches have settled for both.
            double one = 0, all = 0;
            for (var round = 0; round < 3; round++)
            {
                one = Math.Max(one, Rate(1));
                all = Math.Max(all, Rate(Environment.ProcessorCount));
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {one:0} | {all:0} | {all / one:0.00}× |"));
        }
    }
}

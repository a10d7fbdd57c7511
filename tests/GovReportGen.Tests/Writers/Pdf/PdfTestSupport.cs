using GovReportGen.Formats;
using GovReportGen.Theme;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using GovReportGen.Data;
using GovReportGen.Documents;
using GovReportGen.Templating;
using GovReportGen.Tests.Support;
using GovReportGen.Writers;
using GovReportGen.Writers.Pdf;
using GovReportGen.Writers.Pdf.Fonts;
using GovReportGen.Writers.Pdf.Layout;

namespace GovReportGen.Tests.Writers.Pdf;

/// <summary>Fonts, shaped text and rendered samples for the PDF writer's tests, all from the repository's theme.</summary>
internal static class PdfTestSupport
{
    public static string ThemeDirectory => Path.Combine(RepoPaths.Templates, "theme");

    public static PdfWriterOptions Options { get; } = new(ThemeDirectory);

    public static PageGeometry Geometry => PageGeometry.Default;

    /// <summary>Fonts resolved for text printed in one role (and the page number).</summary>
    public static DocumentFonts Fonts(string text, FontRole role = FontRole.Body)
    {
        var usage = new CodePointUsage();
        usage.Add(role, text);
        var theme = FontTheme.Load(ThemeDirectory);
        return DocumentFonts.Resolve(theme, Options.LoadCatalog(theme), usage);
    }

    /// <summary>Body text shaped as the writer shapes it: 16 pt, full-width characters on the 15.79 pt grid.</summary>
    public static ImmutableArray<Cluster> Body(string text) =>
        Shaper.Shape(InlineCollector.Plain(text, FontRole.Body), Fonts(text), new TextStyle(Geometry.BodySize, Geometry.BodyTracking));

    /// <summary>Lines of body text broken at <paramref name="width"/> (no indent), as strings.</summary>
    public static IReadOnlyList<string> BreakBody(string text, double width)
    {
        var clusters = Body(text);
        return LineBreaker.Break(clusters, width, width)
            .Select(span => LineFinalizer.Finish(clusters, span, 0, width, TextAlign.Justify).Text)
            .ToList();
    }

    public static double FullLine => Geometry.BodyWidth;

    public static Document Parse(string markup) => Tests.Documents.ReportTables.Parse(markup);

    public static PdfLayout Layout(string markup) => PdfWriter.Layout(Parse(markup), Options);

    public static DocumentMetadata Metadata(string title = "测试报告") => new(title, "测试机关", new DateOnly(2025, 1, 15), 2024);

    // ---- the sample agencies, rendered once per test run ----

    public static readonly (string Agency, int Year)[] Samples =
    [
        ("chaoyang-kjj", 2024),
        ("ningbo-yinzhou-kjj", 2024),
        ("zaozhuang-shizhong-kjj", 2024),
        ("zaozhuang-yicheng-kjj", 2020),
        ("zhengzhou-erqi-kjj", 2023),
    ];

    public static IEnumerable<object[]> SampleData => Samples.Select(s => new object[] { s.Agency, s.Year });

    private static readonly Lazy<DataSet> SampleSet = new(() => FormatRegistry.Loader.LoadAll(RepoPaths.Data, RepoPaths.Root));
    private static readonly ConcurrentDictionary<(string, int), Lazy<RenderedSample>> Rendered = new();

    public static (Document Document, DocumentMetadata Metadata) SampleDocument(string agency, int year)
    {
        var loaded = SampleSet.Value.Find(agency, year) ?? throw new InvalidOperationException($"no sample {agency} {year}");
        var data = loaded.Data ?? throw new InvalidOperationException($"sample {agency} {year} did not load");
        var result = new ReportTemplater(new TemplateSources(RepoPaths.Templates, RepoPaths.Root)).Render(data);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var document = result.Document!;
        return (document, new DocumentMetadata(document.Title, data.Agency.Name ?? agency, data.PublishedOn, data.Year));
    }

    public static byte[] WriteBytes(Document document, DocumentMetadata metadata, out PdfWriteResult result)
    {
        using var stream = new MemoryStream();
        result = PdfWriter.Write(document, metadata, Options, stream);
        return stream.ToArray();
    }

    public static RenderedSample Sample(string agency, int year) =>
        Rendered.GetOrAdd((agency, year), _ => new Lazy<RenderedSample>(() =>
        {
            var (document, metadata) = SampleDocument(agency, year);
            var bytes = WriteBytes(document, metadata, out var result);
            var dir = Path.Combine(Path.GetTempPath(), "grg-pdf-tests", Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Directory.CreateDirectory(dir);
            var path = Path.Combine(dir, $"{agency}-{year}.pdf");
            File.WriteAllBytes(path, bytes);
            return new RenderedSample(agency, year, document, metadata, bytes, result, path);
        })).Value;

    // ---- external tools (poppler-utils, qpdf) ----

    public static bool HasTool(string name) =>
        Environment.GetEnvironmentVariable("PATH")?.Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, name))) == true;

    public static void RequireTool(string name) =>
        Skip.IfNot(HasTool(name), $"{name} is not installed (poppler-utils / qpdf): this check needs it");

    public static (int Exit, string Output) Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output + error.Result);
    }
}

internal sealed record RenderedSample(string Agency, int Year, Document Document, DocumentMetadata Metadata, byte[] Bytes, PdfWriteResult Result, string Path)
{
    public override string ToString() => $"{Agency}-{Year}";
}

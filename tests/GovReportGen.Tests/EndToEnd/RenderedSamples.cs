using GovReportGen.Formats;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using GovReportGen.Data;
using GovReportGen.Data.Model;
using GovReportGen.Pipeline;
using GovReportGen.Writers;

namespace GovReportGen.Tests.EndToEnd;

/// <summary>One sample report: the seed it was typed from and where the run put it.</summary>
public sealed record SampleReport(string Seed, string Agency, int Year, string Format)
{
    public string HtmlRelative => $"reports/{Year}/{Agency}/{Agency}-{Year}.html";

    public override string ToString() => $"{Agency}-{Year}";
}

/// <summary>
/// The sample data rendered once (as `govreport render` would) into a temp folder, shared by every
/// end-to-end test: rendering is the slow part, and the tests only read its output.
/// </summary>
public sealed class RenderedSamples : IDisposable
{
    public static readonly DateOnly Today = new(2026, 3, 1);

    /// <summary>The five seed agencies, in manifest order (year, then agency id).</summary>
    public static readonly IReadOnlyList<SampleReport> Reports = new[]
    {
        new SampleReport("002", "zaozhuang-yicheng-kjj", 2020, "gov-2019"),
        new SampleReport("003", "zhengzhou-erqi-kjj", 2023, "gov-2021"),
        new SampleReport("004", "chaoyang-kjj", 2024, "gov-2021"),
        new SampleReport("001", "ningbo-yinzhou-kjj", 2024, "gov-2021"),
        new SampleReport("000", "zaozhuang-shizhong-kjj", 2024, "gov-2021"),
    };

    public static IEnumerable<object[]> ReportCases() => Reports.Select(r => new object[] { r.Agency, r.Year });

    private readonly TempFolder _folder = new("samples");
    private readonly Dictionary<string, IHtmlDocument> _documents = new();

    public RenderedSamples()
    {
        try
        {
            Summary = Render(EndToEndPaths.Data, OutDir);
            Data = FormatRegistry.Loader.LoadAll(EndToEndPaths.Data, EndToEndPaths.Root);
        }
        catch
        {
            _folder.Dispose();
            throw;
        }
    }

    public string OutDir => _folder.Sub("out");
    public RenderSummary Summary { get; }
    public DataSet Data { get; }

    public static RenderSummary Render(string dataDir, string outDir) =>
        RenderRun.Execute(new RenderOptions(dataDir, EndToEndPaths.Templates, outDir, Formats, Today,
            DisplayRoot: EndToEndPaths.Root));

    /// <summary>Every format; the run builds the writers from the repository's templates folder and its theme.</summary>
    public static IReadOnlyList<string> Formats => WriterRegistry.Names;

    public static SampleReport Report(string agency, int year) => Reports.Single(r => r.Agency == agency && r.Year == year);

    public ReportData ModelOf(SampleReport report)
    {
        var loaded = Data.Find(report.Agency, report.Year);
        Assert.True(loaded?.Data is not null, $"sample data {report} did not load");
        return loaded!.Data!;
    }

    public string HtmlPath(SampleReport report) => Path.Combine(OutDir, report.HtmlRelative);

    public string SiteIndexPath => Path.Combine(OutDir, SiteIndex.RelativePath);

    /// <summary>All pages a reader can open: the five reports and the site index.</summary>
    public IEnumerable<string> Pages => Reports.Select(HtmlPath).Append(SiteIndexPath);

    public IHtmlDocument Html(SampleReport report)
    {
        var path = HtmlPath(report);
        Assert.True(File.Exists(path), $"{report}: no HTML at {path}");
        lock (_documents)
        {
            if (!_documents.TryGetValue(path, out var doc))
                _documents[path] = doc = Parse(path);
            return doc;
        }
    }

    public static IHtmlDocument Parse(string path) => new HtmlParser().ParseDocument(File.ReadAllText(path));

    public void Dispose() => _folder.Dispose();
}

[CollectionDefinition(Name)]
public sealed class EndToEndCollection : ICollectionFixture<RenderedSamples>
{
    public const string Name = "EndToEnd";
}

using GovReportGen.Formats;
using GovReportGen.Data;
using GovReportGen.Data.Model;
using GovReportGen.Templating;
using GovReportGen.Tests.Support;
using GovReportGen.Writers;
using GovReportGen.Writers.Docx;
using Document = GovReportGen.Documents.Document;

namespace GovReportGen.Tests.Writers.Docx;

/// <summary>One sample report rendered through the real templates, and its DOCX.</summary>
public sealed record DocxSample(string AgencyId, int Year, ReportData Data, Document Document, DocumentMetadata Metadata, byte[] Docx)
{
    public override string ToString() => $"{AgencyId}-{Year}";
}

/// <summary>The five sample reports of data/agencies, rendered once per test run.</summary>
public static class DocxSamples
{
    private static readonly Lazy<IReadOnlyList<DocxSample>> Rendered = new(RenderAll);

    public static IReadOnlyList<DocxSample> All => Rendered.Value;

    public static DocxSample Get(string agencyId) => All.Single(s => s.AgencyId == agencyId);

    /// <summary>The agency ids, for theories (xunit serialises strings, not samples).</summary>
    public static TheoryData<string> Ids
    {
        get
        {
            var ids = new TheoryData<string>();
            foreach (var folder in Directory.GetDirectories(Path.Combine(RepoPaths.Data, "agencies")).Order(StringComparer.Ordinal))
                ids.Add(Path.GetFileName(folder));
            return ids;
        }
    }

    public static (Document Document, DocumentMetadata Metadata) Render(ReportData data)
    {
        var templater = new ReportTemplater(new TemplateSources(RepoPaths.Templates));
        var result = templater.Render(data);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var document = result.Document!;
        return (document, new DocumentMetadata(document.Title, data.Agency.Name ?? data.Agency.Id, data.PublishedOn, data.Year));
    }

    private static IReadOnlyList<DocxSample> RenderAll()
    {
        var dataSet = FormatRegistry.Loader.LoadAll(RepoPaths.Data);
        var samples = new List<DocxSample>();
        foreach (var report in dataSet.Agencies.SelectMany(a => a.Reports).OrderBy(r => r.AgencyId, StringComparer.Ordinal))
        {
            Assert.True(report.LoadedCleanly, $"{report.File}: " + string.Join("\n", report.Diagnostics));
            var (document, metadata) = Render(report.Data!);
            samples.Add(new DocxSample(report.AgencyId, report.Year, report.Data!, document, metadata, DocxWriter.WriteToBytes(document, metadata)));
        }
        Assert.Equal(5, samples.Count);
        return samples;
    }
}

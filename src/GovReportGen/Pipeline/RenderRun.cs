using GovReportGen.Data;
using GovReportGen.Data.Model;
using GovReportGen.Diagnostics;
using GovReportGen.Templating;
using GovReportGen.Validation;
using GovReportGen.Writers;

namespace GovReportGen.Pipeline;

public sealed record RenderOptions(
    string DataDir,
    string TemplatesDir,
    string OutDir,
    IReadOnlyList<IReportWriter> Writers,
    DateOnly Today,
    ValidationFilter? Filter = null,
    string? DisplayRoot = null);

public sealed record RenderSummary(IReadOnlyList<ManifestEntry> Reports, IReadOnlyList<Diagnostic> Other)
{
    public int Rendered => Reports.Count(r => r.Status != "error");
    public int WithErrors => Reports.Count(r => r.Status == "error");
    public int WithWarnings => Reports.Count(r => r.Status == "warnings");
    public bool HasErrors => WithErrors > 0 || Other.Any(d => d.IsError);
}

/// <summary>
/// One run: load and validate everything, render each report that has no errors through the templates
/// into every requested format, then write the site index and, last, the manifest. A failing report
/// stops only itself.
/// </summary>
public static class RenderRun
{
    public static string ReportPath(string agencyId, int year, string extension) =>
        $"reports/{year}/{agencyId}/{agencyId}-{year}.{extension}";

    public static RenderSummary Execute(RenderOptions options, Action<ManifestEntry>? onReport = null)
    {
        var data = ReportLoader.LoadAll(options.DataDir, options.DisplayRoot);
        var validation = Validator.Validate(data, options.Today, options.Filter);
        var templater = new ReportTemplater(new TemplateSources(options.TemplatesDir, options.DisplayRoot));
        var entries = new List<ManifestEntry>();
        foreach (var report in validation.Reports)
        {
            var entry = RenderOne(report, templater, options);
            entries.Add(entry);
            onReport?.Invoke(entry);
        }
        AtomicFile.WriteAllBytes(Path.Combine(options.OutDir, SiteIndex.RelativePath), SiteIndex.Write(entries));
        AtomicFile.WriteAllBytes(Path.Combine(options.OutDir, Manifest.FileName), Manifest.Serialize(entries));
        return new RenderSummary(Manifest.Sort(entries), validation.Other);
    }

    private static ManifestEntry RenderOne(ReportValidation validated, ReportTemplater templater, RenderOptions options)
    {
        var data = validated.Loaded.Data;
        var name = data?.Agency.Name ?? validated.AgencyId;
        var diagnostics = validated.Diagnostics.ToList();
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (data is not null && !validated.HasErrors)
        {
            var result = templater.Render(data);
            diagnostics.AddRange(result.Diagnostics);
            if (result.Succeeded)
            {
                var metadata = Metadata(data, result.Document!);
                foreach (var writer in options.Writers)
                {
                    var relative = ReportPath(data.Agency.Id, data.Year, writer.Extension);
                    AtomicFile.Write(Path.Combine(options.OutDir, relative), stream => writer.Write(result.Document!, metadata, stream));
                    files[writer.Format] = relative;
                }
            }
        }
        var status = diagnostics.Any(d => d.IsError) ? "error" : diagnostics.Count > 0 ? "warnings" : "ok";
        return new ManifestEntry(validated.AgencyId, name, validated.Year, data?.Format.Id, status, files, diagnostics);
    }

    private static DocumentMetadata Metadata(ReportData data, Documents.Document document) =>
        new(document.Title, data.Agency.Name ?? data.Agency.Id, data.PublishedOn, data.Year);
}

using System.Collections.Concurrent;
using GovReportGen.Data;
using GovReportGen.Data.Model;
using GovReportGen.Diagnostics;
using GovReportGen.IO;
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
    string? DisplayRoot = null)
{
    /// <summary>Render even reports whose inputs are unchanged since the last run into this out folder.</summary>
    public bool Force { get; init; }

    /// <summary>Which part of the agencies this machine renders (<c>--shard K/N</c>).</summary>
    public Shard Shard { get; init; } = Shard.All;

    /// <summary>Reports rendered at once; defaults to the number of cores.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;
}

/// <summary>How one report was handled in this run.</summary>
public enum ReportOutcome
{
    Rendered,
    /// <summary>Inputs unchanged since the last run: the earlier output and diagnostics are kept.</summary>
    Unchanged,
    /// <summary>Errors: nothing written.</summary>
    Failed,
}

public sealed record RenderSummary(IReadOnlyList<ManifestEntry> Reports, IReadOnlyList<Diagnostic> Other, int Unchanged)
{
    public int Rendered => Reports.Count(r => r.Status != "error");
    public int WithErrors => Reports.Count(r => r.Status == "error");
    public int WithWarnings => Reports.Count(r => r.Status == "warnings");
    public bool HasErrors => WithErrors > 0 || Other.Any(d => d.IsError);
}

/// <summary>
/// One run over agencies × years: each agency folder is loaded, validated and rendered on its own, on
/// all cores, and dropped, so memory does not grow with the number of agencies. A report whose inputs
/// are unchanged is skipped; every file is written atomically; the site index and, last, the manifest
/// are written from the sorted entries, so the output is the same whatever the degree of parallelism.
/// </summary>
public static class RenderRun
{
    public static string ReportPath(string agencyId, int year, string extension) =>
        $"reports/{year}/{agencyId}/{agencyId}-{year}.{extension}";

    /// <summary>How many reports a run will handle (for a progress bar), without reading any file.</summary>
    public static int CountReports(RenderOptions options)
    {
        var filter = options.Filter ?? ValidationFilter.All;
        return ReportLoader.AgencyDirectories(options.DataDir)
            .Where(d => options.Shard.Contains(Path.GetFileName(d)) && (filter.AgencyId is null || Path.GetFileName(d) == filter.AgencyId))
            .Sum(d => ReportLoader.YearFiles(d).Count(y => filter.Year is null || y.Year == filter.Year));
    }

    public static RenderSummary Execute(RenderOptions options, Action<ManifestEntry>? onReport = null) =>
        Execute(options, onReport is null ? null : (entry, _) => onReport(entry));

    public static RenderSummary Execute(RenderOptions options, Action<ManifestEntry, ReportOutcome>? onReport)
    {
        var filter = options.Filter ?? ValidationFilter.All;
        var agencyDirs = ReportLoader.AgencyDirectories(options.DataDir)
            .Where(d => options.Shard.Contains(Path.GetFileName(d)))
            .Where(d => filter.AgencyId is null || Path.GetFileName(d) == filter.AgencyId)
            .ToList();
        var context = new RunContext(options, new ReportTemplater(new TemplateSources(options.TemplatesDir, options.DisplayRoot)));

        var perAgency = new (List<ManifestEntry> Entries, List<Diagnostic> Other)[agencyDirs.Count];
        var unchanged = 0;
        Parallel.For(0, agencyDirs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Parallelism) }, i =>
        {
            var result = RenderAgency(agencyDirs[i], context, filter, (entry, outcome) =>
            {
                if (outcome == ReportOutcome.Unchanged) Interlocked.Increment(ref unchanged);
                onReport?.Invoke(entry, outcome);
            });
            perAgency[i] = result;
        });

        var entries = Manifest.Sort(perAgency.SelectMany(a => a.Entries));
        AtomicFile.Replace(Path.Combine(options.OutDir, SiteIndex.RelativePath), SiteIndex.Write(entries));
        AtomicFile.Replace(Path.Combine(options.OutDir, Manifest.FileName), Manifest.Serialize(entries));
        return new RenderSummary(entries, perAgency.SelectMany(a => a.Other).ToList(), unchanged);
    }

    /// <summary>Per-run state shared by all agencies (read-only after construction, or thread-safe).</summary>
    private sealed class RunContext(RenderOptions options, ReportTemplater templater)
    {
        public RenderOptions Options { get; } = options;
        public ReportTemplater Templater { get; } = templater;
        public RenderCache Cache { get; } = new(options.OutDir);

        /// <summary>Everything every report depends on alike, hashed once per run.</summary>
        public string RunFingerprint { get; } = new InputFingerprint()
            .Add("tool", InputFingerprint.ToolVersion)
            .Add("today-year", options.Today.Year.ToString())
            .Add("display-root", ReportLoader.Display(options.DataDir, options.DisplayRoot))
            .Add("templates-display", ReportLoader.Display(options.TemplatesDir, options.DisplayRoot))
            .Add("theme", InputFingerprint.HashOfFolder(Path.Combine(options.TemplatesDir, "theme")))
            .Add("writers", string.Join(";", options.Writers.Select(w => w.Fingerprint)))
            .Finish();

        /// <summary>
        /// The whole templates folder, for reports that failed: a template error leaves no list of the partials
        /// the report included, so any template change must retry it.
        /// </summary>
        public Lazy<string> AllTemplates { get; } = new(() => InputFingerprint.HashOfFolder(options.TemplatesDir));
    }

    private static (List<ManifestEntry>, List<Diagnostic>) RenderAgency(string dir, RunContext run, ValidationFilter filter, Action<ManifestEntry, ReportOutcome> report)
    {
        var agencyId = Path.GetFileName(dir);
        var years = ReportLoader.YearFiles(dir).Where(y => filter.Year is null || y.Year == filter.Year).ToList();
        var entries = new List<ManifestEntry>();
        var pending = new List<int>();
        foreach (var (year, _) in years)
        {
            if (!run.Options.Force && TryReuse(dir, agencyId, year, run) is { } kept)
            {
                entries.Add(kept);
                report(kept, ReportOutcome.Unchanged);
            }
            else pending.Add(year);
        }
        if (pending.Count == 0 && years.Count > 0) return (entries, new List<Diagnostic>());

        var folder = ReportLoader.LoadAgency(dir, run.Options.DisplayRoot);
        var data = new DataSet(run.Options.DataDir, new[] { folder });
        var validation = Validator.Validate(data, run.Options.Today, new ValidationFilter(agencyId, filter.Year));
        foreach (var validated in validation.Reports.Where(r => pending.Contains(r.Year)))
        {
            var (entry, names) = RenderOne(validated, run);
            entries.Add(entry);
            if (ReportLoader.AgencyIdPattern().IsMatch(agencyId) && folder.Agency is not null)
                run.Cache.Write(new RenderCache.Record(Fingerprint(dir, validated.Year, names, entry.Format, entry.Status == "error", run), names, entry));
            report(entry, entry.Status == "error" ? ReportOutcome.Failed : ReportOutcome.Rendered);
        }
        return (entries, validation.Other.ToList());
    }

    private static ManifestEntry? TryReuse(string dir, string agencyId, int year, RunContext run)
    {
        var record = run.Cache.Read(agencyId, year);
        if (record is null) return null;
        if (record.Fingerprint != Fingerprint(dir, year, record.TemplateNames, record.Entry.Format, record.Entry.Status == "error", run)) return null;
        if (record.Entry.Files.Values.Any(f => !File.Exists(Path.Combine(run.Options.OutDir, f)))) return null;
        var wanted = run.Options.Writers.Select(w => w.Format).Order(StringComparer.Ordinal);
        if (record.Entry.Status != "error" && !wanted.SequenceEqual(record.Entry.Files.Keys.Order(StringComparer.Ordinal))) return null;
        return record.Entry;
    }

    /// <summary>
    /// The inputs of one report: its data files (and last year's, which cross-year rules read, and whether
    /// earlier years exist), and each template name it included as it resolves now — so a new agency
    /// override or an edited partial re-renders exactly the reports that include it.
    /// </summary>
    private static string Fingerprint(string dir, int year, IReadOnlyList<string> templateNames, string? formatId, bool failed, RunContext run)
    {
        var agencyId = Path.GetFileName(dir);
        var fp = new InputFingerprint()
            .Add("run", run.RunFingerprint)
            .Add("agency", agencyId)
            .Add("year", year.ToString())
            .AddFile("agency.yaml", Path.Combine(dir, ReportLoader.AgencyFileName))
            .AddFile("this-year", Path.Combine(dir, $"{year}.yaml"))
            .AddFile("last-year", Path.Combine(dir, $"{year - 1}.yaml"))
            .Add("earlier-years", ReportLoader.YearFiles(dir).Any(y => y.Year < year - 1) ? "yes" : "no");
        foreach (var name in templateNames)
        {
            var resolved = formatId is null ? null : run.Templater.Sources.Resolve(name, formatId, agencyId);
            fp.Add("template", name).Add("resolved", resolved);
            if (resolved is not null) fp.Add("content", run.Templater.Sources.Read(resolved));
        }
        if (failed) fp.Add("all-templates", run.AllTemplates.Value);
        return fp.Finish();
    }

    private static (ManifestEntry Entry, IReadOnlyList<string> TemplateNames) RenderOne(ReportValidation validated, RunContext run)
    {
        var data = validated.Loaded.Data;
        var name = data?.Agency.Name ?? validated.AgencyId;
        var diagnostics = validated.Diagnostics.ToList();
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        IReadOnlyList<string> names = Array.Empty<string>();
        if (data is not null && !validated.HasErrors)
        {
            var result = run.Templater.Render(data);
            names = result.TemplateNames;
            diagnostics.AddRange(result.Diagnostics);
            if (result.Succeeded)
            {
                var metadata = Metadata(data, result.Document!);
                foreach (var writer in run.Options.Writers)
                {
                    var relative = ReportPath(data.Agency.Id, data.Year, writer.Extension);
                    AtomicFile.Replace(Path.Combine(run.Options.OutDir, relative), stream => writer.Write(result.Document!, metadata, stream));
                    files[writer.Format] = relative;
                }
            }
        }
        var status = diagnostics.Any(d => d.IsError) ? "error" : diagnostics.Count > 0 ? "warnings" : "ok";
        if (status == "error") RemoveEarlierOutput(validated.AgencyId, validated.Year, run);
        return (new ManifestEntry(validated.AgencyId, name, validated.Year, data?.Format.Id, status, files, diagnostics), names);
    }

    /// <summary>A report that now fails must not leave last run's files to be published beside the new manifest.</summary>
    private static void RemoveEarlierOutput(string agencyId, int year, RunContext run)
    {
        if (!ReportLoader.AgencyIdPattern().IsMatch(agencyId)) return;
        foreach (var extension in WriterRegistry.KnownFormats)
        {
            var path = Path.Combine(run.Options.OutDir, ReportPath(agencyId, year, extension));
            if (File.Exists(path)) File.Delete(path);
        }
    }

    private static DocumentMetadata Metadata(ReportData data, Documents.Document document) =>
        new(document.Title, data.Agency.Name ?? data.Agency.Id, data.PublishedOn, data.Year);
}

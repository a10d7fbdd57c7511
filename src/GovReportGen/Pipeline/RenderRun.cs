using GovReportGen.Formats;
using System.Collections.Concurrent;
using GovReportGen.Data;
using GovReportGen.Data.Model;
using GovReportGen.Diagnostics;
using GovReportGen.IO;
using GovReportGen.Templating;
using GovReportGen.Theme;
using GovReportGen.Validation;
using GovReportGen.Writers;

namespace GovReportGen.Pipeline;

/// <summary>
/// One run's inputs. <paramref name="Formats"/> names the outputs (<see cref="WriterRegistry.Names"/>); the run
/// builds their writers from its own templates folder, so the theme always comes from <c>TemplatesDir/theme</c>.
/// </summary>
public sealed record RenderOptions(
    string DataDir,
    string TemplatesDir,
    string OutDir,
    IReadOnlyList<string> Formats,
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
    public int Rendered => Reports.Count(r => r.Status != ReportStatus.Error);
    public int WithErrors => Reports.Count(r => r.Status == ReportStatus.Error);
    public int WithWarnings => Reports.Count(r => r.Status == ReportStatus.Warnings);
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
        return DataLayout.AgencyDirectories(options.DataDir)
            .Where(d => options.Shard.Contains(Path.GetFileName(d)) && (filter.AgencyId is null || Path.GetFileName(d) == filter.AgencyId))
            .Sum(d => DataLayout.YearFiles(d).Count(y => filter.Year is null || y.Year == filter.Year));
    }

    public static RenderSummary Execute(RenderOptions options, Action<ManifestEntry>? onReport = null) =>
        Execute(options, onReport is null ? null : (entry, _) => onReport(entry));

    public static RenderSummary Execute(RenderOptions options, Action<ManifestEntry, ReportOutcome>? onReport)
    {
        var filter = options.Filter ?? ValidationFilter.All;
        var agencyDirs = DataLayout.AgencyDirectories(options.DataDir)
            .Where(d => options.Shard.Contains(Path.GetFileName(d)))
            .Where(d => filter.AgencyId is null || Path.GetFileName(d) == filter.AgencyId)
            .ToList();
        var setUp = StageClock.Measure("set up run");
        using var outputFolder = OutputFolder.Acquire(options.OutDir, new[] { options.DataDir, options.TemplatesDir }, takeOver: options.Force);
        var writers = WriterRegistry.Create(options.Formats, WriterSettings.ForTemplates(options.TemplatesDir));
        var previous = PreviousManifest(options.OutDir);
        var context = new RunContext(options, new ReportTemplater(new TemplateSources(options.TemplatesDir, options.DisplayRoot)), writers, previous);
        setUp.Dispose();

        context.WritersSideBySide = agencyDirs.Count < options.Parallelism;
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
        // A run over part of the reports (--agency, --year, --shard) keeps the others' entries: the published site
        // stays whole. Within the part, files the new entries no longer list are removed and delisted.
        bool InScope(ManifestEntry e) => options.Shard.Contains(e.Agency)
            && (filter.AgencyId is null || e.Agency == filter.AgencyId) && (filter.Year is null || e.Year == filter.Year);
        RemoveFilesNoLongerListed(previous.Where(InScope), entries, options.OutDir);
        var published = Manifest.Sort(previous.Where(e => !InScope(e)).Concat(entries));
        SiteIndex.WriteTo(options.OutDir, published);
        AtomicFile.Replace(Path.Combine(options.OutDir, Manifest.FileName), Manifest.Serialize(published));
        return new RenderSummary(entries, perAgency.SelectMany(a => a.Other).ToList(), unchanged);
    }

    /// <summary>
    /// Files an earlier run wrote for a report this run handled but does not list now (a format left out of
    /// --formats, a report whose year file is gone). Only paths a render gives that report are touched.
    /// </summary>
    private static void RemoveFilesNoLongerListed(IEnumerable<ManifestEntry> before, IReadOnlyList<ManifestEntry> now, string outDir)
    {
        var current = now.ToDictionary(e => (e.Agency, e.Year), e => e.Files.Values.ToHashSet(StringComparer.Ordinal));
        foreach (var old in before)
        {
            if (!DataLayout.AgencyIdPattern().IsMatch(old.Agency)) continue;
            var kept = current.TryGetValue((old.Agency, old.Year), out var files) ? files : new HashSet<string>(StringComparer.Ordinal);
            var ours = WriterRegistry.Formats.Select(f => ReportPath(old.Agency, old.Year, f.Extension)).ToHashSet(StringComparer.Ordinal);
            foreach (var relative in old.Files.Values.Where(f => ours.Contains(f) && !kept.Contains(f)))
            {
                var path = Path.Combine(outDir, relative);
                if (File.Exists(path)) File.Delete(path);
            }
            var folder = Path.GetDirectoryName(Path.Combine(outDir, ReportPath(old.Agency, old.Year, "")))!;
            if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
        }
    }

    /// <summary>Per-run state shared by all agencies (read-only after construction, or thread-safe).</summary>
    private sealed class RunContext(RenderOptions options, ReportTemplater templater, IReadOnlyList<IReportWriter> writers, IReadOnlyList<ManifestEntry> previous)
    {
        public RenderOptions Options { get; } = options;
        public ReportTemplater Templater { get; } = templater;

        /// <summary>This run's writers, built from its templates folder's theme.</summary>
        public IReadOnlyList<IReportWriter> Writers { get; } = writers;
        public RenderCache Cache { get; } = new(options.OutDir);

        /// <summary>The PDF fonts' coverage when this run writes PDF and its theme loads (otherwise the writer reports it).</summary>
        public Lazy<Writers.Pdf.Fonts.FontCoverage?> PdfFonts { get; } = new(() =>
            writers.Any(w => w.Format == "pdf") ? PrintabilityOfValidation.TryFonts(options.TemplatesDir, out _) : null);

        /// <summary>The files the last run's manifest lists per report: the only ones a failing report may remove.</summary>
        public IReadOnlyDictionary<(string Agency, int Year), IReadOnlyCollection<string>> PreviousFiles { get; } =
            previous.GroupBy(e => (e.Agency, e.Year)).ToDictionary(g => g.Key, g => (IReadOnlyCollection<string>)g.SelectMany(e => e.Files.Values).ToList());

        /// <summary>Everything every report depends on alike, hashed once per run.</summary>
        public string RunFingerprint { get; } = new InputFingerprint()
            .Add("tool", InputFingerprint.ToolVersion)
            .Add("today-year", options.Today.Year.ToString())
            .Add("display-root", DataLayout.Display(options.DataDir, options.DisplayRoot))
            .Add("templates-display", DataLayout.Display(options.TemplatesDir, options.DisplayRoot))
            .Add("theme", InputFingerprint.HashOfFolder(ThemeSpec.DirectoryFor(options.TemplatesDir)))
            .Add("writers", string.Join(";", writers.Select(w => w.Fingerprint)))
            .Finish();

        /// <summary>
        /// The whole templates folder, for reports that failed: a template error leaves no list of the partials
        /// the report included, so any template change must retry it.
        /// </summary>
        /// <summary>True when the run has fewer agencies than workers: each report's writers then run side by side.</summary>
        public bool WritersSideBySide { get; set; }

        private int _warming;

        public void StartWarmingFonts()
        {
            if (Writers.Any(w => w.Format == "pdf") && Interlocked.Exchange(ref _warming, 1) == 0)
                _ = Task.Run(WarmFonts);
        }

        /// <summary>Resolves the PDF fonts of every role ahead of the first report (errors surface where they did).</summary>
        private void WarmFonts()
        {
            try
            {
                using (StageClock.Measure("warm fonts"))
                    if (PdfFonts.Value is { } coverage)
                        foreach (var role in Enum.GetValues<FontRole>())
                            coverage.Covers(role, '\u4E00');
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The report that needs the fonts meets the same failure and reports it.
            }
        }

        public Lazy<string> AllTemplates { get; } = new(() => InputFingerprint.HashOfFolder(options.TemplatesDir));
    }

    private static (List<ManifestEntry>, List<Diagnostic>) RenderAgency(string dir, RunContext run, ValidationFilter filter, Action<ManifestEntry, ReportOutcome> report)
    {
        var agencyId = Path.GetFileName(dir);
        var years = DataLayout.YearFiles(dir).Where(y => filter.Year is null || y.Year == filter.Year).ToList();
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
        // The first report to render opens the PDF fonts (theme, catalog scan, faces) on a pool thread while its data
        // loads and validates; a run whose reports are all unchanged never scans the fonts.
        run.StartWarmingFonts();

        AgencyFolder folder;
        using (StageClock.Measure("load agency"))
            folder = FormatRegistry.Loader.LoadAgency(dir, run.Options.DisplayRoot);
        var data = new DataSet(run.Options.DataDir, new[] { folder });
        Validation.ValidationResult validation;
        using (StageClock.Measure("validate"))
            validation = FormatRegistry.Validator.Validate(data, run.Options.Today, new ValidationFilter(agencyId, filter.Year));
        foreach (var validated in validation.Reports.Where(r => pending.Contains(r.Year)))
        {
            var (entry, names) = RenderOne(dir, validated, run);
            entries.Add(entry);
            var failed = entry.Status == ReportStatus.Error;
            if (DataLayout.AgencyIdPattern().IsMatch(agencyId) && folder.Agency is not null)
                run.Cache.Write(new RenderCache.Record(Fingerprint(dir, validated.Year, names, entry.Format, failed, run), names, entry));
            report(entry, failed ? ReportOutcome.Failed : ReportOutcome.Rendered);
        }
        return (entries, validation.Other.ToList());
    }

    private static ManifestEntry? TryReuse(string dir, string agencyId, int year, RunContext run)
    {
        var record = run.Cache.Read(agencyId, year);
        if (record is null) return null;
        var failed = record.Entry.Status == ReportStatus.Error;
        if (record.Fingerprint != Fingerprint(dir, year, record.TemplateNames, record.Entry.Format, failed, run)) return null;
        if (record.Entry.Files.Values.Any(f => !File.Exists(Path.Combine(run.Options.OutDir, f)))) return null;
        var wanted = run.Writers.Select(w => w.Format).Order(StringComparer.Ordinal);
        if (!failed && !wanted.SequenceEqual(record.Entry.Files.Keys.Order(StringComparer.Ordinal))) return null;
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
            .AddFile("agency.yaml", Path.Combine(dir, DataLayout.AgencyFileName))
            .AddFile("this-year", Path.Combine(dir, $"{year}.yaml"))
            .AddFile("last-year", Path.Combine(dir, $"{year - 1}.yaml"))
            .Add("earlier-years", DataLayout.YearFiles(dir).Any(y => y.Year < year - 1) ? "yes" : "no");
        foreach (var name in templateNames)
        {
            var resolved = formatId is null ? null : run.Templater.Sources.Resolve(name, formatId, agencyId);
            fp.Add("template", name).Add("resolved", resolved);
            if (resolved is not null) fp.Add("content", run.Templater.Sources.Read(resolved));
        }
        if (failed) fp.Add("all-templates", run.AllTemplates.Value);
        return fp.Finish();
    }

    /// <summary>
    /// Runs every writer on the report; the exception of each writer that failed, by writer. A run with fewer reports
    /// than workers (a cold <c>render --agency X</c>) runs the writers side by side, the PDF on its own thread, so the
    /// DOCX no longer waits for it (MAINTAINING.md, “Runtime”); a bigger run keeps every worker on its own report.
    /// </summary>
    private static Exception?[] WriteAll(Documents.Document document, Writers.DocumentMetadata metadata, Data.Model.ReportData data, RunContext run)
    {
        var failures = new Exception?[run.Writers.Count];
        void Write(int i)
        {
            var writer = run.Writers[i];
            try
            {
                using (StageClock.Measure("write " + writer.Format))
                    AtomicFile.Replace(Path.Combine(run.Options.OutDir, ReportPath(data.Agency.Id, data.Year, writer.Extension)),
                        stream => writer.Write(document, metadata, stream));
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                failures[i] = e;
            }
        }
        if (run.WritersSideBySide && run.Writers.Count > 1)
        {
            // The slowest writer (PDF) first on its own task; the others one after another on this thread.
            var order = Enumerable.Range(0, run.Writers.Count).OrderBy(i => run.Writers[i].Format == "pdf" ? 0 : 1).ToArray();
            var first = Task.Run(() => Write(order[0]));
            foreach (var i in order.Skip(1)) Write(i);
            first.Wait();
        }
        else
        {
            for (var i = 0; i < run.Writers.Count; i++)
            {
                Write(i);
                if (failures[i] is not null) break;
            }
        }
        return failures;
    }

    private static (ManifestEntry Entry, IReadOnlyList<string> TemplateNames) RenderOne(string dir, ReportValidation validated, RunContext run)
    {
        var data = validated.Loaded.Data;
        var name = data?.Agency.Name ?? validated.AgencyId;
        var diagnostics = validated.Diagnostics.ToList();
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var written = new List<string>();
        IReadOnlyList<string> names = Array.Empty<string>();
        // The same font check validate runs: a character no PDF font has is named at its data line, before rendering.
        using (StageClock.Measure("font coverage check"))
            if (data is not null && !validated.HasErrors && run.PdfFonts.Value is { } fonts)
                diagnostics.AddRange(PrintabilityCheck.Check(data, fonts, dir));
        if (data is not null && !diagnostics.Any(d => d.IsError))
        {
            TemplateResult result;
            using (StageClock.Measure("template"))
                result = run.Templater.Render(data);
            names = result.TemplateNames;
            diagnostics.AddRange(result.Diagnostics);
            if (result.Succeeded)
            {
                var metadata = Metadata(data, result.Document!);
                var failures = WriteAll(result.Document!, metadata, data, run);
                for (var i = 0; i < run.Writers.Count; i++)
                {
                    var relative = ReportPath(data.Agency.Id, data.Year, run.Writers[i].Extension);
                    if (failures[i] is { } e)
                    {
                        // What one writer fails on (a character no font has, a bug) costs this report only; the first
                        // failure in writer order is the one reported, as when the writers ran one after another.
                        diagnostics.Add(WriterFailed(run.Writers[i], e, dir, validated, names, run));
                        files.Clear();
                        written.AddRange(run.Writers.Select((w, k) => (w, k)).Where(x => x.k > i && failures[x.k] is null)
                            .Select(x => ReportPath(data.Agency.Id, data.Year, x.w.Extension)));
                        break;
                    }
                    files[run.Writers[i].Format] = relative;
                    written.Add(relative);
                }
            }
        }
        var status = ReportStatuses.Of(diagnostics);
        if (status == ReportStatus.Error) RemoveEarlierOutput(validated.AgencyId, validated.Year, written, run);
        return (new ManifestEntry(validated.AgencyId, name, validated.Year, data?.Format.Id, status, files, diagnostics).WithPublishingOf(data), names);
    }

    /// <summary>
    /// GRG6001 for a report a writer could not write, in Chinese, naming the format and the reason. A character
    /// no font has is located where it was typed: the first place in the year file, else in agency.yaml, else in a
    /// template the report included; a broken theme on the theme file; otherwise the diagnostic points at the year file.
    /// </summary>
    private static Diagnostic WriterFailed(IReportWriter writer, Exception e, string dir, ReportValidation validated, IReadOnlyList<string> templateNames, RunContext run)
    {
        var reason = e switch
        {
            ReportWriterException => e.Message,
            IOException or UnauthorizedAccessException => $"写入文件失败：{IO.SafeRead.Describe(e)}",
            // The English text of an internal failure helps nobody reading a report list; its type names it for us.
            _ => $"程序内部错误（{e.GetType().Name}），请将此报告的数据和模板提交给维护者",
        };
        var span = SourceSpan.StartOf(validated.Loaded.File);
        // A broken theme is the templates' fault: put it there, not on every year file.
        if (e is ReportWriterException { SourceFile: { } source } located)
            span = new SourceSpan(DataLayout.Display(source, run.Options.DisplayRoot), located.SourcePosition?.Line ?? 1, located.SourcePosition?.Column ?? 1);
        if (e is ReportWriterException { MissingCharacters: [var first, ..] })
            span = Locate(first, Path.Combine(dir, $"{validated.Year}.yaml"), validated.Loaded.File)
                // The agency's name and parent are printed too (the title, the signature).
                ?? Locate(first, Path.Combine(dir, DataLayout.AgencyFileName), DataLayout.Display(Path.Combine(dir, DataLayout.AgencyFileName), run.Options.DisplayRoot))
                ?? LocateInTemplates(first, templateNames, validated, run)
                ?? span;
        return new Diagnostic(ReportWriterException.DiagnosticId, Severity.Error, span,
            $"{writer.Format.ToUpperInvariant()} 输出生成失败：{reason}");
    }

    private static SourceSpan? LocateInTemplates(int codePoint, IReadOnlyList<string> templateNames, ReportValidation validated, RunContext run)
    {
        if (validated.Loaded.Data is not { } data) return null;
        foreach (var name in templateNames)
        {
            if (run.Templater.Sources.Resolve(name, data.Format.Id, validated.AgencyId) is not { } resolved) continue;
            if (run.Templater.Sources.Read(resolved) is { } text && Locate(codePoint, text) is { } at)
                return new SourceSpan(run.Templater.Sources.Display(resolved), at.Line, at.Column);
        }
        return null;
    }

    private static SourceSpan? Locate(int codePoint, string path, string display)
    {
        try
        {
            return File.Exists(path) && Locate(codePoint, File.ReadAllText(path)) is { } at ? new SourceSpan(display, at.Line, at.Column) : null;
        }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
    }

    /// <summary>The 1-based line and column (in characters) of the first <paramref name="codePoint"/> in <paramref name="text"/>.</summary>
    private static (int Line, int Column)? Locate(int codePoint, string text)
    {
        var index = text.IndexOf(char.ConvertFromUtf32(codePoint), StringComparison.Ordinal);
        if (index < 0) return null;
        var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
        var line = 1 + text.AsSpan(0, lineStart).Count('\n');
        var column = 1 + text[lineStart..index].EnumerateRunes().Count();
        return (line, column);
    }

    /// <summary>
    /// A report that now fails must not leave this or last run's files to be published beside the new manifest.
    /// Only files our own records say we wrote are removed — this run's, the last manifest's and the cache's —
    /// so a file someone put at a report's path by hand is left alone.
    /// </summary>
    private static void RemoveEarlierOutput(string agencyId, int year, IEnumerable<string> writtenNow, RunContext run)
    {
        if (!DataLayout.AgencyIdPattern().IsMatch(agencyId)) return;
        var ours = new HashSet<string>(writtenNow, StringComparer.Ordinal);
        if (run.PreviousFiles.TryGetValue((agencyId, year), out var listed)) ours.UnionWith(listed);
        if (run.Cache.Read(agencyId, year) is { } record) ours.UnionWith(record.Entry.Files.Values);
        var expected = WriterRegistry.Formats.Select(f => ReportPath(agencyId, year, f.Extension)).ToHashSet(StringComparer.Ordinal);
        foreach (var relative in ours.Where(expected.Contains))
        {
            var path = Path.Combine(run.Options.OutDir, relative);
            if (File.Exists(path)) File.Delete(path);
        }
        // The report's own folder, if it is now empty: nothing to publish there.
        var folder = Path.GetDirectoryName(Path.Combine(run.Options.OutDir, ReportPath(agencyId, year, "")))!;
        if (Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
    }

    /// <summary>The last run's manifest entries in this folder; none when there is no manifest or it is not ours to read.</summary>
    private static IReadOnlyList<ManifestEntry> PreviousManifest(string outDir)
    {
        var path = Path.Combine(outDir, Manifest.FileName);
        try
        {
            return File.Exists(path) ? Manifest.Read(path) : Array.Empty<ManifestEntry>();
        }
        // A manifest we cannot read lists nothing we may keep or delete; the run writes a whole new one.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return Array.Empty<ManifestEntry>();
        }
    }

    private static DocumentMetadata Metadata(ReportData data, Documents.Document document) =>
        new(document.Title, data.Agency.Name ?? data.Agency.Id, data.PublishedOn, data.Year);
}

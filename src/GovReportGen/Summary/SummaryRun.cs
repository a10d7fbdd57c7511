using GovReportGen.Data;
using GovReportGen.Diagnostics;
using GovReportGen.Formats;
using GovReportGen.Hierarchy;
using GovReportGen.IO;
using GovReportGen.Pipeline;
using GovReportGen.Validation;
using GovReportGen.Writers;
using GovReportGen.Writers.Docx;
using GovReportGen.Writers.Html;

namespace GovReportGen.Summary;

/// <summary>What <c>govreport summary</c> is asked for.</summary>
/// <param name="OutDir">The output folder, shared with <c>render</c> (default <c>artifacts</c>); the summary writes under its <c>summary/</c>.</param>
/// <param name="Formats">Names among <see cref="SummaryRun.OutputFormats"/>.</param>
/// <param name="ParentId">Sum only the agencies whose <c>parent_id</c> chain leads to this agency.</param>
public sealed record SummaryOptions(
    string DataDir,
    string TemplatesDir,
    string OutDir,
    int Year,
    IReadOnlyList<string> Formats,
    DateOnly Today,
    string? ParentId = null,
    string? DisplayRoot = null)
{
    /// <summary>Write into a non-empty folder that holds no GovReportGen output (the user said so).</summary>
    public bool Force { get; init; }
}

public enum SummaryStatus
{
    /// <summary>The summary was written (some reports may still be excluded or missing: see the summary).</summary>
    Written,

    /// <summary>The request names nothing that exists (an unknown parent, a year nobody has): nothing written.</summary>
    UsageError,

    /// <summary>With a parent, the parent_id links are broken (GRG7002, GRG7003), so who belongs is unknown: nothing written.</summary>
    HierarchyErrors,
}

/// <param name="Problem">For <see cref="SummaryStatus.UsageError"/>: the Chinese message.</param>
/// <param name="Diagnostics">The errors of the excluded reports, or the hierarchy errors that stopped the run.</param>
/// <param name="Files">The files written, relative to the output folder, in format order.</param>
public sealed record SummaryResult(SummaryStatus Status, string? Problem, RegionSummary? Summary, IReadOnlyList<Diagnostic> Diagnostics, IReadOnlyList<string> Files);

/// <summary>
/// <c>govreport summary</c>: loads the data folder, validates the year's reports as <c>validate</c> does, sums 表二, 表三 and
/// 表四 over the reports without errors (those <c>render</c> would publish) of every agency, or of the agencies under a
/// parent, and writes the summary as HTML and DOCX through the report writers. The files go to <c>summary/&lt;year&gt;/</c> of
/// the render output folder, under the same ownership marker and lock as a render run, so the two never interleave;
/// render deletes only files its own records list, so it leaves them alone. Same inputs, same bytes: nothing from the
/// clock, the machine or the working directory enters the document.
/// </summary>
public static class SummaryRun
{
    /// <summary>The formats a summary can be written in (the PDF writer is for the official reports).</summary>
    public static readonly IReadOnlyList<string> OutputFormats = [HtmlReportWriter.FormatName, DocxReportWriter.FormatName];

    public const string FolderName = "summary";

    /// <summary><c>summary/2024/summary-2024.html</c>, or <c>summary/2024/summary-2024-&lt;parent&gt;.html</c> for a parent's agencies.</summary>
    public static string RelativePath(int year, string? parentId, string extension) =>
        $"{FolderName}/{year}/summary-{year}{(parentId is null ? "" : "-" + parentId)}.{extension}";

    public static SummaryResult Execute(SummaryOptions options)
    {
        var data = FormatRegistry.Loader.LoadAll(options.DataDir, options.DisplayRoot);
        var tree = AgencyTree.Of(data);

        IReadOnlyList<AgencyFolder> scope = data.Agencies;
        IReadOnlyList<AgencyFolder> unplaced = Array.Empty<AgencyFolder>();
        string? parentName = null;
        if (options.ParentId is { } parentId)
        {
            var parent = data.Agencies.FirstOrDefault(a => a.Id == parentId);
            if (parent is null) return Usage(UnknownParent(parentId, options.DataDir, tree.FolderIds));
            if (tree.Problems.Count > 0)
                return new SummaryResult(SummaryStatus.HierarchyErrors, null, null, tree.Problems.Select(p => p.Diagnostic).ToList(), Array.Empty<string>());
            var below = tree.DescendantsOf(parentId).ToHashSet(StringComparer.Ordinal);
            if (below.Count == 0)
                return Usage($"机关“{parentId}”没有下属机关：没有机关的上级机关链（agency.yaml 的 parent_id）通向它");
            scope = data.Agencies.Where(a => below.Contains(a.Id)).ToList();
            // An agency whose agency.yaml did not load has no known parent: it may belong here, so it is listed, not dropped.
            unplaced = data.Agencies.Where(a => a.Agency is null && a.Id != parentId && !below.Contains(a.Id)).ToList();
            parentName = parent.Agency?.Name is { Length: > 0 } name ? name : parentId;
        }

        var years = scope.SelectMany(YearsOf).Distinct().Order().ToList();
        if (!years.Contains(options.Year))
        {
            var whose = options.ParentId is null ? "" : $"“{options.ParentId}”的下属机关";
            return Usage($"{whose}没有 {options.Year} 年度的数据文件" + (years.Count == 0 ? "" : $"（已有的年度：{string.Join("、", years)}）"));
        }

        var validation = FormatRegistry.Validator.Validate(data, options.Today, new ValidationFilter(Year: options.Year));
        var validated = validation.Reports.ToDictionary(r => r.AgencyId, StringComparer.Ordinal);
        var included = new List<Data.Model.ReportData>();
        var excluded = new List<ExcludedReport>();
        var missing = new List<MissingAgency>();
        foreach (var folder in scope)
        {
            var label = RegionSummary.Label(folder.Agency, folder.Id);
            if (!validated.TryGetValue(folder.Id, out var report))
                missing.Add(new MissingAgency(folder.Id, label, YearsOf(folder)));
            else if (report.HasErrors || report.Loaded.Data is null)
                excluded.Add(new ExcludedReport(folder.Id, label, report.File, report.Diagnostics.Where(d => d.IsError).ToList()));
            else
                included.Add(report.Loaded.Data);
        }
        foreach (var folder in unplaced)
            if (validated.TryGetValue(folder.Id, out var report))
                excluded.Add(new ExcludedReport(folder.Id, folder.Id, report.File, report.Diagnostics.Where(d => d.IsError).ToList(), ScopeUnknown: true));

        var summary = RegionSummary.Of(options.Year, options.ParentId, parentName, included, excluded, missing);
        var files = Write(summary, options);
        return new SummaryResult(SummaryStatus.Written, null, summary, excluded.SelectMany(e => e.Errors).ToList(), files);
    }

    private static IReadOnlyList<string> Write(RegionSummary summary, SummaryOptions options)
    {
        using var folder = OutputFolder.Acquire(options.OutDir, new[] { options.DataDir, options.TemplatesDir }, takeOver: options.Force);
        var writers = WriterRegistry.Create(options.Formats, WriterSettings.ForTemplates(options.TemplatesDir));
        var document = SummaryMarkup.Build(summary);
        // The author is the government the summary is for, when there is one; no date, since the data gives none for a summary.
        var metadata = new DocumentMetadata(document.Title, summary.ParentName ?? "", PublishedOn: null, summary.Year);
        var written = new List<string>();
        foreach (var writer in writers)
        {
            var relative = RelativePath(summary.Year, summary.ParentId, writer.Extension);
            AtomicFile.Replace(Path.Combine(folder.Path, relative), stream => writer.Write(document, metadata, stream));
            written.Add(relative);
        }
        // A format left out this time must not leave last run's figures beside the new ones: the name is this command's own.
        foreach (var format in OutputFormats.Except(options.Formats, StringComparer.Ordinal))
        {
            var stale = Path.Combine(folder.Path, RelativePath(summary.Year, summary.ParentId, WriterRegistry.Find(format)!.Extension));
            if (File.Exists(stale)) File.Delete(stale);
        }
        return written;
    }

    /// <summary>The years an agency folder has year files for, whether or not they loaded.</summary>
    private static IReadOnlyList<int> YearsOf(AgencyFolder folder) =>
        folder.Reports.Count > 0 ? folder.Reports.Select(r => r.Year).Distinct().Order().ToList() : DataLayout.YearFiles(folder.Path).Select(y => y.Year).ToList();

    private static string UnknownParent(string parentId, string dataDir, IReadOnlyList<string> folders)
    {
        var closest = DidYouMean.Closest(parentId, folders, Math.Max(2, parentId.Length / 4));
        return $"没有找到机关“{parentId}”（{Path.Combine(dataDir, "agencies", parentId)}）" + (closest is null ? "" : $"，是否应为“{closest}”？");
    }

    private static SummaryResult Usage(string problem) =>
        new(SummaryStatus.UsageError, problem, null, Array.Empty<Diagnostic>(), Array.Empty<string>());
}

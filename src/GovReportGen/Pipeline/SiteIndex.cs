using System.Text.RegularExpressions;
using GovReportGen.Writers;
using GovReportGen.Writers.Html;

namespace GovReportGen.Pipeline;

/// <summary>
/// Hands the run's manifest entries to the review dashboard writer as its model — sorted, each with the links of
/// the formats that were built (in the registry's order and with the registry's labels), its diagnostics and its
/// publishing date and deadline — and writes the pages: <c>site/index.html</c> and one page per report under
/// <c>site/reports/</c>. Pages of reports no longer in the manifest are removed.
/// </summary>
public static partial class SiteIndex
{
    public const string RelativePath = SiteIndexWriter.RelativePath;

    /// <summary>The folder of the per-report pages, relative to the out folder.</summary>
    public const string ReportPagesFolder = "site/reports";

    /// <summary>Every page of the site, in a fixed order (the index first), from the manifest entries alone.</summary>
    public static IReadOnlyList<SitePage> Pages(IEnumerable<ManifestEntry> entries) =>
        SiteIndexWriter.Write(Manifest.Sort(entries).Select(Entry).ToList());

    /// <summary>The index page's bytes.</summary>
    public static byte[] Write(IEnumerable<ManifestEntry> entries) =>
        Pages(entries).Single(p => p.RelativePath == RelativePath).Content;

    /// <summary>True for a file of the site this class writes (the index or a per-report page).</summary>
    public static bool IsSitePage(string relative) => relative == RelativePath || ReportPagePattern().IsMatch(relative);

    /// <summary>
    /// Writes every page atomically (from all entries, like the manifest) and removes the per-report pages of
    /// reports no longer listed.
    /// </summary>
    public static void WriteTo(string outDir, IEnumerable<ManifestEntry> entries)
    {
        var pages = Pages(entries);
        foreach (var page in pages) IO.AtomicFile.Replace(Path.Combine(outDir, page.RelativePath), page.Content);
        RemoveStalePages(outDir, pages.Select(p => p.RelativePath).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Only files with the name of a page this class writes are removed; anything else in the folder stays.</summary>
    private static void RemoveStalePages(string outDir, ISet<string> current)
    {
        var folder = Path.Combine(outDir, ReportPagesFolder);
        if (!Directory.Exists(folder)) return;
        foreach (var yearFolder in Directory.GetDirectories(folder))
        {
            foreach (var file in Directory.GetFiles(yearFolder))
            {
                var relative = Path.GetRelativePath(outDir, file).Replace('\\', '/');
                if (ReportPagePattern().IsMatch(relative) && !current.Contains(relative)) File.Delete(file);
            }
            if (!Directory.EnumerateFileSystemEntries(yearFolder).Any()) Directory.Delete(yearFolder);
        }
        if (!Directory.EnumerateFileSystemEntries(folder).Any()) Directory.Delete(folder);
    }

    [GeneratedRegex(@"^site/reports/\d{4}/[a-z0-9]+(-[a-z0-9]+)*\.html$")]
    private static partial Regex ReportPagePattern();

    private static SiteIndexEntry Entry(ManifestEntry entry) => new(
        entry.Agency,
        entry.Name,
        entry.Year,
        entry.Format,
        entry.Status,
        WriterRegistry.Formats
            .Where(f => entry.Files.ContainsKey(f.Name))
            .Select(f => new SiteIndexLink(f.Label, entry.Files[f.Name]))
            .ToList(),
        entry.Diagnostics,
        new PublishingDates(entry.PublishedOn, entry.Deadline));
}

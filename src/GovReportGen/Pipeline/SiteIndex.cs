using GovReportGen.Writers;
using GovReportGen.Writers.Html;

namespace GovReportGen.Pipeline;

/// <summary>
/// Hands the run's manifest entries to the site index writer as its model: sorted, each with the links of
/// the formats that were built, in the registry's order and with the registry's labels.
/// </summary>
public static class SiteIndex
{
    public const string RelativePath = SiteIndexWriter.RelativePath;

    public static byte[] Write(IEnumerable<ManifestEntry> entries) =>
        SiteIndexWriter.Write(Manifest.Sort(entries).Select(Entry).ToList());

    private static SiteIndexEntry Entry(ManifestEntry entry) => new(
        entry.Name,
        entry.Year,
        entry.Status,
        WriterRegistry.Formats
            .Where(f => entry.Files.ContainsKey(f.Name))
            .Select(f => new SiteIndexLink(f.Label, entry.Files[f.Name]))
            .ToList());
}

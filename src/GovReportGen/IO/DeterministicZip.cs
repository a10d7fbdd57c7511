using System.IO.Compression;

namespace GovReportGen.IO;

/// <summary>
/// Re-writes an Open XML package (an .xlsx made by the SDK) so that the same content gives the same bytes:
/// System.IO.Packaging stamps every entry with the wall clock, so each entry is written again dated 1980-01-01 00:00
/// (the DOS epoch), in a fixed order — [Content_Types].xml, the package relationships, then by name — at one
/// compression level.
/// </summary>
internal static class DeterministicZip
{
    private static readonly DateTimeOffset DosEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Repack(byte[] package)
    {
        using var source = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read);
        var entries = source.Entries
            .OrderBy(e => e.FullName switch { "[Content_Types].xml" => 0, "_rels/.rels" => 1, _ => 2 })
            .ThenBy(e => e.FullName, StringComparer.Ordinal)
            .ToList();
        using var buffer = new MemoryStream();
        using (var target = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = DosEpoch;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return buffer.ToArray();
    }
}

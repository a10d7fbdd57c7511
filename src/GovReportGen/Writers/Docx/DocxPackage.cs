using System.IO.Compression;

namespace GovReportGen.Writers.Docx;

/// <summary>
/// Re-packs the ZIP the SDK wrote so two renders are byte-identical: System.IO.Packaging stamps entries with
/// the wall clock, so every entry is rewritten dated 1980-01-01 00:00 (the DOS epoch, as Word does), in a
/// fixed order ([Content_Types].xml, the package relationships, then by name), at one compression level.
/// </summary>
internal static class DocxPackage
{
    private static readonly DateTimeOffset DosEpoch = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Repack(byte[] package, Stream output)
    {
        var entries = new List<(string Name, byte[] Bytes)>();
        using (var source = new ZipArchive(new MemoryStream(package, writable: false), ZipArchiveMode.Read))
        {
            foreach (var entry in source.Entries)
            {
                using var stream = entry.Open();
                using var bytes = new MemoryStream();
                stream.CopyTo(bytes);
                entries.Add((entry.FullName, bytes.ToArray()));
            }
        }
        entries.Sort((a, b) => Compare(a.Name, b.Name));

        // ZipArchive needs a seekable stream to write sizes in the local headers (no data descriptors).
        using var buffer = new MemoryStream();
        using (var target = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                var entry = target.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = DosEpoch;
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }
        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    private static int Compare(string a, string b)
    {
        var rank = Rank(a).CompareTo(Rank(b));
        return rank != 0 ? rank : string.CompareOrdinal(a, b);
    }

    private static int Rank(string name) => name switch
    {
        "[Content_Types].xml" => 0,
        "_rels/.rels" => 1,
        _ => 2,
    };
}

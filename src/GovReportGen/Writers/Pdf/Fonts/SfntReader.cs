using System.Buffers.Binary;
using System.Text;

namespace GovReportGen.Writers.Pdf.Fonts;

/// <summary>How a face stores its outlines; Skia embeds TrueType (<c>glyf</c>) as CID TrueType but CFF as Type 3.</summary>
public enum OutlineKind
{
    TrueType,
    Cff,
    Unknown,
}

/// <summary>What the catalog needs to know about one face of a font file, read without loading the file.</summary>
public sealed record FaceDescription(
    string Path,
    int Index,
    IReadOnlyList<string> Names,
    string Subfamily,
    int Weight,
    bool Italic,
    OutlineKind Outlines)
{
    public override string ToString() => $"{System.IO.Path.GetFileName(Path)}#{Index}";
}

/// <summary>
/// Reads the sfnt headers of a .ttf/.otf/.ttc: the faces, their table directory and every <c>name</c>-table
/// record. SkiaSharp's font manager cannot match Chinese family names (docs/typesetting.md §2.1), so we match them
/// ourselves, reading only the few kilobytes the headers need, never the outlines.
/// </summary>
internal static class SfntReader
{
    private const uint TtcTag = 0x74746366;    // 'ttcf'
    private const uint NameTag = 0x6E616D65;   // 'name'
    private const uint Os2Tag = 0x4F532F32;    // 'OS/2'
    private const uint GlyfTag = 0x676C7966;   // 'glyf'
    private const uint CffTag = 0x43464620;    // 'CFF '
    private const uint Cff2Tag = 0x43464632;   // 'CFF2'

    // Family (1), full name (4), PostScript name (6), typographic family (16), WWS family (21).
    private static readonly HashSet<int> MatchedNameIds = [1, 4, 6, 16, 21];

    /// <summary>The faces of one font file; an unreadable or malformed file gives none (the catalog skips it).</summary>
    public static IReadOnlyList<FaceDescription> ReadFaces(string path)
    {
        // A FIFO or device dropped among the fonts would block on open; only regular files are fonts.
        if (IO.SafeRead.Inspect(path).Kind != IO.PathKind.RegularFile) return [];
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.RandomAccess);
            var header = ReadAt(stream, 0, 12);
            if (header.Length < 12)
                return [];
            if (BinaryPrimitives.ReadUInt32BigEndian(header) != TtcTag)
                return ReadFace(stream, path, 0, 0) is { } single ? [single] : [];
            var count = (int)Math.Min(BinaryPrimitives.ReadUInt32BigEndian(header.AsSpan(8)), 256);
            var offsets = ReadAt(stream, 12, count * 4);
            var faces = new List<FaceDescription>();
            for (var i = 0; i < count && (i + 1) * 4 <= offsets.Length; i++)
            {
                if (ReadFace(stream, path, i, BinaryPrimitives.ReadUInt32BigEndian(offsets.AsSpan(i * 4))) is { } face)
                    faces.Add(face);
            }
            return faces;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
        {
            return [];
        }
    }

    private static FaceDescription? ReadFace(Stream stream, string path, int index, long offset)
    {
        var head = ReadAt(stream, offset, 12);
        if (head.Length < 12)
            return null;
        var tableCount = BinaryPrimitives.ReadUInt16BigEndian(head.AsSpan(4));
        var directory = ReadAt(stream, offset + 12, tableCount * 16);
        var tables = new Dictionary<uint, (long Offset, int Length)>();
        for (var i = 0; i + 16 <= directory.Length; i += 16)
        {
            var tag = BinaryPrimitives.ReadUInt32BigEndian(directory.AsSpan(i));
            tables[tag] = (BinaryPrimitives.ReadUInt32BigEndian(directory.AsSpan(i + 8)), (int)BinaryPrimitives.ReadUInt32BigEndian(directory.AsSpan(i + 12)));
        }
        var outlines = tables.ContainsKey(GlyfTag) ? OutlineKind.TrueType
            : tables.ContainsKey(CffTag) || tables.ContainsKey(Cff2Tag) ? OutlineKind.Cff
            : OutlineKind.Unknown;

        var names = new List<string>();
        var subfamily = "";
        if (tables.TryGetValue(NameTag, out var name) && name.Length is > 6 and < 4 << 20)
            ReadNames(ReadAt(stream, name.Offset, name.Length), names, ref subfamily);
        if (names.Count == 0)
            return null;

        int weight = 400;
        var italic = false;
        if (tables.TryGetValue(Os2Tag, out var os2) && os2.Length >= 64)
        {
            var table = ReadAt(stream, os2.Offset, 64);
            if (table.Length >= 64)
            {
                weight = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(4));
                italic = (BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(62)) & 1) != 0;
            }
        }
        return new FaceDescription(path, index, names, subfamily, weight, italic, outlines);
    }

    private static void ReadNames(byte[] table, List<string> names, ref string subfamily)
    {
        if (table.Length < 6)
            return;
        var count = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(2));
        var storage = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var at = 6 + i * 12;
            if (at + 12 > table.Length)
                break;
            var platform = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(at));
            var encoding = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(at + 2));
            var nameId = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(at + 6));
            var length = BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(at + 8));
            var start = storage + BinaryPrimitives.ReadUInt16BigEndian(table.AsSpan(at + 10));
            if (start + length > table.Length)
                continue;
            var text = Decode(platform, encoding, table.AsSpan(start, length));
            if (string.IsNullOrWhiteSpace(text))
                continue;
            text = text.Trim('\0', ' ');
            if (MatchedNameIds.Contains(nameId) && !names.Contains(text, StringComparer.OrdinalIgnoreCase))
                names.Add(text);
            if ((nameId == 2 && subfamily.Length == 0) || nameId == 17)
                subfamily = text;
        }
    }

    private static string? Decode(int platform, int encoding, ReadOnlySpan<byte> bytes) => platform switch
    {
        0 or 3 => Encoding.BigEndianUnicode.GetString(bytes),
        1 when encoding == 0 => Encoding.Latin1.GetString(bytes),
        _ => null, // Mac non-Roman scripts: the same names are always present as Unicode records too.
    };

    private static byte[] ReadAt(Stream stream, long offset, int length)
    {
        if (length <= 0 || offset < 0 || offset >= stream.Length)
            return [];
        length = (int)Math.Min(length, stream.Length - offset);
        var buffer = new byte[length];
        stream.Position = offset;
        stream.ReadExactly(buffer);
        return buffer;
    }
}

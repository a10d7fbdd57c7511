using System.Buffers.Binary;
using System.Text;

namespace GovReportGen.Writers.Pdf.Serializing;

/// <summary>The few facts the PDF font objects need from a subset font program (one sfnt, as hb_subset writes it).</summary>
internal sealed class SfntTables
{
    private readonly byte[] _data;
    private readonly Dictionary<string, (int Offset, int Length)> _tables = new(StringComparer.Ordinal);

    public SfntTables(byte[] data)
    {
        _data = data;
        var count = BinaryPrimitives.ReadUInt16BigEndian(data.AsSpan(4));
        for (var i = 0; i < count; i++)
        {
            var record = 12 + 16 * i;
            var tag = Encoding.ASCII.GetString(data, record, 4);
            _tables[tag] = ((int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(record + 8)), (int)BinaryPrimitives.ReadUInt32BigEndian(data.AsSpan(record + 12)));
        }
    }

    /// <summary>CFF outlines ('OTTO' with a CFF table) rather than TrueType glyf.</summary>
    public bool IsCff => _tables.ContainsKey("CFF ");

    public ReadOnlySpan<byte> Table(string tag) =>
        _tables.TryGetValue(tag, out var t) ? _data.AsSpan(t.Offset, t.Length) : throw new InvalidDataException($"no {tag} table");

    public int UnitsPerEm => BinaryPrimitives.ReadUInt16BigEndian(Table("head")[18..]);

    /// <summary>head's xMin, yMin, xMax, yMax in font units.</summary>
    public (int XMin, int YMin, int XMax, int YMax) BoundingBox
    {
        get
        {
            var head = Table("head");
            return (BinaryPrimitives.ReadInt16BigEndian(head[36..]), BinaryPrimitives.ReadInt16BigEndian(head[38..]),
                BinaryPrimitives.ReadInt16BigEndian(head[40..]), BinaryPrimitives.ReadInt16BigEndian(head[42..]));
        }
    }

    /// <summary>The PostScript name (name id 6), or null; Windows UTF-16 records first, then Mac Roman.</summary>
    public string? PostScriptName
    {
        get
        {
            if (!_tables.ContainsKey("name"))
                return null;
            var name = Table("name");
            var count = BinaryPrimitives.ReadUInt16BigEndian(name[2..]);
            var strings = BinaryPrimitives.ReadUInt16BigEndian(name[4..]);
            string? mac = null;
            for (var i = 0; i < count; i++)
            {
                var r = name.Slice(6 + 12 * i, 12);
                if (BinaryPrimitives.ReadUInt16BigEndian(r[6..]) != 6)
                    continue;
                var platform = BinaryPrimitives.ReadUInt16BigEndian(r);
                var length = BinaryPrimitives.ReadUInt16BigEndian(r[8..]);
                var offset = BinaryPrimitives.ReadUInt16BigEndian(r[10..]);
                var bytes = name.Slice(strings + offset, length);
                if (platform == 3)
                    return Encoding.BigEndianUnicode.GetString(bytes);
                if (platform == 1)
                    mac = Encoding.Latin1.GetString(bytes);
            }
            return mac;
        }
    }
}

/// <summary>
/// Reads a CFF table's charset (CFF spec, Adobe TN 5176 §13): in a CID-keyed font it maps each glyph to its CID,
/// which is the code a PDF CIDFontType0 draws by (ISO 32000-1 §9.7.4.2); a name-keyed font draws by glyph id.
/// </summary>
internal static class CffCharset
{
    /// <summary>The CID of every glyph, or null if the font is not CID-keyed (codes are then glyph ids).</summary>
    public static ushort[]? GlyphCids(ReadOnlySpan<byte> cff)
    {
        var position = (int)cff[2];
        position = SkipIndex(cff, position); // Name INDEX
        var topDict = IndexItem(cff, position, 0);
        var entries = ParseDict(topDict);
        if (!entries.ContainsKey(1230) || !entries.TryGetValue(17, out var charStrings))
            return null;
        var glyphCount = BinaryPrimitives.ReadUInt16BigEndian(cff[(int)charStrings[0]..]);
        var cids = new ushort[glyphCount];
        var charset = entries.TryGetValue(15, out var c) ? (int)c[0] : 0;
        if (charset <= 2)
        {
            // Predefined charsets are for name-keyed fonts; a CID font with one is identity.
            for (var g = 0; g < glyphCount; g++)
                cids[g] = (ushort)g;
            return cids;
        }
        var format = cff[charset];
        var p = charset + 1;
        var gid = 1;
        while (gid < glyphCount)
        {
            if (format == 0)
            {
                cids[gid++] = BinaryPrimitives.ReadUInt16BigEndian(cff[p..]);
                p += 2;
                continue;
            }
            var first = BinaryPrimitives.ReadUInt16BigEndian(cff[p..]);
            int left = format == 1 ? cff[p + 2] : BinaryPrimitives.ReadUInt16BigEndian(cff[(p + 2)..]);
            p += format == 1 ? 3 : 4;
            for (var k = 0; k <= left && gid < glyphCount; k++)
                cids[gid++] = (ushort)(first + k);
        }
        return cids;
    }

    private static int SkipIndex(ReadOnlySpan<byte> cff, int position)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(cff[position..]);
        if (count == 0)
            return position + 2;
        var offSize = cff[position + 2];
        var last = Offset(cff, position + 3 + count * offSize, offSize);
        return position + 3 + (count + 1) * offSize + last - 1;
    }

    private static ReadOnlySpan<byte> IndexItem(ReadOnlySpan<byte> cff, int position, int item)
    {
        var offSize = cff[position + 2];
        var count = BinaryPrimitives.ReadUInt16BigEndian(cff[position..]);
        var data = position + 3 + (count + 1) * offSize - 1;
        var start = Offset(cff, position + 3 + item * offSize, offSize);
        var end = Offset(cff, position + 3 + (item + 1) * offSize, offSize);
        return cff.Slice(data + start, end - start);
    }

    private static int Offset(ReadOnlySpan<byte> cff, int at, int size)
    {
        var value = 0;
        for (var i = 0; i < size; i++)
            value = (value << 8) | cff[at + i];
        return value;
    }

    /// <summary>Operator (12 x as 1200 + x) → operands; reals are skipped as 0, the keys used here are integers.</summary>
    private static Dictionary<int, List<double>> ParseDict(ReadOnlySpan<byte> dict)
    {
        var result = new Dictionary<int, List<double>>();
        var operands = new List<double>();
        var i = 0;
        while (i < dict.Length)
        {
            int b = dict[i];
            if (b <= 21)
            {
                var op = b == 12 ? 1200 + dict[++i] : b;
                result[op] = operands;
                operands = [];
                i++;
            }
            else if (b == 28) { operands.Add((short)((dict[i + 1] << 8) | dict[i + 2])); i += 3; }
            else if (b == 29) { operands.Add(BinaryPrimitives.ReadInt32BigEndian(dict[(i + 1)..])); i += 5; }
            else if (b == 30)
            {
                i++;
                while (i < dict.Length && (dict[i] & 0x0F) != 0x0F && (dict[i] >> 4) != 0x0F)
                    i++;
                i++;
                operands.Add(0);
            }
            else if (b is >= 32 and <= 246) { operands.Add(b - 139); i++; }
            else if (b is >= 247 and <= 250) { operands.Add((b - 247) * 256 + dict[i + 1] + 108); i += 2; }
            else if (b is >= 251 and <= 254) { operands.Add(-(b - 251) * 256 - dict[i + 1] - 108); i += 2; }
            else i++;
        }
        return result;
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using GovReportGen.Writers.Pdf.Fonts;

namespace GovReportGen.Writers.Pdf.Serializing;

/// <summary>
/// A document font as PDF objects (ISO 32000-1 §9.7): a Type0 font with Identity-H encoding over a CIDFontType2
/// (TrueType outlines, FontFile2, CIDToGIDMap Identity: codes are the subset's glyph ids) or a CIDFontType0
/// (CFF outlines, FontFile3 /CIDFontType0C: codes are the CFF's CIDs), with /W widths and a ToUnicode CMap built
/// from the text each glyph was shaped from, so copying and searching give back the Document's characters.
/// </summary>
internal sealed class CidFontEmbedder
{
    private readonly LoadedFace _face;
    private readonly FontSubset _subset;
    private readonly SfntTables _tables;
    private readonly ushort[]? _cids;
    private readonly SortedDictionary<ushort, string> _unicode = [];
    private readonly SortedDictionary<ushort, double> _widths = [];
    private readonly Dictionary<ushort, (ushort Code, double Width)> _codes = [];

    public CidFontEmbedder(LoadedFace face, FontSubset subset, string resourceName)
    {
        _face = face;
        _subset = subset;
        _tables = new SfntTables(subset.Bytes);
        _cids = _tables.IsCff ? CffCharset.GlyphCids(_tables.Table("CFF ")) : null;
        ResourceName = resourceName;
    }

    public string ResourceName { get; }

    /// <summary>
    /// The two-byte code drawn for a glyph id of the full face, and its advance in 1/1000 em as /W gives it to the
    /// viewer; records the width and text for /W and ToUnicode.
    /// </summary>
    public ushort Code(ushort fullGlyph, string text, out double width)
    {
        if (_codes.TryGetValue(fullGlyph, out var known))
        {
            if (text.Length > 0)
                _unicode.TryAdd(known.Code, text);
            width = known.Width;
            return known.Code;
        }
        var gid = _subset.Map(fullGlyph);
        var code = _cids is { } cids && gid < cids.Length ? cids[gid] : gid;
        if (!_widths.ContainsKey(code))
            _widths[code] = Math.Round(_face.Font.GetHorizontalGlyphAdvance(fullGlyph) * 1000.0 / _face.UnitsPerEm, 2);
        if (text.Length > 0)
            _unicode.TryAdd(code, text);
        width = _widths[code];
        _codes[fullGlyph] = (code, width);
        return code;
    }

    public void Write(PdfObjectWriter writer, int type0)
    {
        var descendant = writer.Reserve();
        var descriptor = writer.Reserve();
        var program = writer.Reserve();
        var toUnicode = writer.Reserve();
        var baseName = Tag() + "+" + PostScriptName();

        writer.Object(type0, $"<< /Type /Font /Subtype /Type0 /BaseFont /{baseName} /Encoding /Identity-H /DescendantFonts [{descendant} 0 R] /ToUnicode {toUnicode} 0 R >>");

        var cff = _tables.IsCff;
        var dw = _widths.Values.GroupBy(w => w).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => g.Key).FirstOrDefault(1000);
        var cid = new StringBuilder("<< /Type /Font /Subtype /").Append(cff ? "CIDFontType0" : "CIDFontType2")
            .Append(" /BaseFont /").Append(baseName)
            .Append(" /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>")
            .Append(CultureInfo.InvariantCulture, $" /FontDescriptor {descriptor} 0 R /DW {PdfNumber.Format(dw)} /W [");
        AppendWidths(cid, dw);
        cid.Append(']');
        if (!cff)
            cid.Append(" /CIDToGIDMap /Identity");
        writer.Object(descendant, cid.Append(" >>").ToString());

        var scale = 1000.0 / _tables.UnitsPerEm;
        var box = _tables.BoundingBox;
        var extents = _face.Font.TryGetHorizontalFontExtents(out var e) ? e : default;
        var ascent = extents.Ascender * 1000.0 / _face.UnitsPerEm;
        var descent = extents.Descender * 1000.0 / _face.UnitsPerEm;
        writer.Object(descriptor, string.Create(CultureInfo.InvariantCulture,
            $"<< /Type /FontDescriptor /FontName /{baseName} /Flags 4 /FontBBox [{PdfNumber.Format(box.XMin * scale)} {PdfNumber.Format(box.YMin * scale)} {PdfNumber.Format(box.XMax * scale)} {PdfNumber.Format(box.YMax * scale)}]" +
            $" /ItalicAngle 0 /Ascent {PdfNumber.Format(ascent)} /Descent {PdfNumber.Format(descent)} /CapHeight {PdfNumber.Format(ascent)} /StemV 80 /{(cff ? "FontFile3" : "FontFile2")} {program} 0 R >>"));

        if (cff)
            writer.Stream(program, "/Subtype /CIDFontType0C", _tables.Table("CFF "));
        else
            writer.Stream(program, string.Create(CultureInfo.InvariantCulture, $"/Length1 {_subset.Bytes.Length}"), _subset.Bytes);
        writer.Stream(toUnicode, "", Encoding.ASCII.GetBytes(ToUnicodeCMap.Build(_unicode)));
    }

    private void AppendWidths(StringBuilder builder, double dw)
    {
        // Runs of consecutive codes whose width is not the default: c [w1 w2 …].
        int? previous = null;
        var first = true;
        foreach (var (code, width) in _widths)
        {
            if (width == dw)
            {
                if (previous is not null)
                    builder.Append(']');
                previous = null;
                continue;
            }
            if (previous is null || code != previous + 1)
            {
                if (previous is not null)
                    builder.Append(']');
                builder.Append(first ? "" : " ").Append(code.ToString(CultureInfo.InvariantCulture)).Append(" [");
                first = false;
            }
            else
            {
                builder.Append(' ');
            }
            builder.Append(PdfNumber.Format(width));
            previous = code;
        }
        if (previous is not null)
            builder.Append(']');
    }

    private string PostScriptName()
    {
        var name = _tables.PostScriptName ?? Path.GetFileNameWithoutExtension(_face.Description.Path);
        var clean = new StringBuilder();
        foreach (var c in name)
        {
            if (c is > ' ' and < '\u007F' && "#()<>[]{}/%".IndexOf(c) < 0)
                clean.Append(c);
        }
        return clean.Length > 0 ? clean.ToString() : "Font";
    }

    /// <summary>Six capitals from the glyphs used (§9.6.4): different subsets of a face get different tags, the same subset the same.</summary>
    private string Tag()
    {
        var hash = SHA256.HashData(_subset.Bytes);
        return string.Concat(hash.Take(6).Select(b => (char)('A' + b % 26)));
    }
}

/// <summary>The ToUnicode CMap (ISO 32000-1 §9.10.3): two-byte codes to the UTF-16BE text each glyph was shaped from.</summary>
internal static class ToUnicodeCMap
{
    public static string Build(IReadOnlyDictionary<ushort, string> map)
    {
        var cmap = new StringBuilder();
        cmap.Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var chunk in map.Chunk(100))
        {
            cmap.Append(CultureInfo.InvariantCulture, $"{chunk.Length} beginbfchar\n");
            foreach (var (code, text) in chunk)
            {
                cmap.Append('<').Append(code.ToString("X4", CultureInfo.InvariantCulture)).Append("> <");
                foreach (var c in text)
                    cmap.Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                cmap.Append(">\n");
            }
            cmap.Append("endbfchar\n");
        }
        cmap.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.ToString();
    }
}

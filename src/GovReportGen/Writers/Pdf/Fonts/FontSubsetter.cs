using System.Collections.Immutable;
using System.Runtime.InteropServices;

namespace GovReportGen.Writers.Pdf.Fonts;

/// <summary>
/// A face's per-document subset: the font program to embed, and where each glyph id the layout used (an id of
/// the full face) lives in it.
/// </summary>
internal sealed record FontSubset(byte[] Bytes, ImmutableDictionary<ushort, ushort> NewGlyphIds)
{
    /// <summary>The subset's id of a glyph of the full face; a glyph that is not in the subset is a bug upstream.</summary>
    public ushort Map(ushort glyph) => NewGlyphIds.TryGetValue(glyph, out var mapped)
        ? mapped
        : throw new InvalidOperationException($"glyph {glyph} is not in the subset");
}

/// <summary>
/// Makes the per-document subset of a face (docs/typesetting.md §2.4): the code points and glyph ids the document
/// draws, hinting dropped. Skia embeds whatever font data it is given, so only a subset keeps a PDF at kilobytes
/// instead of megabytes. Glyph ids are renumbered densely rather than retained (HB_SUBSET_FLAGS_RETAIN_GIDS): with
/// retained ids a CJK subset keeps empty loca/hmtx entries up to the highest id used (≈ 20 000), which Skia's PDF
/// backend walks. Measured (bench stages, interleaved A/B): painting 14.6–15.7 ms a report with retained ids,
/// 12.4–13.2 ms without, and PDFs about 6 % smaller. The plan's old-to-new map carries the layout's ids (made on
/// the full face) over to the subset.
/// </summary>
internal static class FontSubsetter
{
    /// <summary>
    /// Tables a PDF CID font never reads (ISO 32000-1 §9.9: glyf, loca, head, hhea, hmtx, maxp are what a
    /// CIDFontType2 needs; codes reach glyphs through CIDToGIDMap, not cmap; layout tables and vertical metrics
    /// served our shaping, not the viewer). Measured on ningbo-yinzhou-kjj-2024's UMing subset: 6 KB raw, 2.7 KB deflated.
    /// </summary>
    private static readonly string[] NotForPdf = ["cmap", "GSUB", "GPOS", "GDEF", "vhea", "vmtx", "VORG", "gasp"];

    /// <summary>
    /// The name records a PDF's font program keeps: family, subfamily, full and PostScript name (HarfBuzz keeps 0–6 by
    /// default; the copyright, unique-id and version strings are read by no viewer). The table stays, because some font
    /// engines refuse a TrueType program without one.
    /// </summary>
    private static readonly uint[] NamesForPdf = [1, 2, 4, 6];

    /// <param name="forPdfOnly">Leave out the tables only a shaper or a font engine reads (the old Skia backend needs cmap).</param>
    public static FontSubset Subset(LoadedFace face, IEnumerable<int> codePoints, IEnumerable<ushort> glyphs, bool forPdfOnly = true) =>
        Subset(face, codePoints, glyphs, forPdfOnly, source: null);

    /// <param name="source">The face to subset from; null for <see cref="LoadedFace.SubsetSource"/> (tests pass the plain or prepared one).</param>
    internal static FontSubset Subset(LoadedFace face, IEnumerable<int> codePoints, IEnumerable<ushort> glyphs, bool forPdfOnly, IntPtr? source)
    {
        var wanted = glyphs.Distinct().Order().ToArray();
        lock (face.SubsetLock)
        {
            var input = HarfBuzzSubsetNative.hb_subset_input_create_or_fail();
            if (input == IntPtr.Zero)
                throw new InvalidOperationException("hb_subset_input_create_or_fail failed");
            try
            {
                var unicodes = HarfBuzzSubsetNative.hb_subset_input_unicode_set(input);
                foreach (var codePoint in codePoints.Distinct().Order())
                    HarfBuzzSubsetNative.hb_set_add(unicodes, (uint)codePoint);
                var glyphSet = HarfBuzzSubsetNative.hb_subset_input_glyph_set(input);
                foreach (var glyph in wanted)
                    HarfBuzzSubsetNative.hb_set_add(glyphSet, glyph);
                HarfBuzzSubsetNative.hb_subset_input_set_flags(input, HarfBuzzSubsetNative.NoHinting);
                if (forPdfOnly)
                {
                    var drop = HarfBuzzSubsetNative.hb_subset_input_set(input, HarfBuzzSubsetNative.DropTableSet);
                    foreach (var tag in NotForPdf)
                        HarfBuzzSubsetNative.hb_set_add(drop, (uint)(tag[0] << 24 | tag[1] << 16 | tag[2] << 8 | tag[3]));
                    var names = HarfBuzzSubsetNative.hb_subset_input_set(input, HarfBuzzSubsetNative.NameIdSet);
                    HarfBuzzSubsetNative.hb_set_clear(names);
                    foreach (var id in NamesForPdf)
                        HarfBuzzSubsetNative.hb_set_add(names, id);
                }

                var plan = HarfBuzzSubsetNative.hb_subset_plan_create_or_fail(source ?? face.SubsetSource, input);
                if (plan == IntPtr.Zero)
                    throw new PdfFontException($"字体“{face.Key}”无法子集化（HarfBuzz hb_subset_plan_create_or_fail 失败）");
                try
                {
                    var map = HarfBuzzSubsetNative.hb_subset_plan_old_to_new_glyph_mapping(plan);
                    var newIds = ImmutableDictionary.CreateBuilder<ushort, ushort>();
                    foreach (var glyph in wanted)
                    {
                        var mapped = HarfBuzzSubsetNative.hb_map_get(map, glyph);
                        if (mapped == HarfBuzzSubsetNative.MapValueInvalid || mapped > ushort.MaxValue)
                            throw new PdfFontException($"字体“{face.Key}”的子集缺少字形 {glyph}（HarfBuzz 子集计划未收录）");
                        newIds[glyph] = (ushort)mapped;
                    }
                    var subset = HarfBuzzSubsetNative.hb_subset_plan_execute_or_fail(plan);
                    if (subset == IntPtr.Zero)
                        throw new PdfFontException($"字体“{face.Key}”无法子集化（HarfBuzz hb_subset_plan_execute_or_fail 失败）");
                    try
                    {
                        return new FontSubset(CopyBlob(subset), newIds.ToImmutable());
                    }
                    finally
                    {
                        HarfBuzzSubsetNative.hb_face_destroy(subset);
                    }
                }
                finally
                {
                    HarfBuzzSubsetNative.hb_subset_plan_destroy(plan);
                }
            }
            finally
            {
                HarfBuzzSubsetNative.hb_subset_input_destroy(input);
            }
        }
    }

    private static byte[] CopyBlob(IntPtr face)
    {
        var blob = HarfBuzzSubsetNative.hb_face_reference_blob(face);
        try
        {
            var data = HarfBuzzSubsetNative.hb_blob_get_data(blob, out var length);
            var bytes = new byte[length];
            if (length > 0)
                Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally
        {
            HarfBuzzSubsetNative.hb_blob_destroy(blob);
        }
    }
}

using System.Runtime.InteropServices;

namespace GovReportGen.Writers.Pdf.Fonts;

/// <summary>
/// Makes the per-document subset of a face (TYPESETTING.md §2.4): the code points and glyph ids the document
/// draws, hinting dropped, glyph ids retained so the layout made on the full face stays valid. Skia embeds
/// whatever font data it is given, so only a subset keeps a PDF at kilobytes instead of megabytes.
/// </summary>
public static class FontSubsetter
{
    public static byte[] Subset(LoadedFace face, IEnumerable<int> codePoints, IEnumerable<ushort> glyphs)
    {
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
                foreach (var glyph in glyphs.Distinct().Order())
                    HarfBuzzSubsetNative.hb_set_add(glyphSet, glyph);
                HarfBuzzSubsetNative.hb_subset_input_set_flags(input, HarfBuzzSubsetNative.NoHinting | HarfBuzzSubsetNative.RetainGids);

                var subset = HarfBuzzSubsetNative.hb_subset_or_fail(face.SubsetSource, input);
                if (subset == IntPtr.Zero)
                    throw new PdfFontException($"字体“{face.Key}”无法子集化（HarfBuzz hb_subset_or_fail 失败）");
                try
                {
                    var blob = HarfBuzzSubsetNative.hb_face_reference_blob(subset);
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
                finally
                {
                    HarfBuzzSubsetNative.hb_face_destroy(subset);
                }
            }
            finally
            {
                HarfBuzzSubsetNative.hb_subset_input_destroy(input);
            }
        }
    }
}

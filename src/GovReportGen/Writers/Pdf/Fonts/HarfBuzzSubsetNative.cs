using System.Runtime.InteropServices;

namespace GovReportGen.Writers.Pdf.Fonts;

/// <summary>
/// The HarfBuzz subsetter, which HarfBuzzSharp ships in its native library but does not wrap
/// (TYPESETTING.md §2.4: exported by libHarfBuzzSharp 8.3.1, bound here without extra setup).
/// </summary>
internal static class HarfBuzzSubsetNative
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary><c>HB_SUBSET_FLAGS_NO_HINTING</c>: hinting is useless in a PDF and only costs bytes.</summary>
    public const uint NoHinting = 0x1;

    /// <summary><c>HB_SUBSET_FLAGS_RETAIN_GIDS</c>: glyph ids stay those of the full face, so the layout needs no second pass.</summary>
    public const uint RetainGids = 0x2;

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_subset_input_create_or_fail();

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void hb_subset_input_destroy(IntPtr input);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_subset_input_unicode_set(IntPtr input);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_subset_input_glyph_set(IntPtr input);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void hb_subset_input_set_flags(IntPtr input, uint flags);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_subset_preprocess(IntPtr face);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void hb_set_add(IntPtr set, uint codepoint);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_face_reference_blob(IntPtr face);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void hb_face_destroy(IntPtr face);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_blob_get_data(IntPtr blob, out uint length);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void hb_blob_destroy(IntPtr blob);
}

using System.Runtime.InteropServices;

namespace GovReportGen.Writers.Pdf.Fonts;

/// <summary>
/// The HarfBuzz subsetter, which HarfBuzzSharp ships in its native library but does not wrap
/// (docs/typesetting.md §2.4: exported by libHarfBuzzSharp 8.3.1, bound here without extra setup).
/// </summary>
internal static class HarfBuzzSubsetNative
{
    private const string Library = "libHarfBuzzSharp";

    /// <summary><c>HB_SUBSET_FLAGS_NO_HINTING</c>: hinting is useless in a PDF and only costs bytes.</summary>
    public const uint NoHinting = 0x1;

    /// <summary><c>HB_MAP_VALUE_INVALID</c>: what <c>hb_map_get</c> answers for a key the map lacks.</summary>
    public const uint MapValueInvalid = uint.MaxValue;

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_subset_input_create_or_fail();

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void hb_subset_input_destroy(IntPtr input);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_subset_input_unicode_set(IntPtr input);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_subset_input_glyph_set(IntPtr input);

    /// <summary>HB_SUBSET_SETS_DROP_TABLE_TAG: the set of table tags the subset leaves out.</summary>
    public const int DropTableSet = 3;

    /// <summary>HB_SUBSET_SETS_NAME_ID: the name-table record ids the subset keeps (default 0–6).</summary>
    public const int NameIdSet = 4;

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void hb_set_clear(IntPtr set);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_subset_input_set(IntPtr input, int setType);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void hb_subset_input_set_flags(IntPtr input, uint flags);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_subset_preprocess(IntPtr face);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_subset_plan_create_or_fail(IntPtr face, IntPtr input);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_subset_plan_execute_or_fail(IntPtr plan);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern IntPtr hb_subset_plan_old_to_new_glyph_mapping(IntPtr plan);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern void hb_subset_plan_destroy(IntPtr plan);

    [DllImport(Library, CallingConvention = CallingConvention.Cdecl)]
    public static extern uint hb_map_get(IntPtr map, uint key);

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

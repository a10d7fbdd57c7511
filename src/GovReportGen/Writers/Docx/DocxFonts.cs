namespace GovReportGen.Writers.Docx;

/// <summary>
/// One font as Word's font table describes it (ECMA-376 Part 1 §17.8.3): the name the styles use; the alternate
/// names a reader tries, in order, when that name is not installed (<c>w:altName</c>, §17.8.3.1, a comma-separated
/// list); and the data a reader substitutes by when no name is found — PANOSE class, character set, family, pitch
/// and the Unicode/code-page signature (<c>w:sig</c>, <see cref="DocxFontSignature"/>). PANOSE and signature are
/// absent where they are not known (docs/typesetting.md §6.1).
/// </summary>
internal sealed record DocxFont(
    string Name,
    string AltName,
    string? Panose,
    DocxFontFamily Family,
    DocxFontPitch Pitch,
    DocxFontSignature? Signature);

/// <summary><c>w:family</c>: the generic family Word records for the face.</summary>
internal enum DocxFontFamily { Auto, Roman, Modern }

/// <summary><c>w:pitch</c>.</summary>
internal enum DocxFontPitch { Fixed, Variable }

/// <summary>
/// <c>w:sig</c>: the OS/2 table's Unicode ranges (usb0–usb3) and code pages (csb0, csb1) as eight hex digits each,
/// the values Word records for the face.
/// </summary>
internal sealed record DocxFontSignature(string Usb0, string Usb1, string Usb2, string Usb3, string Csb0, string Csb1);

/// <summary>
/// The fonts of the roles (docs/typesetting.md §2.1, §6.1). A DOCX is edited on agency PCs, so each role names the
/// first authentic Windows/方正 font of its chain, never the Linux fallback; fonts are not embedded. The
/// <c>_GB2312</c> faces of Windows XP are gone from Windows Vista on, whose 仿宋 (FangSong) and 楷体 (KaiTi) are
/// the same 中易 designs with GBK coverage, so those entries name the stock face as their first alternate: a PC
/// that has the licensed <c>_GB2312</c> face uses it, a stock Windows 10/11 PC uses 仿宋 / 楷体.
/// </summary>
internal static class DocxFonts
{
    /// <summary>The signature of the GB2312-only 中易 faces of Windows XP (仿宋_GB2312, 楷体_GB2312).</summary>
    private static readonly DocxFontSignature Gb2312 = new("00000001", "080E0000", "00000000", "00000000", "00040000", "00000000");

    /// <summary>The signature of Windows' GBK 中易 faces 仿宋, 楷体 and 黑体 (SimFang, SimKai, SimHei).</summary>
    private static readonly DocxFontSignature Gbk = new("800002BF", "38CF7CFA", "00000016", "00000000", "00040001", "00000000");

    /// <summary>
    /// <c>title</c> 小标宋: no Windows has it. Alternates: the 方正 GBK cut, 华文中宋 (installed with older
    /// Office), then 宋体, which every Chinese Windows has. PANOSE and signature unknown, so none is declared; a
    /// reader that finds no name substitutes a GB2312 serif face.
    /// </summary>
    public static readonly DocxFont Title = new("方正小标宋简体", "方正小标宋_GBK,华文中宋,宋体", null,
        DocxFontFamily.Roman, DocxFontPitch.Variable, null);

    /// <summary><c>heading1</c> 黑体, also <c>strong</c> (no synthetic bold); on every Chinese Windows.</summary>
    public static readonly DocxFont Hei = new("黑体", "SimHei", "02010609060101010101",
        DocxFontFamily.Modern, DocxFontPitch.Fixed, Gbk);

    /// <summary><c>heading2</c> 楷体, also <c>em</c> (no synthetic italic); stock Windows has 楷体.</summary>
    public static readonly DocxFont Kai = new("楷体_GB2312", "楷体", "02010609030101010101",
        DocxFontFamily.Modern, DocxFontPitch.Fixed, Gb2312);

    /// <summary><c>body</c> and <c>table</c> 仿宋; stock Windows has 仿宋.</summary>
    public static readonly DocxFont FangSong = new("仿宋_GB2312", "仿宋", "02010609030101010101",
        DocxFontFamily.Modern, DocxFontPitch.Fixed, Gb2312);

    /// <summary><c>pagenumber</c> 宋体; on every Chinese Windows.</summary>
    public static readonly DocxFont Song = new("宋体", "SimSun", "02010600030101010101",
        DocxFontFamily.Auto, DocxFontPitch.Variable, new("00000003", "288F0000", "00000006", "00000000", "00040001", "00000000"));

    /// <summary>Every font the styles name, in font-table order.</summary>
    public static readonly IReadOnlyList<DocxFont> All = [FangSong, Title, Hei, Kai, Song];

    /// <summary>The names a reader tries for a font, in order: its own, then each alternate (§17.8.3.1).</summary>
    public static IReadOnlyList<string> Candidates(DocxFont font) =>
        [font.Name, .. font.AltName.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}

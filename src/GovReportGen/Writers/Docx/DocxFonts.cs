namespace GovReportGen.Writers.Docx;

/// <summary>
/// One font as Word's font table describes it: the name styles use, its English alternate name, and the
/// PANOSE classification Word uses to pick a look-alike where the font is missing (absent when unknown).
/// </summary>
internal sealed record DocxFont(string Name, string AltName, string? Panose);

/// <summary>
/// The fonts of the roles (docs/typesetting.md §2.1, §6). A DOCX is edited on agency PCs, so each role names the
/// first authentic Windows/方正 font of its chain, never the Linux fallback; fonts are not embedded. All use
/// the GB2312 character set, so Word substitutes a Chinese face where one is missing.
/// </summary>
internal static class DocxFonts
{
    /// <summary><c>title</c> 小标宋.</summary>
    public static readonly DocxFont Title = new("方正小标宋简体", "FZXiaoBiaoSong-B05S", null);

    /// <summary><c>heading1</c> 黑体, also <c>strong</c> (no synthetic bold).</summary>
    public static readonly DocxFont Hei = new("黑体", "SimHei", "02010609060101010101");

    /// <summary><c>heading2</c> 楷体, also <c>em</c> (no synthetic italic).</summary>
    public static readonly DocxFont Kai = new("楷体_GB2312", "KaiTi_GB2312", "02010609030101010101");

    /// <summary><c>body</c> and <c>table</c> 仿宋.</summary>
    public static readonly DocxFont FangSong = new("仿宋_GB2312", "FangSong_GB2312", "02010609030101010101");

    /// <summary><c>pagenumber</c> 宋体.</summary>
    public static readonly DocxFont Song = new("宋体", "SimSun", "02010600030101010101");

    /// <summary>Every font the styles name, in font-table order.</summary>
    public static readonly IReadOnlyList<DocxFont> All = [FangSong, Title, Hei, Kai, Song];
}

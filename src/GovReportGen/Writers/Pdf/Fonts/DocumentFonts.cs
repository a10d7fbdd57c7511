using GovReportGen.Theme;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace GovReportGen.Writers.Pdf.Fonts;

/// <summary>
/// One role's fonts for one document: its primary face (the first family of the chain that covers every
/// character the role prints) and the rest of the installed chain, for characters the primary lacks.
/// </summary>
internal sealed class RoleFont(FontRole role, LoadedFace primary, ImmutableArray<LoadedFace> chain)
{
    public FontRole Role { get; } = role;
    public LoadedFace Primary { get; } = primary;

    /// <summary>The installed faces of the chain, in chain order.</summary>
    public ImmutableArray<LoadedFace> Chain { get; } = chain;

    /// <summary>The face that draws <paramref name="codePoint"/>: the primary if it has it, else the first of the chain that does.</summary>
    public LoadedFace FaceFor(int codePoint)
    {
        if (Primary.Has(codePoint))
            return Primary;
        foreach (var face in Chain)
        {
            if (face.Has(codePoint))
                return face;
        }
        throw new PdfFontException($"PDF 字体缺字：{Role.ChineseName()}的字体（{string.Join("、", Chain.Select(f => f.Key))}）中没有“{char.ConvertFromUtf32(codePoint)}”（U+{codePoint:X4}）", [codePoint]);
    }
}

/// <summary>
/// The fonts of one document, resolved per role from the theme's chains and the fonts installed
/// (docs/typesetting.md §2.3): never tofu, never a silent substitute. Per-character fallback is a warning; a
/// character no family covers, or a role with no installed family, is a <see cref="PdfFontException"/>.
/// </summary>
internal sealed class DocumentFonts
{
    private readonly Dictionary<FontRole, RoleFont> _roles;

    private DocumentFonts(Dictionary<FontRole, RoleFont> roles, IReadOnlyList<string> warnings)
    {
        _roles = roles;
        Warnings = warnings;
    }

    public IReadOnlyList<string> Warnings { get; }

    public RoleFont this[FontRole role] => _roles.TryGetValue(role, out var font)
        ? font
        : throw new InvalidOperationException($"The role {role} printed text that was not collected before fonts were resolved.");

    public static DocumentFonts Resolve(FontTheme theme, FontCatalog catalog, CodePointUsage usage)
    {
        var roles = new Dictionary<FontRole, RoleFont>();
        var warnings = new List<string>();
        foreach (var role in usage.Roles)
        {
            var chain = InstalledChain(theme, catalog, role);
            if (chain.IsEmpty)
                throw new PdfFontException(MissingRoleMessage(theme, catalog, role));
            var used = usage.For(role);
            var primary = chain.FirstOrDefault(face => used.All(face.Has));
            if (primary is null)
            {
                var uncovered = used.Where(cp => !chain.Any(face => face.Has(cp))).ToList();
                if (uncovered.Count > 0)
                    throw new PdfFontException(UncoveredMessage(theme, catalog, role, uncovered), uncovered);
                primary = chain[0];
                var borrowed = used.Where(cp => !primary.Has(cp)).ToList();
                warnings.Add($"{role.ChineseName()}的字体“{primary.Key}”缺少 {Describe(borrowed)}，这些字符改用字体链中后面的字体");
            }
            roles[role] = new RoleFont(role, primary, chain);
        }
        return new DocumentFonts(roles, warnings);
    }

    /// <summary>The installed faces of a role's chain, in chain order, each face once.</summary>
    public static ImmutableArray<LoadedFace> InstalledChain(FontTheme theme, FontCatalog catalog, FontRole role) =>
        [.. InstalledFamilies(theme, catalog, role).Select(f => LoadedFace.Get(f.Face))];

    /// <summary>The families of a role's chain found in the catalog, with the face each name resolves to.</summary>
    public static IReadOnlyList<(string Family, FaceDescription Face)> InstalledFamilies(FontTheme theme, FontCatalog catalog, FontRole role)
    {
        var found = new List<(string, FaceDescription)>();
        foreach (var family in theme.Chain(role))
        {
            if (catalog.Find(family) is { } face && !found.Any(f => f.Item2 == face))
                found.Add((family, face));
        }
        return found;
    }

    public static string InstallCommand(FontTheme theme) =>
        theme.AllPackages.Count == 0 ? "" : "sudo apt-get install -y " + string.Join(" ", theme.AllPackages);

    public static string MissingRoleMessage(FontTheme theme, FontCatalog catalog, FontRole role)
    {
        var install = InstallCommand(theme);
        return $"PDF 字体缺失：{role.ChineseName()}的字体链（{string.Join("、", theme.Chain(role))}）在已搜索的目录（{string.Join("、", catalog.Folders)}）中都没有安装"
            + (install.Length > 0 ? $"；请运行 {install}，" : "；请")
            + $"或把有授权的字体文件放入 {theme.FontsDirectory}";
    }

    private static string UncoveredMessage(FontTheme theme, FontCatalog catalog, FontRole role, IReadOnlyList<int> uncovered) =>
        $"PDF 字体缺字：{role.ChineseName()}的字体链（{string.Join("、", theme.Chain(role))}）中已安装的字体都没有 {Describe(uncovered)}；"
        + $"已搜索 {string.Join("、", catalog.Folders)}；请安装含这些字符的字体（放入 {theme.FontsDirectory} 并加入 fonts.json 的字体链），或修改文字";

    private static string Describe(IReadOnlyList<int> codePoints)
    {
        var shown = codePoints.Take(12).Select(cp => $"“{Printable(cp)}”（U+{cp:X4}）");
        return string.Join("、", shown) + (codePoints.Count > 12 ? $" 等 {codePoints.Count} 个字符" : "");
    }

    private static string Printable(int codePoint)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(codePoint);
        return category is UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate
            ? "\uFFFD"
            : new StringBuilder().Append(char.ConvertFromUtf32(codePoint)).ToString();
    }
}

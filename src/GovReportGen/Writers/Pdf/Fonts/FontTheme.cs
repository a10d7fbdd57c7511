using GovReportGen.Theme;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;

namespace GovReportGen.Writers.Pdf.Fonts;

/// <summary>
/// The font part of the theme: <c>templates/theme/fonts.json</c> (a chain of family names per role, and the
/// Debian package of each free family) and the <c>templates/theme/fonts/</c> folder searched before the
/// system's font folders. Read once per theme folder per process.
/// </summary>
public sealed class FontTheme
{
    public const string FileName = "fonts.json";
    public const string FontsFolderName = "fonts";

    private static readonly ConcurrentDictionary<string, Lazy<FontTheme>> Loaded = new(StringComparer.Ordinal);

    private FontTheme(string directory, ImmutableDictionary<FontRole, ImmutableArray<string>> chains,
        ImmutableSortedDictionary<string, string> packages)
    {
        Directory = directory;
        Chains = chains;
        Packages = packages;
    }

    /// <summary>The theme folder (<c>templates/theme</c>).</summary>
    public string Directory { get; }

    public ImmutableDictionary<FontRole, ImmutableArray<string>> Chains { get; }

    /// <summary>Family name → Debian package, for the free families only.</summary>
    public ImmutableSortedDictionary<string, string> Packages { get; }

    /// <summary>The project's own font folder; it comes first in every chain.</summary>
    public string FontsDirectory => Path.Combine(Directory, FontsFolderName);

    public ImmutableArray<string> Chain(FontRole role) => Chains[role];

    /// <summary>The packages of the free families of one role's chain, in chain order.</summary>
    public IEnumerable<string> PackagesFor(FontRole role) =>
        Chain(role).Where(Packages.ContainsKey).Select(f => Packages[f]).Distinct();

    /// <summary>Every free package, sorted: what <c>apt-get install</c> is given.</summary>
    public IReadOnlyList<string> AllPackages => Packages.Values.Distinct().Order(StringComparer.Ordinal).ToList();

    public static FontTheme Load(string themeDirectory)
    {
        var full = Path.GetFullPath(themeDirectory);
        return Loaded.GetOrAdd(full, dir => new Lazy<FontTheme>(() => Read(dir))).Value;
    }

    /// <summary>
    /// Drops the theme read for a folder, so the next <see cref="Load"/> reads fonts.json again: a long-running
    /// <c>govreport preview</c> must show an edited theme without a restart.
    /// </summary>
    public static void Forget(string themeDirectory) => Loaded.TryRemove(Path.GetFullPath(themeDirectory), out _);

    private static FontTheme Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
            throw new PdfFontException($"找不到字体主题文件“{path}”：PDF 需要它给出各字体角色的字体链")
            {
                // Located on the theme folder, or on the templates folder when the theme folder is missing too.
                SourceFile = System.IO.Directory.Exists(directory) ? directory : Path.GetDirectoryName(directory),
            };
        JsonDocument json;
        // A FIFO or a device named fonts.json would hang the run; a regular file of bounded size is read.
        var bytes = IO.SafeRead.ReadBytes(path, 256 * 1024, out var refusal)
            ?? throw new PdfFontException($"字体主题文件“{path}”无法读取：{refusal}") { SourceFile = path };
        // JSON's parser accepts invalid UTF-8 inside strings and only fails later, when a name is read.
        try { _ = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetCharCount(bytes); }
        catch (System.Text.DecoderFallbackException)
        {
            throw new PdfFontException($"字体主题文件“{path}”不是有效的 UTF-8 编码，请另存为 UTF-8") { SourceFile = path };
        }
        try
        {
            json = JsonDocument.Parse(bytes, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            // System.Text.Json's message is English; the position is what the editor needs.
            var line = (int)(e.LineNumber ?? 0) + 1;
            var column = CharacterColumn(bytes, line, (int)(e.BytePositionInLine ?? 0));
            throw new PdfFontException($"字体主题文件“{path}”不是合法的 JSON：第 {line} 行第 {column} 列附近有误（检查引号、逗号和括号是否配对）")
            {
                SourceFile = path,
                SourcePosition = (line, column),
            };
        }
        using (json)
        {
            var root = json.RootElement;
            if (!root.TryGetProperty("roles", out var roles) || roles.ValueKind != JsonValueKind.Object)
                throw new PdfFontException($"字体主题文件“{path}”缺少 roles") { SourceFile = path };
            var chains = ImmutableDictionary.CreateBuilder<FontRole, ImmutableArray<string>>();
            foreach (var role in FontRoles.All)
            {
                if (!roles.TryGetProperty(role.Key(), out var chain) || chain.ValueKind != JsonValueKind.Array
                    || chain.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
                    throw new PdfFontException($"字体主题文件“{path}”缺少角色 {role.Key()}（{role.ChineseName()}）的字体链（字符串数组）") { SourceFile = path };
                var names = chain.EnumerateArray().Select(e => e.GetString()!.Trim()).Where(n => n.Length > 0).ToImmutableArray();
                if (names.IsEmpty)
                    throw new PdfFontException($"字体主题文件“{path}”中角色 {role.Key()}（{role.ChineseName()}）的字体链为空") { SourceFile = path };
                // No installed family has such a name, so the chain would fail once per character of every report; the
                // name itself is not quoted, since it is no longer the name the editor meant.
                for (var i = 0; i < names.Length; i++)
                {
                    if (names[i].FirstOrDefault(IsUnusableInName) is var bad && bad != default)
                        throw new PdfFontException($"字体主题文件“{path}”中角色 {role.Key()}（{role.ChineseName()}）的第 {i + 1} 个字体名称含无效字符 U+{(int)bad:X4}，请删去该字符") { SourceFile = path };
                }
                chains[role] = names;
            }
            var packages = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
            if (root.TryGetProperty("packages", out var map) && map.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in map.EnumerateObject())
                {
                    if (entry.Value.ValueKind == JsonValueKind.String)
                        packages[entry.Name] = entry.Value.GetString()!;
                }
            }
            return new FontTheme(directory, chains.ToImmutable(), packages.ToImmutable());
        }
    }

    /// <summary>Control characters, Unicode noncharacters and lone surrogates: no font family is named with them.</summary>
    private static bool IsUnusableInName(char c) =>
        char.IsControl(c) || char.IsSurrogate(c) || c is '\uFFFE' or '\uFFFF' or >= '\uFDD0' and <= '\uFDEF';

    /// <summary>The 1-based character column of a byte offset into a line (JSON reports bytes; editors count characters).</summary>
    private static int CharacterColumn(byte[] bytes, int line, int byteInLine)
    {
        var start = 0;
        for (var seen = 1; seen < line && start < bytes.Length; start++)
            if (bytes[start] == (byte)'\n') seen++;
        var length = Math.Clamp(byteInLine, 0, bytes.Length - start);
        return 1 + System.Text.Encoding.UTF8.GetString(bytes, start, length).Length;
    }
}

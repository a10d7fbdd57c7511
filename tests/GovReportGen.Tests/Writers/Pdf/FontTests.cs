using GovReportGen.Tests.Support;
using GovReportGen.Theme;
using GovReportGen.Writers.Pdf.Fonts;
using HarfBuzzSharp;
using static GovReportGen.Tests.Writers.Pdf.PdfTestSupport;

namespace GovReportGen.Tests.Writers.Pdf;

/// <summary>
/// Font roles, chains and subsets (docs/typesetting.md §2) against the fonts this machine has; the free chain
/// (fonts-arphic-uming, fonts-arphic-ukai, fonts-wqy-zenhei) is a precondition, installed by the Fonts task.
/// </summary>
public sealed class FontTests : IDisposable
{
    private readonly Templating.TempFolder _temp = new("grg-fonts-");

    public void Dispose() => _temp.Dispose();

    private static FontCatalog Installed => FontCatalog.Shared(FontCatalog.SystemFolders());

    /// <summary>A theme folder whose fonts.json gives every role <paramref name="chain"/> (and the repository's packages).</summary>
    private FontTheme ThemeWith(params string[] chain)
    {
        var dir = Path.Combine(_temp.Root, Guid.NewGuid().ToString("N"), "theme");
        Directory.CreateDirectory(Path.Combine(dir, "fonts"));
        var roles = string.Join(",", FontRoles.All.Select(r => $"\"{r.Key()}\": [{string.Join(",", chain.Select(c => $"\"{c}\""))}]"));
        File.WriteAllText(Path.Combine(dir, "fonts.json"),
            $"{{ \"roles\": {{ {roles} }}, \"packages\": {{ \"AR PL UMing CN\": \"fonts-arphic-uming\", \"AR PL UKai CN\": \"fonts-arphic-ukai\", \"WenQuanYi Zen Hei\": \"fonts-wqy-zenhei\" }} }}");
        return FontTheme.Load(dir);
    }

    [Fact]
    public void The_repository_theme_gives_every_role_a_chain_ending_in_free_fonts()
    {
        var theme = FontTheme.Load(ThemeDirectory);

        Assert.All(FontRoles.All, role => Assert.NotEmpty(theme.Chain(role)));
        Assert.Equal("方正小标宋简体", theme.Chain(FontRole.Title)[0]);
        Assert.Equal("仿宋_GB2312", theme.Chain(FontRole.Body)[0]);
        // The free faces chosen by looking (docs/typesetting.md §2.2), each before the older free face kept as a fallback.
        Assert.Equal(["NotoSerifCJKsc-Bold", "AR PL UMing CN"], theme.Chain(FontRole.Title)[^2..].ToArray());
        Assert.Equal(["NotoSansCJKsc-Regular", "WenQuanYi Zen Hei"], theme.Chain(FontRole.Heading1)[^2..].ToArray());
        Assert.Equal(["LXGWWenKai-Regular", "AR PL UKai CN"], theme.Chain(FontRole.Heading2)[^2..].ToArray());
        Assert.Equal(["NotoSerifCJKsc-Light", "AR PL UMing CN"], theme.Chain(FontRole.Body)[^2..].ToArray());
        Assert.Equal(theme.Chain(FontRole.Body).ToArray(), theme.Chain(FontRole.Table).ToArray());
        Assert.Equal(["fonts-arphic-ukai", "fonts-arphic-uming", "fonts-lxgw-wenkai", "fonts-noto-cjk", "fonts-noto-cjk-extra", "fonts-wqy-zenhei"], theme.AllPackages);
        Assert.DoesNotContain("cwTeX", string.Join(",", FontRoles.All.SelectMany(r => theme.Chain(r)))); // lacks 215 of the seeds' ideographs
    }

    [Fact]
    public void Names_match_every_name_record_including_chinese_ones()
    {
        var byChinese = Installed.Find("文泉驿正黑");
        var byEnglish = Installed.Find("WenQuanYi Zen Hei");
        var mono = Installed.Find("WenQuanYi Zen Hei Mono");

        Assert.NotNull(byChinese);
        Assert.Equal("wqy-zenhei.ttc", Path.GetFileName(byChinese!.Path));
        Assert.Equal(0, byChinese.Index);
        Assert.Equal(byChinese, byEnglish);
        Assert.Equal(1, mono!.Index);
        Assert.Equal(("uming.ttc", 0), (Path.GetFileName(Installed.Find("AR PL UMing CN")!.Path), Installed.Find("AR PL UMing CN")!.Index));
        Assert.Equal(("ukai.ttc", 0), (Path.GetFileName(Installed.Find("ar pl ukai cn")!.Path), Installed.Find("ar pl ukai cn")!.Index));
        Assert.Equal(OutlineKind.TrueType, byChinese.Outlines);
        Assert.Null(Installed.Find("方正小标宋简体-不存在"));
    }

    [Fact]
    public void The_theme_fonts_folder_wins_over_the_system()
    {
        var theme = ThemeWith("DejaVu Sans");
        var system = Installed.Find("DejaVu Sans");
        Assert.NotNull(system);
        var copy = Path.Combine(theme.FontsDirectory, "DejaVuSans.ttf");
        File.Copy(system!.Path, copy);

        var catalog = FontCatalog.Scan([theme.FontsDirectory, .. FontCatalog.SystemFolders()]);

        Assert.Equal(copy, catalog.Find("DejaVu Sans")!.Path);
    }

    [Fact]
    public void Broken_font_files_are_skipped_not_fatal()
    {
        var folder = Path.Combine(_temp.Root, "broken");
        Directory.CreateDirectory(folder);
        File.WriteAllBytes(Path.Combine(folder, "garbage.ttf"), [0x00, 0x01, 0x00, 0x00, 0xFF, 0xFF, 0x13, 0x37]);
        File.WriteAllBytes(Path.Combine(folder, "empty.ttc"), []);
        var real = File.ReadAllBytes(Installed.Find("DejaVu Sans")!.Path);
        File.WriteAllBytes(Path.Combine(folder, "truncated.ttf"), real[..300]);

        var catalog = FontCatalog.Scan([folder]);

        Assert.Empty(catalog.Faces);
    }

    [Fact]
    public void A_face_is_opened_once_per_process()
    {
        var face = Installed.Find("AR PL UMing CN")!;

        Assert.Same(LoadedFace.Get(face), LoadedFace.Get(face with { Names = [] }));
    }

    [Fact]
    public void A_role_without_an_installed_family_is_an_error_naming_the_role_the_chain_and_the_command()
    {
        var theme = ThemeWith("No Such Font", "方正仿宋_GBK-不存在");
        var usage = new CodePointUsage();
        usage.Add(FontRole.Body, "中文");

        var error = Assert.Throws<PdfFontException>(() => DocumentFonts.Resolve(theme, FontCatalog.ForTheme(theme), usage));

        Assert.Contains("正文（仿宋）", error.Message);
        Assert.Contains("No Such Font、方正仿宋_GBK-不存在", error.Message);
        Assert.Contains("sudo apt-get install -y fonts-arphic-ukai fonts-arphic-uming fonts-wqy-zenhei", error.Message);
        Assert.Contains(theme.FontsDirectory, error.Message);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal("GRG6001", PdfFontException.DiagnosticId);
    }

    [Fact]
    public void A_character_no_font_of_the_chain_has_is_an_error_never_tofu()
    {
        var error = Assert.Throws<PdfFontException>(() => Fonts("中文😀"));

        Assert.Contains("U+1F600", error.Message);
        Assert.Contains("正文（仿宋）", error.Message);
        Assert.Contains("AR PL UMing CN", error.Message);
    }

    [Fact]
    public void Characters_the_first_family_lacks_fall_back_down_the_chain_with_a_warning()
    {
        var theme = ThemeWith("DejaVu Sans", "AR PL UMing CN");
        var dejaVu = LoadedFace.Get(Installed.Find("DejaVu Sans")!);
        var uming = LoadedFace.Get(Installed.Find("AR PL UMing CN")!);
        var onlyInDejaVu = new[] { 0x01C4, 0x0490, 0x2C60, 0x1E9E, 0x0192 }.First(cp => dejaVu.Has(cp) && !uming.Has(cp));
        var usage = new CodePointUsage();
        usage.Add(FontRole.Body, "中" + char.ConvertFromUtf32(onlyInDejaVu));

        var fonts = DocumentFonts.Resolve(theme, FontCatalog.ForTheme(theme), usage);

        Assert.Same(dejaVu, fonts[FontRole.Body].Primary);
        Assert.Same(uming, fonts[FontRole.Body].FaceFor('中'));
        Assert.Same(dejaVu, fonts[FontRole.Body].FaceFor(onlyInDejaVu));
        Assert.Contains(fonts.Warnings, w => w.Contains("U+4E2D", StringComparison.Ordinal) && w.Contains("正文（仿宋）", StringComparison.Ordinal));
    }

    [Fact]
    public void Each_role_takes_the_first_family_that_covers_its_characters()
    {
        var fonts = Fonts("政府信息公开");

        Assert.StartsWith("NotoSerifCJK-Light.ttc#", fonts[FontRole.Body].Primary.Key);
        Assert.Empty(fonts.Warnings);
    }

    [Fact]
    public void A_subset_from_the_plain_face_equals_one_from_the_prepared_face()
    {
        // The first subsets of a run use the plain face while a pool thread prepares it: output must not depend on which.
        var uming = LoadedFace.Get(Installed.Find("AR PL UMing CN")!);
        const string text = "政府信息公开工作年度报告，“依申请公开”（一）２０２４";
        var codePoints = text.EnumerateRunes().Select(r => r.Value).ToList();
        var glyphs = codePoints.Select(cp => uming.Font.TryGetNominalGlyph((uint)cp, out var g) ? (ushort)g : (ushort)0).Where(g => g != 0).ToList();
        Assert.NotEmpty(glyphs);

        var plain = FontSubsetter.Subset(uming, codePoints, glyphs, forPdfOnly: true, uming.PlainSource);
        var prepared = FontSubsetter.Subset(uming, codePoints, glyphs, forPdfOnly: true, uming.PreparedSource);
        Assert.NotEqual(uming.PlainSource, uming.PreparedSource);
        Assert.Equal(plain.Bytes, prepared.Bytes);
        Assert.Equal(plain.NewGlyphIds, prepared.NewGlyphIds);
    }

    [Fact]
    public void A_subset_keeps_only_the_characters_used_and_their_glyph_ids()
    {
        var uming = LoadedFace.Get(Installed.Find("AR PL UMing CN")!);
        Assert.True(uming.Font.TryGetNominalGlyph('中', out var zhong));
        Assert.True(uming.Font.TryGetNominalGlyph('文', out var wen));

        // With its cmap (forPdfOnly: false), so the subset's own mapping can be checked here.
        var subset = FontSubsetter.Subset(uming, ['中', '文'], [(ushort)zhong, (ushort)wen], forPdfOnly: false);
        var bytes = subset.Bytes;

        // Dense glyph ids: .notdef and the two glyphs, so no empty loca/hmtx entries up to the full face's ids.
        Assert.InRange(bytes.Length, 200, 8_000);
        Assert.Equal(new[] { (ushort)wen, (ushort)zhong }.Order(), subset.NewGlyphIds.Keys.Order());
        Assert.Equal(new ushort[] { 1, 2 }, subset.NewGlyphIds.Values.Order());
        using var blob = new Blob(System.Runtime.InteropServices.Marshal.UnsafeAddrOfPinnedArrayElement(bytes, 0), bytes.Length, MemoryMode.Duplicate);
        using var face = new Face(blob, 0);
        Assert.Equal(3, face.GlyphCount);
        using var font = new Font(face);
        Assert.True(font.TryGetNominalGlyph('中', out var subsetZhong));
        Assert.Equal(subset.Map((ushort)zhong), subsetZhong); // the painter draws the mapped id
        Assert.True(font.TryGetNominalGlyph('文', out var subsetWen));
        Assert.Equal(subset.Map((ushort)wen), subsetWen);
        Assert.Throws<InvalidOperationException>(() => subset.Map(12345));
        Assert.False(font.TryGetNominalGlyph('国', out _));
        Assert.DoesNotContain(face.Tables, t => t.ToString() is "fpgm" or "prep" or "cvt "); // NO_HINTING

        // What the PDF embeds leaves out what only a shaper reads, and keeps what a CIDFontType2 needs.
        var forPdf = FontSubsetter.Subset(uming, ['中', '文'], [(ushort)zhong, (ushort)wen]).Bytes;
        using var pdfBlob = new Blob(System.Runtime.InteropServices.Marshal.UnsafeAddrOfPinnedArrayElement(forPdf, 0), forPdf.Length, MemoryMode.Duplicate);
        using var pdfFace = new Face(pdfBlob, 0);
        var tables = pdfFace.Tables.Select(t => t.ToString()).ToList();
        Assert.DoesNotContain(tables, t => t is "cmap" or "GSUB" or "GPOS" or "vmtx");
        Assert.All(new[] { "glyf", "loca", "head", "hhea", "hmtx", "maxp" }, t => Assert.Contains(t, tables));
        Assert.True(forPdf.Length < bytes.Length, $"{forPdf.Length} bytes for the PDF, {bytes.Length} with cmap");
    }

    [Fact]
    public void Fonts_command_lists_every_role_and_fails_with_the_install_command_when_a_role_has_none()
    {
        var ok = new StringWriter();
        var exit = GovReportGen.Cli.CliApp.Run(["fonts", "--templates", RepoPaths.Templates], ok, new StringWriter());
        Assert.Equal(0, exit);
        Assert.Contains("正文（仿宋）\tbody\tNotoSerifCJKsc-Light", ok.ToString());
        Assert.Contains("一级标题（黑体）\theading1\tNotoSansCJKsc-Regular", ok.ToString());
        Assert.Equal(FontRoles.All.Count, ok.ToString().Split('\n').Count(l => l.Contains('\t')));

        var theme = ThemeWith("No Such Font");
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var failed = GovReportGen.Cli.CliApp.Run(["fonts", "--templates", Path.GetDirectoryName(theme.Directory)!], stdout, stderr);
        Assert.Equal(1, failed);
        Assert.Contains("标题（小标宋）的字体链（No Such Font）", stderr.ToString());
        Assert.Contains("sudo apt-get install -y fonts-arphic-ukai fonts-arphic-uming fonts-wqy-zenhei", stderr.ToString());
    }
}

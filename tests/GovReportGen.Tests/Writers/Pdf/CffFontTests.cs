using System.Text.RegularExpressions;
using GovReportGen.Documents;
using GovReportGen.Theme;
using GovReportGen.Writers.Pdf;
using GovReportGen.Writers.Pdf.Fonts;
using UglyToad.PdfPig;
using static GovReportGen.Tests.Writers.Pdf.PdfTestSupport;

namespace GovReportGen.Tests.Writers.Pdf;

/// <summary>
/// A CFF face (Noto Serif CJK SC, 思源宋体, Debian fonts-noto-cjk, which CI installs) is embedded as a CIDFontType0
/// with a FontFile3 /CIDFontType0C program, never as Type 3, and its text reads back through ToUnicode.
/// </summary>
public sealed partial class CffFontTests : IDisposable
{
    private const string Family = "Noto Serif CJK SC";
    private readonly Templating.TempFolder _temp = new("grg-cff-");

    public void Dispose() => _temp.Dispose();

    private PdfWriterOptions NotoOptions()
    {
        var dir = Path.Combine(_temp.Root, "theme");
        Directory.CreateDirectory(Path.Combine(dir, "fonts"));
        var roles = string.Join(",", FontRoles.All.Select(r => $"\"{r.Key()}\": [\"{Family}\", \"AR PL UMing CN\"]"));
        File.WriteAllText(Path.Combine(dir, "fonts.json"), $"{{ \"roles\": {{ {roles} }}, \"packages\": {{ \"AR PL UMing CN\": \"fonts-arphic-uming\" }} }}");
        return new PdfWriterOptions(dir);
    }

    [SkippableFact]
    public void Noto_serif_cjk_is_embedded_as_cid_font_type_0_and_reads_back()
    {
        var options = NotoOptions();
        var theme = options.LoadTheme();
        var usage = new CodePointUsage();
        usage.Add(FontRole.Body, "政");
        var face = DocumentFonts.Resolve(theme, options.LoadCatalog(theme), usage)[FontRole.Body].Primary;
        Skip.IfNot(face.Description.Outlines == OutlineKind.Cff,
            $"{Family} is not installed (apt-get install fonts-noto-cjk; .ci/apt-packages lists it for CI)");

        const string body = "全年共主动公开政府信息307条，其中通过政府网站发布11条（占３．６％）；“依申请公开”《条例》——完。";
        var document = Parse($"<h1>思源宋体测试</h1><h2>一、总体情况</h2><p>{body}</p>" + Tests.Documents.ReportTables.Table3());
        using var stream = new MemoryStream();
        var result = PdfWriter.Write(document, Metadata(), options, stream);
        var bytes = stream.ToArray();
        Assert.Contains(result.Layout.Fonts[FontRole.Body].Primary.Key, result.SubsetBytes.Keys);

        var root = TaggedPdfReader.Read(bytes, out _, out var unclaimed);
        Assert.Equal(0, unclaimed);
        Assert.Equal(Squeeze(body), Squeeze(Assert.Single(root.DescendantsAndSelf(), e => e.Role == "P").Text));
        var cells = document.Blocks.OfType<Table>().Single().Grid.Origins.Select(o => Squeeze(InlineText.ToSingleLine(o.Content)));
        Assert.Equal(cells, root.DescendantsAndSelf().Where(e => e.Role is "TH" or "TD").Select(e => Squeeze(e.Text)));

        var descendants = CidFonts(bytes);
        var noto = Assert.Single(descendants, d => d.BaseFont.Contains("+NotoSerifCJK", StringComparison.Ordinal));
        Assert.Equal(("CIDFontType0", "FontFile3", "CIDFontType0C"), (noto.Subtype, noto.File, noto.FileSubtype));
        Assert.All(descendants.Where(d => d != noto), d => Assert.Equal(("CIDFontType2", "FontFile2"), (d.Subtype, d.File)));

        if (HasTool("pdffonts"))
        {
            var path = Path.Combine(_temp.Root, "noto.pdf");
            File.WriteAllBytes(path, bytes);
            var (exit, listing) = Run("pdffonts", path);
            Assert.Equal(0, exit);
            Assert.Matches(@"\+NotoSerifCJK\S*\s+CID Type 0C\s+Identity-H\s+yes\s+yes\s+yes", listing);
            Assert.DoesNotContain("Type 3", listing);
            if (HasTool("qpdf"))
                Assert.Contains("No syntax or stream encoding errors found", Run("qpdf", "--check", path).Output);
            var (_, extracted) = Run("pdftotext", path, "-");
            Assert.Contains(Squeeze(body), Squeeze(extracted));
        }
    }

    /// <summary>Every Type0 font's descendant: its subtype, base font, and which font file its descriptor embeds.</summary>
    private static List<(string Subtype, string BaseFont, string File, string? FileSubtype)> CidFonts(byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        T Get<T>(UglyToad.PdfPig.Tokens.IToken token) where T : UglyToad.PdfPig.Tokens.IToken =>
            token is UglyToad.PdfPig.Tokens.IndirectReferenceToken r ? (T)pdf.Structure.GetObject(r.Data).Data : (T)token;
        var page = Get<UglyToad.PdfPig.Tokens.DictionaryToken>(((UglyToad.PdfPig.Tokens.ArrayToken)Get<UglyToad.PdfPig.Tokens.DictionaryToken>(pdf.Structure.Catalog.CatalogDictionary.Data["Pages"]).Data["Kids"]).Data[0]);
        var fonts = Get<UglyToad.PdfPig.Tokens.DictionaryToken>(Get<UglyToad.PdfPig.Tokens.DictionaryToken>(page.Data["Resources"]).Data["Font"]);
        var result = new List<(string, string, string, string?)>();
        foreach (var font in fonts.Data.Values.Select(Get<UglyToad.PdfPig.Tokens.DictionaryToken>))
        {
            var cid = Get<UglyToad.PdfPig.Tokens.DictionaryToken>(((UglyToad.PdfPig.Tokens.ArrayToken)font.Data["DescendantFonts"]).Data[0]);
            var descriptor = Get<UglyToad.PdfPig.Tokens.DictionaryToken>(cid.Data["FontDescriptor"]);
            var file = descriptor.Data.Keys.Single(k => k.StartsWith("FontFile", StringComparison.Ordinal));
            var stream = Get<UglyToad.PdfPig.Tokens.StreamToken>(descriptor.Data[file]);
            var fileSubtype = stream.StreamDictionary.Data.TryGetValue("Subtype", out var st) ? ((UglyToad.PdfPig.Tokens.NameToken)st).Data : null;
            result.Add((((UglyToad.PdfPig.Tokens.NameToken)cid.Data["Subtype"]).Data, ((UglyToad.PdfPig.Tokens.NameToken)cid.Data["BaseFont"]).Data, file, fileSubtype));
        }
        return result;
    }

    private static string Squeeze(string text) => Whitespace().Replace(text, "");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

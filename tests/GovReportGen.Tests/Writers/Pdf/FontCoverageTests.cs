using System.Buffers.Binary;
using System.Text;
using GovReportGen.Theme;
using GovReportGen.Writers.Pdf;
using GovReportGen.Writers.Pdf.Fonts;
using UglyToad.PdfPig;
using static GovReportGen.Tests.Writers.Pdf.PdfTestSupport;

namespace GovReportGen.Tests.Writers.Pdf;

/// <summary>
/// The faces chosen per role (docs/typesetting.md §2.1) cover what reports print, and licensed fonts dropped into
/// <c>templates/theme/fonts/</c> still come first in every chain.
/// </summary>
public sealed class FontCoverageTests : IDisposable
{
    private readonly Templating.TempFolder _temp = new("grg-coverage-");

    public void Dispose() => _temp.Dispose();

    /// <summary>GB 2312 level 1: rows 16–55 (0xB0A1–0xD7F9), 3,755 ideographs in pinyin order.</summary>
    public static string Gb2312Level1()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var gb = Encoding.GetEncoding("GB2312");
        var text = new StringBuilder();
        for (var row = 0xB0; row <= 0xD7; row++)
            for (var cell = 0xA1; cell <= (row == 0xD7 ? 0xF9 : 0xFE); cell++)
                text.Append(gb.GetString([(byte)row, (byte)cell]));
        return text.ToString();
    }

    /// <summary>The punctuation, digits and signs the reports and their tables use.</summary>
    public const string Punctuation = "，。、；：？！“”‘’（）《》〈〉【】〔〕…—·％～／＋－×÷＝0123456789%.,:;()-/@";

    [Theory]
    [InlineData(FontRole.Title, "NotoSerifCJK-Bold.ttc")]
    [InlineData(FontRole.Heading1, "NotoSansCJK-Regular.ttc")]
    [InlineData(FontRole.Heading2, "LXGWWenKai-Regular.ttf")]
    [InlineData(FontRole.Body, "NotoSerifCJK-Light.ttc")]
    [InlineData(FontRole.Table, "NotoSerifCJK-Light.ttc")]
    [InlineData(FontRole.PageNumber, "NotoSerifCJK-Regular.ttc")]
    public void The_chosen_face_of_every_role_covers_gb2312_level_1_and_the_reports_punctuation(FontRole role, string file)
    {
        var level1 = Gb2312Level1();
        Assert.Equal(3755, level1.Length);
        var usage = new CodePointUsage();
        usage.Add(role, level1 + Punctuation);
        var theme = FontTheme.Load(ThemeDirectory);

        var fonts = DocumentFonts.Resolve(theme, Options.LoadCatalog(theme), usage);

        Assert.StartsWith(file + "#", fonts[role].Primary.Key);
        Assert.Empty(fonts.Warnings); // nothing had to fall back down the chain
    }

    [Fact]
    public void A_licensed_font_dropped_into_the_theme_folder_sets_the_body_before_the_free_face()
    {
        // The stand-in: LXGW WenKai with its name table rewritten to say 仿宋_GB2312, as a licensed file would.
        var theme = Path.Combine(_temp.Root, "theme");
        Directory.CreateDirectory(Path.Combine(theme, FontTheme.FontsFolderName));
        File.Copy(Path.Combine(ThemeDirectory, FontTheme.FileName), Path.Combine(theme, FontTheme.FileName));
        var source = FontCatalog.Shared(FontCatalog.SystemFolders()).Find("LXGWWenKai-Regular")!;
        File.WriteAllBytes(Path.Combine(theme, FontTheme.FontsFolderName, "FangSong_GB2312.ttf"),
            WithNames(File.ReadAllBytes(source.Path), family: "仿宋_GB2312", postScript: "FangSong_GB2312"));
        FontTheme.Forget(theme);

        var (document, metadata) = SampleDocument("chaoyang-kjj", 2024);
        using var stream = new MemoryStream();
        PdfWriter.Write(document, metadata, new PdfWriterOptions(theme), stream);
        using var pdf = PdfDocument.Open(stream.ToArray());
        var letters = pdf.GetPages().SelectMany(p => p.Letters).Where(l => !string.IsNullOrWhiteSpace(l.Value)).ToList();
        static string Face(UglyToad.PdfPig.Content.Letter l) => l.FontName![(l.FontName!.IndexOf('+') + 1)..];

        Assert.All(letters.Where(l => Math.Abs(l.PointSize - 10.5) < 0.01), l => Assert.Equal("FangSong_GB2312", Face(l)));
        Assert.Contains(letters, l => Math.Abs(l.PointSize - 16) < 0.01 && Face(l) == "FangSong_GB2312");
        Assert.All(letters.Where(l => Math.Abs(l.PointSize - 22) < 0.01), l => Assert.Equal("NotoSerifCJKsc-Bold", Face(l)));
    }

    /// <summary>A TrueType font whose name table says <paramref name="family"/> (ID 1, 4) and <paramref name="postScript"/> (ID 6).</summary>
    private static byte[] WithNames(byte[] font, string family, string postScript)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(font.AsSpan(4));
        var tables = new List<(uint Tag, byte[] Data)>();
        for (var i = 0; i < count; i++)
        {
            var entry = font.AsSpan(12 + 16 * i);
            var tag = BinaryPrimitives.ReadUInt32BigEndian(entry);
            var offset = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[8..]);
            var length = (int)BinaryPrimitives.ReadUInt32BigEndian(entry[12..]);
            tables.Add((tag, font.AsSpan(offset, length).ToArray()));
        }
        var name = tables.FindIndex(t => t.Tag == 0x6E616D65); // 'name'
        tables[name] = (tables[name].Tag, NameTable(family, postScript));

        using var output = new MemoryStream();
        var header = new byte[12 + 16 * tables.Count];
        font.AsSpan(0, 12).CopyTo(header);
        var position = header.Length;
        for (var i = 0; i < tables.Count; i++)
        {
            var entry = header.AsSpan(12 + 16 * i);
            BinaryPrimitives.WriteUInt32BigEndian(entry, tables[i].Tag);
            BinaryPrimitives.WriteUInt32BigEndian(entry[4..], Checksum(tables[i].Data));
            BinaryPrimitives.WriteUInt32BigEndian(entry[8..], (uint)position);
            BinaryPrimitives.WriteUInt32BigEndian(entry[12..], (uint)tables[i].Data.Length);
            position += (tables[i].Data.Length + 3) & ~3;
        }
        output.Write(header);
        foreach (var (_, data) in tables)
        {
            output.Write(data);
            output.Write(new byte[((data.Length + 3) & ~3) - data.Length]);
        }
        return output.ToArray();
    }

    private static byte[] NameTable(string family, string postScript)
    {
        var records = new[] { (Id: 1, Text: family), (Id: 4, Text: family), (Id: 6, Text: postScript) };
        var strings = records.Select(r => Encoding.BigEndianUnicode.GetBytes(r.Text)).ToArray();
        var table = new byte[6 + 12 * records.Length + strings.Sum(s => s.Length)];
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(2), (ushort)records.Length);
        BinaryPrimitives.WriteUInt16BigEndian(table.AsSpan(4), (ushort)(6 + 12 * records.Length));
        var offset = 0;
        for (var i = 0; i < records.Length; i++)
        {
            var record = table.AsSpan(6 + 12 * i);
            BinaryPrimitives.WriteUInt16BigEndian(record, 3);                 // Windows
            BinaryPrimitives.WriteUInt16BigEndian(record[2..], 1);            // Unicode BMP
            BinaryPrimitives.WriteUInt16BigEndian(record[4..], 0x0804);       // zh-CN
            BinaryPrimitives.WriteUInt16BigEndian(record[6..], (ushort)records[i].Id);
            BinaryPrimitives.WriteUInt16BigEndian(record[8..], (ushort)strings[i].Length);
            BinaryPrimitives.WriteUInt16BigEndian(record[10..], (ushort)offset);
            strings[i].CopyTo(table.AsSpan(6 + 12 * records.Length + offset));
            offset += strings[i].Length;
        }
        return table;
    }

    private static uint Checksum(byte[] data)
    {
        uint sum = 0;
        Span<byte> word = stackalloc byte[4];
        for (var i = 0; i < data.Length; i += 4)
        {
            word.Clear();
            data.AsSpan(i, Math.Min(4, data.Length - i)).CopyTo(word);
            sum += BinaryPrimitives.ReadUInt32BigEndian(word);
        }
        return sum;
    }
}

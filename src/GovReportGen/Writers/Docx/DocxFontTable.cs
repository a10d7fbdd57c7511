using DocumentFormat.OpenXml.Wordprocessing;

namespace GovReportGen.Writers.Docx;

/// <summary>
/// The font table: each font the styles name, with its English name, GB2312 character set and PANOSE class,
/// which Word uses to substitute a similar Chinese face on a PC without it (e.g. 仿宋 for 仿宋_GB2312 on
/// Windows 10).
/// </summary>
internal static class DocxFontTable
{
    public static Fonts Create() => new(DocxFonts.All.Select(Entry));

    private static Font Entry(DocxFont font)
    {
        var entry = new Font { Name = font.Name };
        entry.Append(new AltName { Val = font.AltName });
        if (font.Panose is { } panose)
            entry.Append(new Panose1Number { Val = panose });
        entry.Append(
            new FontCharSet { Val = "86" },
            new FontFamily { Val = FontFamilyValues.Modern },
            new Pitch { Val = FontPitchValues.Fixed });
        return entry;
    }
}

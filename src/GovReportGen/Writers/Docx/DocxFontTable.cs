using DocumentFormat.OpenXml.Wordprocessing;

namespace GovReportGen.Writers.Docx;

/// <summary>
/// The font table: each font the styles name, with the alternate names a reader tries when it is missing (the stock
/// Windows 仿宋 / 楷体 for the <c>_GB2312</c> faces) and the substitution data — PANOSE, GB2312 character set, family,
/// pitch, signature — it falls back on when no name is found (docs/typesetting.md §6.1).
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
            new FontFamily
            {
                Val = font.Family switch
                {
                    DocxFontFamily.Roman => FontFamilyValues.Roman,
                    DocxFontFamily.Modern => FontFamilyValues.Modern,
                    _ => FontFamilyValues.Auto,
                },
            },
            new Pitch { Val = font.Pitch == DocxFontPitch.Fixed ? FontPitchValues.Fixed : FontPitchValues.Variable });
        if (font.Signature is { } sig)
        {
            entry.Append(new FontSignature
            {
                UnicodeSignature0 = sig.Usb0,
                UnicodeSignature1 = sig.Usb1,
                UnicodeSignature2 = sig.Usb2,
                UnicodeSignature3 = sig.Usb3,
                CodePageSignature0 = sig.Csb0,
                CodePageSignature1 = sig.Csb1,
            });
        }
        return entry;
    }
}

using DocumentFormat.OpenXml.Wordprocessing;

namespace GovReportGen.Writers.Docx;

/// <summary>Document settings: separate odd and even footers, Word 2013+ layout (no compatibility mode), Chinese.</summary>
internal static class DocxSettings
{
    public static Settings Create() => new(
        new Zoom { Percent = "100" },
        new EvenAndOddHeaders(),
        // Every character keeps its full grid cell: no punctuation squeezing, so lines hold 28 characters as
        // in the PDF (which compresses punctuation only to avoid a forbidden line start).
        new CharacterSpacingControl { Val = CharacterSpacingValues.DoNotCompress },
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }),
        new ThemeFontLanguages { Val = "en-US", EastAsia = "zh-CN" },
        new DecimalSymbol { Val = "." },
        new ListSeparator { Val = "," });
}

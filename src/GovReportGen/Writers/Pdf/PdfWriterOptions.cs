using GovReportGen.Theme;
using GovReportGen.Writers.Pdf.Fonts;
using GovReportGen.Writers.Pdf.Layout;

namespace GovReportGen.Writers.Pdf;

/// <summary>
/// Where the PDF writer finds its theme (<c>templates/theme</c>: fonts.json and the fonts/ folder), which
/// system folders it searches for fonts, and the page in points. A run builds it from its own templates
/// folder (<see cref="For"/>); nothing is looked up from the working directory.
/// </summary>
internal sealed record PdfWriterOptions(string ThemeDirectory, IReadOnlyList<string>? SystemFontFolders = null)
{
    public static PdfWriterOptions For(ThemeSpec theme, IReadOnlyList<string>? systemFontFolders = null) =>
        new(theme.Directory, systemFontFolders) { Geometry = PageGeometry.From(theme.Page) };

    public PageGeometry Geometry { get; init; } = PageGeometry.Default;

    /// <summary>Which backend writes the file; Skia is kept only to measure against (bench) until it is removed.</summary>
    public PdfEngine Engine { get; init; } = Environment.GetEnvironmentVariable("GRG_TMP_SKIA") is null ? PdfEngine.Direct : PdfEngine.Skia;

    public FontTheme LoadTheme() => FontTheme.Load(ThemeDirectory);

    public FontCatalog LoadCatalog(FontTheme theme) => FontCatalog.ForTheme(theme, SystemFontFolders);
}

/// <summary>The PDF backend: our own serializer (tagged, CID fonts from the subsets) or the old SkiaSharp painter.</summary>
internal enum PdfEngine
{
    Direct,
    Skia,
}

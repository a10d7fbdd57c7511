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

    /// <summary>
    /// Which backend writes the file. Skia is kept only so the benchmark can measure old against new in one run
    /// (<c>GRG_PDF_ENGINE=skia</c>, read by nothing else); it writes untagged PDFs and goes with SkiaSharp.
    /// </summary>
    public PdfEngine Engine { get; init; } = DefaultEngine;

    public static PdfEngine DefaultEngine { get; } =
        string.Equals(Environment.GetEnvironmentVariable("GRG_PDF_ENGINE"), "skia", StringComparison.OrdinalIgnoreCase) ? PdfEngine.Skia : PdfEngine.Direct;

    public FontTheme LoadTheme() => FontTheme.Load(ThemeDirectory);

    public FontCatalog LoadCatalog(FontTheme theme) => FontCatalog.ForTheme(theme, SystemFontFolders);
}

/// <summary>The PDF backend: our own serializer (tagged, CID fonts from the subsets) or the old SkiaSharp painter.</summary>
internal enum PdfEngine
{
    Direct,
    Skia,
}

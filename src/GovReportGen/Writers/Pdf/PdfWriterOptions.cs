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

    public FontTheme LoadTheme() => FontTheme.Load(ThemeDirectory);

    public FontCatalog LoadCatalog(FontTheme theme) => FontCatalog.ForTheme(theme, SystemFontFolders);
}

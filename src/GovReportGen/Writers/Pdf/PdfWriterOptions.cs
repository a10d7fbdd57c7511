using GovReportGen.Writers.Pdf.Fonts;
using GovReportGen.Writers.Pdf.Layout;

namespace GovReportGen.Writers.Pdf;

/// <summary>
/// Where the PDF writer finds its theme (<c>templates/theme</c>: fonts.json and the fonts/ folder) and which
/// system folders it searches for fonts. Null theme: <see cref="ThemeLocator.Find"/>.
/// </summary>
public sealed record PdfWriterOptions(string? ThemeDirectory = null, IReadOnlyList<string>? SystemFontFolders = null)
{
    public static PdfWriterOptions Default { get; } = new();

    public PageGeometry Geometry { get; init; } = PageGeometry.Default;

    public FontTheme LoadTheme()
    {
        var directory = ThemeDirectory ?? ThemeLocator.Find()
            ?? throw new PdfFontException($"找不到字体主题目录 templates/theme（含 {FontTheme.FileName}）：请在项目根目录运行，或设置环境变量 {ThemeLocator.EnvironmentVariable}");
        return FontTheme.Load(directory);
    }

    public FontCatalog LoadCatalog(FontTheme theme) => FontCatalog.ForTheme(theme, SystemFontFolders);
}

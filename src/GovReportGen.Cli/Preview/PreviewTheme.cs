using GovReportGen.Theme;
using GovReportGen.Writers.Pdf.Fonts;

namespace GovReportGen.Cli.Preview;

/// <summary>
/// The PDF writer reads a theme's fonts.json once per process; a preview runs for hours while the theme is edited.
/// Before each render the file's content is compared with the last render's, and a changed file is read again.
/// </summary>
internal static class PreviewTheme
{
    private static readonly Dictionary<string, string?> Seen = new(StringComparer.Ordinal);

    public static void ForgetFonts(string templatesDir)
    {
        var theme = ThemeSpec.DirectoryFor(templatesDir);
        var path = Path.Combine(theme, FontTheme.FileName);
        string? content;
        try { content = File.Exists(path) ? File.ReadAllText(path) : null; }
        catch (IOException) { content = "\0unreadable"; }
        catch (UnauthorizedAccessException) { content = "\0unreadable"; }
        lock (Seen)
        {
            if (Seen.TryGetValue(theme, out var before) && before == content) return;
            Seen[theme] = content;
            FontTheme.Forget(theme);
        }
    }
}

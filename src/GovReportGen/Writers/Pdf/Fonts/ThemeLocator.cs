namespace GovReportGen.Writers.Pdf.Fonts;

/// <summary>
/// Finds <c>templates/theme</c> when the caller does not say where it is: the <c>GRG_THEME</c> environment
/// variable, then <c>./templates/theme</c> (the CLI's default <c>--templates ./templates</c>), then the first
/// <c>templates/theme</c> above the program's own folder (tests and builds run from <c>bin/</c>).
/// </summary>
public static class ThemeLocator
{
    public const string EnvironmentVariable = "GRG_THEME";

    public static string? Find()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
            return fromEnvironment;
        var fromWorkingDirectory = ThemeIn(Directory.GetCurrentDirectory());
        if (fromWorkingDirectory is not null)
            return fromWorkingDirectory;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (ThemeIn(dir.FullName) is { } found)
                return found;
        }
        return null;
    }

    /// <summary>The theme folder beside a templates folder given on the command line.</summary>
    public static string ForTemplates(string templatesDirectory) => Path.Combine(templatesDirectory, "theme");

    private static string? ThemeIn(string root)
    {
        var theme = Path.Combine(root, "templates", "theme");
        return File.Exists(Path.Combine(theme, FontTheme.FileName)) ? theme : null;
    }
}

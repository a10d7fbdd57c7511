namespace GovReportGen.Theme;

/// <summary>
/// The theme of a run: the <c>theme</c> folder beside the templates (its <c>fonts.json</c> gives each font
/// role's chain, its <c>fonts/</c> folder licensed font files) and the page every writer sets. Built from the
/// run's templates folder, never looked up from the working directory, so <c>render --templates X</c> sets
/// every format with <c>X/theme</c>.
/// </summary>
public sealed record ThemeSpec(string Directory, PageSpec Page)
{
    public const string FolderName = "theme";

    /// <summary>The theme folder beside a templates folder given on the command line.</summary>
    public static string DirectoryFor(string templatesDirectory) => Path.Combine(templatesDirectory, FolderName);

    public static ThemeSpec ForTemplates(string templatesDirectory) => new(DirectoryFor(templatesDirectory), PageSpec.Default);
}

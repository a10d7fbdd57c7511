using System.Runtime.CompilerServices;

namespace GovReportGen.Tests.Skeleton;

/// <summary>A throw-away data folder (holding <c>agencies/</c>) built from the base fixtures.</summary>
public sealed class TempDataFolder : IDisposable
{
    public const string AgencyId = "sample-kjj";

    public TempDataFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "grg-skeleton-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "agencies"));
    }

    public string Root { get; }

    public string AgencyDir => Path.Combine(Root, "agencies", AgencyId);

    public string YearFile(int year) => Path.Combine(AgencyDir, $"{year}.yaml");

    /// <summary>The base agency folder with only its agency.yaml.</summary>
    public static TempDataFolder WithAgencyOnly()
    {
        var folder = new TempDataFolder();
        Directory.CreateDirectory(folder.AgencyDir);
        File.Copy(Path.Combine(BaseAgencyDir("gov-2021"), "agency.yaml"), Path.Combine(folder.AgencyDir, "agency.yaml"));
        return folder;
    }

    /// <summary>
    /// The base agency with its <paramref name="baseFormat"/> year file turned into <paramref name="year"/>
    /// and edited by <paramref name="edit"/> (plain text replacements on the YAML).
    /// </summary>
    public static TempDataFolder WithYear(string baseFormat, int year, params (string From, string To)[] edits)
    {
        var folder = WithAgencyOnly();
        var source = Directory.GetFiles(BaseAgencyDir(baseFormat), "20*.yaml").Single();
        var sourceYear = Path.GetFileNameWithoutExtension(source);
        var text = File.ReadAllText(source).Replace($"year: {sourceYear}", $"year: {year}");
        foreach (var (from, to) in edits)
        {
            Assert.True(text.Contains(from, StringComparison.Ordinal), $"fixture edit: “{from}” not found in {source}");
            text = text.Replace(from, to);
        }
        File.WriteAllText(folder.YearFile(year), text);
        return folder;
    }

    public static string BaseAgencyDir(string format) => Path.Combine(FixturesDir(), "_base", format, "agencies", AgencyId);

    /// <summary>
    /// Found from this source file rather than <c>RepoPaths</c>, which searches upwards from the test
    /// binary and so fails when builds go to an artifacts folder outside the repository (GRG_ARTIFACTS).
    /// </summary>
    private static string FixturesDir([CallerFilePath] string thisFile = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(thisFile)!, "..", "Fixtures"));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}

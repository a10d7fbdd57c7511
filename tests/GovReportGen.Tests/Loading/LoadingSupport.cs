using GovReportGen.Formats;
using GovReportGen.Data;
using GovReportGen.Data.Yaml;
using GovReportGen.Diagnostics;
using GovReportGen.Tests.Support;

namespace GovReportGen.Tests.Loading;

/// <summary>Runs the loader on bytes made up by a test: straight through the reader, or as a data folder on disk.</summary>
internal static class LoadingSupport
{
    public const string DisplayFile = "agencies/sample-kjj/2024.yaml";

    public static string BaseDir(string format = "gov-2021") => Path.Combine(RepoPaths.Fixtures, "_base", format, "agencies", "sample-kjj");

    public static byte[] BaseYearBytes(string format = "gov-2021") =>
        System.IO.File.ReadAllBytes(Path.Combine(BaseDir(format), format == "gov-2021" ? "2024.yaml" : "2020.yaml"));

    public static string BaseYearText(string format = "gov-2021") => System.Text.Encoding.UTF8.GetString(BaseYearBytes(format));

    public static (YNode? Tree, IReadOnlyList<Diagnostic> Diagnostics) Read(byte[] bytes, YamlLimits? limits = null)
    {
        var bag = new DiagnosticBag();
        var tree = YamlFileReader.ReadBytes(bytes, DisplayFile, bag, limits);
        return (tree, bag.Items);
    }

    public static (YNode? Tree, IReadOnlyList<Diagnostic> Diagnostics) Read(string text) => Read(System.Text.Encoding.UTF8.GetBytes(text));

    /// <summary>A data folder with the base agency.yaml and the given year file, loaded with LoadAll.</summary>
    public static LoadedReport LoadYearFile(byte[] yearBytes, string fileName = "2024.yaml")
    {
        using var dir = new TempDataDir();
        var agencyDir = dir.Agency("sample-kjj");
        System.IO.File.Copy(Path.Combine(BaseDir(), "agency.yaml"), Path.Combine(agencyDir, "agency.yaml"));
        System.IO.File.WriteAllBytes(Path.Combine(agencyDir, fileName), yearBytes);
        var data = FormatRegistry.Loader.LoadAll(dir.Root, dir.Root);
        return Assert.Single(Assert.Single(data.Agencies).Reports);
    }

    public static string Describe(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(d => d.ToString()));
}

/// <summary>A throw-away data root (<c>agencies/</c> inside), deleted on dispose.</summary>
internal sealed class TempDataDir : IDisposable
{
    public TempDataDir()
    {
        Root = Path.Combine(Path.GetTempPath(), "grg-loading-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "agencies"));
    }

    public string Root { get; }

    public string Agency(string id)
    {
        var dir = Path.Combine(Root, "agencies", id);
        Directory.CreateDirectory(dir);
        return dir;
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); }
        catch (IOException) { }
    }
}

using System.Text;

namespace GovReportGen.Tests.Support;

/// <summary>
/// Turns a fixture folder into the data folder the loader reads: whole files are copied, each
/// <c>X.overlay.yaml</c> becomes <c>X.yaml</c> merged into its base file, and an agency folder holding overlays
/// but no agency.yaml of its own gets the base's agency.yaml. See Fixtures/README.md.
/// </summary>
public sealed class FixtureTree : IDisposable
{
    public const string OverlaySuffix = ".overlay.yaml";
    private const string BaseAgencyFolder = "sample-kjj";

    /// <summary>The folder to load: the fixture itself when it has no overlay, else a temporary copy.</summary>
    public string Root { get; }
    private readonly bool ownsRoot;

    private FixtureTree(string root, bool ownsRoot)
    {
        Root = root;
        this.ownsRoot = ownsRoot;
    }

    public static bool HasOverlays(string fixtureDir) =>
        Directory.EnumerateFiles(fixtureDir, "*" + OverlaySuffix, SearchOption.AllDirectories).Any();

    public static FixtureTree Materialise(string fixtureDir)
    {
        // A fixture without overlays is read in place, exactly as before overlays existed.
        if (!HasOverlays(fixtureDir)) return new FixtureTree(fixtureDir, ownsRoot: false);

        var root = Directory.CreateTempSubdirectory("grg-fixture-").FullName;
        try
        {
            WriteTree(fixtureDir, root);
            return new FixtureTree(root, ownsRoot: true);
        }
        catch
        {
            Directory.Delete(root, recursive: true);
            throw;
        }
    }

    /// <summary>Writes the materialised files of <paramref name="fixtureDir"/> under <paramref name="target"/>.</summary>
    public static void WriteTree(string fixtureDir, string target)
    {
        var agencyBases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(fixtureDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(fixtureDir, file);
            if (relative == "expected.txt") continue;
            if (!relative.EndsWith(OverlaySuffix, StringComparison.Ordinal))
            {
                CopyTo(file, Path.Combine(target, relative));
                continue;
            }
            var fileName = Path.GetFileName(relative)[..^OverlaySuffix.Length] + ".yaml";
            var destination = Path.Combine(target, Path.GetDirectoryName(relative)!, fileName);
            var overlayText = File.ReadAllText(file, Strict);
            var baseFile = BaseFile(overlayText, fileName, file);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.WriteAllText(destination, YamlOverlay.Merge(File.ReadAllText(baseFile, Strict), overlayText), Strict);
            agencyBases.TryAdd(Path.GetDirectoryName(destination)!, Path.GetDirectoryName(baseFile)!);
        }
        foreach (var (agencyDir, baseDir) in agencyBases)
        {
            var agencyFile = Path.Combine(agencyDir, "agency.yaml");
            if (!File.Exists(agencyFile)) File.Copy(Path.Combine(baseDir, "agency.yaml"), agencyFile);
        }
    }

    /// <summary>
    /// <c>$base: gov-2021</c> names the base file of the same name; <c>$base: gov-2019/2020.yaml</c> names another file
    /// of that base (a previous year written from the base year, for instance).
    /// </summary>
    private static string BaseFile(string overlayText, string fileName, string overlayPath)
    {
        if (!YamlOverlay.Directives(overlayText).TryGetValue("base", out var name))
            throw new InvalidOperationException($"{overlayPath}: an overlay names its base with '$base: gov-2021' (or 'gov-2021/2024.yaml').");
        var parts = name.Split('/', 2);
        var path = Path.Combine(RepoPaths.Fixtures, "_base", parts[0], "agencies", BaseAgencyFolder, parts.Length == 2 ? parts[1] : fileName);
        return File.Exists(path) ? path : throw new FileNotFoundException($"{overlayPath}: base file {path} not found.");
    }

    private static void CopyTo(string source, string destination)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        File.Copy(source, destination);
    }

    /// <summary>Overlays and bases are UTF-8 without a BOM; anything else is a whole-file fixture and must not be re-encoded.</summary>
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public void Dispose()
    {
        if (ownsRoot && Directory.Exists(Root)) Directory.Delete(Root, recursive: true);
    }
}

using GovReportGen.Tests.Support;

namespace GovReportGen.Tests.Fuzz;

/// <summary>
/// The inputs of one fuzz case held in memory — one sample agency's folder and the whole templates folder — so
/// mutations are pure functions of the case (printable, repeatable) and only the final tree touches the disk.
/// Keys are paths relative to the case folder with '/': <c>data/agencies/&lt;id&gt;/2024.yaml</c>, <c>templates/common/title.sbn</c>.
/// </summary>
public sealed class FuzzTree
{
    /// <summary>A key whose value is this marker is a folder, not a file (a year file replaced by a folder of that name).</summary>
    // Its own instance: an emptied file holds Array.Empty<byte>(), which must not read as a folder.
    public static readonly byte[] Folder = new byte[0];

    private readonly SortedDictionary<string, byte[]> _entries;

    private FuzzTree(SortedDictionary<string, byte[]> entries, string agencyId, int year)
    {
        _entries = entries;
        AgencyId = agencyId;
        Year = year;
    }

    /// <summary>The agency folder's current name (a mutation may rename it).</summary>
    public string AgencyId { get; private set; }

    /// <summary>The sample's report year (the year file may have been renamed away from it).</summary>
    public int Year { get; }

    public string AgencyDir => $"data/agencies/{AgencyId}";
    public string YearFile => $"{AgencyDir}/{Year}.yaml";
    public string AgencyFile => $"{AgencyDir}/agency.yaml";

    public IReadOnlyCollection<string> Paths => _entries.Keys;

    public bool Has(string path) => _entries.ContainsKey(path);

    public byte[]? Get(string path) => _entries.TryGetValue(path, out var bytes) && !ReferenceEquals(bytes, Folder) ? bytes : null;

    /// <summary>A mutation changed the templates; otherwise the case may render with a shared pristine copy of them.</summary>
    public bool TemplatesChanged { get; private set; }

    public void Set(string path, byte[] bytes)
    {
        Touch(path);
        _entries[path] = bytes;
    }

    public void Remove(string path)
    {
        Touch(path);
        _entries.Remove(path);
    }

    public void Move(string from, string to)
    {
        if (!_entries.Remove(from, out var bytes)) return;
        Touch(from);
        Set(to, bytes);
    }

    private void Touch(string path) => TemplatesChanged |= path.StartsWith("templates/", StringComparison.Ordinal);

    public void RenameAgencyFolder(string newId)
    {
        var oldPrefix = AgencyDir + "/";
        foreach (var key in _entries.Keys.Where(k => k.StartsWith(oldPrefix, StringComparison.Ordinal)).ToList())
            Move(key, $"data/agencies/{newId}/" + key[oldPrefix.Length..]);
        AgencyId = newId;
    }

    /// <summary>The sample agency <paramref name="agencyIndex"/> (wrapped) and every template file, as in the repository.</summary>
    public static FuzzTree FromSamples(int agencyIndex)
    {
        var sample = Samples.Value[agencyIndex % Samples.Value.Count];
        var entries = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var (path, bytes) in sample.Files) entries[path] = bytes;
        foreach (var (path, bytes) in TemplateFiles.Value) entries[path] = bytes;
        return new FuzzTree(entries, sample.Id, sample.Year);
    }

    /// <summary>Template files a mutation may target, relative to the templates folder (sorted, so an index is stable).</summary>
    public static IReadOnlyList<string> TemplateNames => TemplateNameList.Value;

    private static readonly Lazy<IReadOnlyList<string>> TemplateNameList = new(() => TemplateFiles.Value.Select(t => t.Path["templates/".Length..]).ToList());

    public static int SampleCount => Samples.Value.Count;

    /// <summary>Writes the tree under <paramref name="root"/> (which must be empty); the templates only when asked.</summary>
    public void WriteTo(string root, bool withTemplates = true)
    {
        Directory.CreateDirectory(Path.Combine(root, "data", "agencies"));
        if (withTemplates) Directory.CreateDirectory(Path.Combine(root, "templates"));
        foreach (var (path, bytes) in _entries)
        {
            if (!withTemplates && path.StartsWith("templates/", StringComparison.Ordinal)) continue;
            var full = Path.Combine(root, path);
            if (ReferenceEquals(bytes, Folder)) { Directory.CreateDirectory(full); continue; }
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, bytes);
        }
    }

    private sealed record Sample(string Id, int Year, IReadOnlyList<(string Path, byte[] Bytes)> Files);

    private static readonly Lazy<IReadOnlyList<Sample>> Samples = new(() =>
        Directory.GetDirectories(Path.Combine(RepoPaths.Data, "agencies")).Order(StringComparer.Ordinal).Select(dir =>
        {
            var id = Path.GetFileName(dir);
            var files = Directory.GetFiles(dir).Order(StringComparer.Ordinal)
                .Select(f => ($"data/agencies/{id}/{Path.GetFileName(f)}", File.ReadAllBytes(f))).ToList();
            var year = Directory.GetFiles(dir, "*.yaml").Select(Path.GetFileNameWithoutExtension)
                .Where(n => n!.All(char.IsAsciiDigit)).Select(n => int.Parse(n!)).Single();
            return new Sample(id, year, files);
        }).ToList());

    private static readonly Lazy<IReadOnlyList<(string Path, byte[] Bytes)>> TemplateFiles = new(() =>
        Directory.GetFiles(RepoPaths.Templates, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepoPaths.Templates, f).Replace('\\', '/'))
            // Font files a developer dropped in are not ours to mutate, and they would make every case slow to copy.
            .Where(f => !f.StartsWith("theme/fonts/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => ("templates/" + f, File.ReadAllBytes(Path.Combine(RepoPaths.Templates, f))))
            .ToList());
}

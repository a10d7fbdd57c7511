using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace GovReportGen.Writers.Pdf.Fonts;

/// <summary>
/// The font faces found in a list of folders, in a fixed order (folders as given, files sorted by path within
/// each), so the same machine always resolves a name to the same face. Built once per folder list per process.
/// </summary>
public sealed class FontCatalog
{
    private static readonly string[] Extensions = [".ttf", ".ttc", ".otf", ".otc"];
    private static readonly ConcurrentDictionary<string, Lazy<FontCatalog>> Scanned = new(StringComparer.Ordinal);

    private readonly ImmutableArray<int> _folderOf;

    private FontCatalog(ImmutableArray<string> folders, ImmutableArray<FaceDescription> faces, ImmutableArray<int> folderOf)
    {
        Folders = folders;
        Faces = faces;
        _folderOf = folderOf;
    }

    /// <summary>The folders searched, in order (missing ones included, so messages can name them).</summary>
    public ImmutableArray<string> Folders { get; }

    public ImmutableArray<FaceDescription> Faces { get; }

    /// <summary>The system's font folders: Linux (fontconfig's defaults), then Windows and macOS ones where present.</summary>
    public static IReadOnlyList<string> SystemFolders()
    {
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        var folders = new List<string> { "/usr/share/fonts", "/usr/local/share/fonts" };
        if (!string.IsNullOrEmpty(dataHome)) folders.Add(Path.Combine(dataHome, "fonts"));
        if (!string.IsNullOrEmpty(home))
        {
            folders.Add(Path.Combine(home, ".local", "share", "fonts"));
            folders.Add(Path.Combine(home, ".fonts"));
        }
        var windows = Environment.GetFolderPath(Environment.SpecialFolder.Fonts);
        if (!string.IsNullOrEmpty(windows)) folders.Add(windows);
        var localAppData = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        if (OperatingSystem.IsWindows() && !string.IsNullOrEmpty(localAppData))
            folders.Add(Path.Combine(localAppData, "Microsoft", "Windows", "Fonts"));
        if (OperatingSystem.IsMacOS())
        {
            folders.Add("/Library/Fonts");
            folders.Add("/System/Library/Fonts");
            if (!string.IsNullOrEmpty(home)) folders.Add(Path.Combine(home, "Library", "Fonts"));
        }
        return folders.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>The catalog for a theme: its own <c>fonts/</c> folder first, then the system's.</summary>
    public static FontCatalog ForTheme(FontTheme theme, IReadOnlyList<string>? systemFolders = null) =>
        Shared([theme.FontsDirectory, .. systemFolders ?? SystemFolders()]);

    /// <summary>The process-wide catalog of these folders (scanned on first use).</summary>
    public static FontCatalog Shared(IReadOnlyList<string> folders)
    {
        var key = string.Join("\n", folders);
        return Scanned.GetOrAdd(key, _ => new Lazy<FontCatalog>(() => Scan(folders))).Value;
    }

    /// <summary>A fresh scan, bypassing the cache (after installing fonts).</summary>
    public static FontCatalog Scan(IReadOnlyList<string> folders)
    {
        var faces = ImmutableArray.CreateBuilder<FaceDescription>();
        var folderOf = ImmutableArray.CreateBuilder<int>();
        for (var i = 0; i < folders.Count; i++)
        {
            foreach (var file in FontFiles(folders[i]))
            {
                foreach (var face in SfntReader.ReadFaces(file))
                {
                    faces.Add(face);
                    folderOf.Add(i);
                }
            }
        }
        return new FontCatalog([.. folders], faces.ToImmutable(), folderOf.ToImmutable());
    }

    /// <summary>Forgets every scan, so the next <see cref="Shared"/> call sees newly installed fonts.</summary>
    public static void ClearCache() => Scanned.Clear();

    /// <summary>
    /// The face a family name means: a face with a name-table record equal to <paramref name="family"/>
    /// (ignoring case) from the first folder that has one, so the theme's folder wins; among that folder's
    /// faces of the family, the upright one nearest to regular weight, the first in file order on a tie.
    /// </summary>
    public FaceDescription? Find(string family)
    {
        FaceDescription? best = null;
        var bestScore = int.MaxValue;
        var folder = -1;
        for (var i = 0; i < Faces.Length; i++)
        {
            var face = Faces[i];
            if ((folder >= 0 && _folderOf[i] != folder) || !face.Names.Contains(family, StringComparer.OrdinalIgnoreCase))
                continue;
            folder = _folderOf[i];
            var score = Math.Abs(face.Weight - 400) + (face.Italic ? 1000 : 0);
            if (score < bestScore)
            {
                best = face;
                bestScore = score;
            }
        }
        return best;
    }

    private static IEnumerable<string> FontFiles(string folder)
    {
        if (!Directory.Exists(folder))
            return [];
        try
        {
            var options = new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.System };
            return Directory.EnumerateFiles(folder, "*", options)
                .Where(f => Extensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}

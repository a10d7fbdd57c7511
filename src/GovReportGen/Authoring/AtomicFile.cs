using System.Text;

namespace GovReportGen.Authoring;

/// <summary>Creates a file that either appears complete or not at all, and never replaces an existing one.</summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes <paramref name="text"/> to a temp file beside <paramref name="path"/> (same folder, so the
    /// final move is a rename on the same volume), flushes it to disk, then moves it into place.
    /// The temp name does not end in <c>.yaml</c>, so a leftover is never loaded as data.
    /// </summary>
    /// <returns>False when <paramref name="path"/> already exists (also when it appeared meanwhile); nothing is changed then.</returns>
    public static bool TryCreate(string path, string text)
    {
        if (File.Exists(path)) return false;
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        var temp = Path.Combine(dir, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                var bytes = Utf8NoBom.GetBytes(text);
                stream.Write(bytes, 0, bytes.Length);
                stream.Flush(flushToDisk: true);
            }
            try
            {
                File.Move(temp, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                return false;
            }
            return true;
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}

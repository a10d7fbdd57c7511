namespace GovReportGen.Pipeline;

/// <summary>
/// Writes a file under a temporary name in the same folder and renames it into place, so a run killed at
/// any moment leaves either the old file or the new one under the final name, never a partial one.
/// </summary>
public static class AtomicFile
{
    public const string TempSuffix = ".grg-tmp";

    public static void Write(string path, Action<Stream> write)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        // One writer per final path at a time, so a fixed temporary name is enough and leaves nothing random behind.
        var temp = Path.Combine(directory, "." + Path.GetFileName(path) + TempSuffix);
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(stream);
                // No fsync: rename is atomic against a killed process, which is what we guard against; fsyncing every
                // file would cost more than rendering it. A power cut may lose the newest files, never corrupt old ones.
                stream.Flush();
            }
            File.Move(temp, path, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    public static void WriteAllBytes(string path, byte[] bytes) => Write(path, s => s.Write(bytes));

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

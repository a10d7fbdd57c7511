namespace GovReportGen.IO;

/// <summary>
/// Writes a file that, under its final name, is either complete or absent: the bytes go to a temporary file in the
/// same folder (so the last step is a rename within one volume), which is then renamed into place. A temporary name
/// starts with "." and ends in <see cref="TempSuffix"/>, so a leftover is never taken for data (<c>.yaml</c>) or output.
/// Two modes, because the two callers differ in what an existing file means:
/// <see cref="TryCreateNew"/> for a file a person will edit (never replaced), <see cref="Replace(string, Action{Stream})"/>
/// for generated output (always replaced).
/// </summary>
internal static class AtomicFile
{
    public const string TempSuffix = ".grg-tmp";

    /// <summary>
    /// Creates <paramref name="path"/> unless it exists. The folder must exist already: for a data file, a missing
    /// folder is a mistake the caller reports, not something to paper over.
    /// </summary>
    /// <returns>False when <paramref name="path"/> already exists (also when it appeared meanwhile); nothing is changed then.</returns>
    public static bool TryCreateNew(string path, ReadOnlySpan<byte> bytes)
    {
        if (File.Exists(path)) return false;
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        // Nothing serialises two creators of one path, so each gets its own temporary file; the rename decides who wins.
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{TempSuffix}");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                // The file holds a person's starting point for a year of data; losing it to a power cut right after
                // "created" was printed would be worse than the few milliseconds one fsync costs.
                stream.Flush(flushToDisk: true);
            }
            // link(2) creates the name only if it does not exist, atomically: of 16 concurrent creators exactly one
            // wins. (File.Move without overwrite checks and then renames, and lost that race under load.)
            if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())
            {
                if (Link(temp, path) == 0) return true;
                if (File.Exists(path)) return false;
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
            TryDelete(temp);
        }
    }

    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, replacing any file there; creates the folder.</summary>
    public static void Replace(string path, Action<Stream> write)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(directory);
        // The process id keeps two processes that write one path (which the output folder's lock should prevent)
        // from sharing a temporary file; the next run into the folder clears whatever a killed one left.
        var temp = Path.Combine(directory, $".{Path.GetFileName(path)}.{Environment.ProcessId}{TempSuffix}");
        try
        {
            using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(stream);
                // No fsync: rename is atomic against a killed process, which is what we guard against, and output can
                // always be rendered again. Fsyncing every file made a 300-agency render about 30 % slower (median of
                // four interleaved runs, 23.5 s -> 30.8 s). The price: after a power cut (not a kill) the newest files may be
                // missing, or empty on a file system that does not order a replacing rename after the data (ext4 does).
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

    public static void Replace(string path, byte[] bytes) => Replace(path, stream => stream.Write(bytes));

    /// <summary>Cleanup after a failure must not hide the failure itself.</summary>
    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "link", SetLastError = true)]
    private static extern int Link([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string existing,
        [System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string created);
}

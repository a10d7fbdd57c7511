namespace GovReportGen.Pipeline;

/// <summary>A reason a run may not write into its output folder; the CLI prints it and exits with 2.</summary>
public sealed class OutputFolderException(string message) : Exception(message);

/// <summary>
/// The output folder a run owns for its duration. Before anything is written it checks that the folder is a
/// sane place (not <c>/</c>, the repository, the data or templates folder, nor a file), that it is ours (or
/// empty, or the user said <c>--force</c>), and takes an exclusive lock so a second run into the same folder
/// refuses instead of interleaving files. It then clears temporary files a killed run left behind, which is
/// safe only because nobody else holds the lock.
/// </summary>
internal sealed class OutputFolder : IDisposable
{
    /// <summary>Marks a folder as GovReportGen output; written on first use, checked before taking over a folder.</summary>
    public const string MarkerName = ".govreport-output";

    public const string LockName = ".govreport.lock";

    private readonly FileStream _lock;

    private OutputFolder(string path, FileStream @lock)
    {
        Path = path;
        _lock = @lock;
    }

    public string Path { get; }

    /// <param name="inputs">Folders the output must stay out of (data, templates): writing there would corrupt the inputs.</param>
    /// <param name="takeOver">Use a non-empty folder that holds no output of ours (the user said so).</param>
    public static OutputFolder Acquire(string outDir, IEnumerable<string> inputs, bool takeOver)
    {
        var full = System.IO.Path.GetFullPath(outDir);
        CheckPlacement(outDir, full, inputs);
        if (!takeOver && !IsOurs(full) && Directory.Exists(full) && Directory.EnumerateFileSystemEntries(full).Any())
            throw new OutputFolderException(
                $"输出目录“{outDir}”已有其他文件，且不是 GovReportGen 的输出目录：为免覆盖或删除不属于本工具的文件，已停止。请换一个空目录，或确认后加 --force 接管该目录");

        try
        {
            Directory.CreateDirectory(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException($"无法创建输出目录“{outDir}”：{IO.SafeRead.Describe(e)}");
        }

        FileStream handle;
        var lockPath = System.IO.Path.Combine(full, LockName);
        try
        {
            // FileShare.None takes an OS lock (flock on Unix) that a killed process releases by itself.
            handle = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None);
        }
        catch (IOException e) when (IsLockedByOther(e))
        {
            throw new OutputFolderException(
                $"另一个 govreport 进程正在写入输出目录“{outDir}”：请等它结束后再运行，或换一个输出目录");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new OutputFolderException($"无法写入输出目录“{outDir}”：{IO.SafeRead.Describe(e)}");
        }

        try
        {
            var marker = System.IO.Path.Combine(full, MarkerName);
            if (!File.Exists(marker)) File.WriteAllText(marker, "GovReportGen output folder: files listed in manifest.json and .cache/ are written by govreport render.\n");
            RemoveStaleTemporaryFiles(full);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            handle.Dispose();
            throw new OutputFolderException($"无法写入输出目录“{outDir}”：{IO.SafeRead.Describe(e)}");
        }
        return new OutputFolder(full, handle);
    }

    /// <summary>A folder is ours when it carries the marker, or (from before the marker existed) our manifest or cache.</summary>
    public static bool IsOurs(string full) =>
        File.Exists(System.IO.Path.Combine(full, MarkerName))
        || File.Exists(System.IO.Path.Combine(full, Manifest.FileName)) && LooksLikeOurManifest(System.IO.Path.Combine(full, Manifest.FileName))
        || Directory.Exists(System.IO.Path.Combine(full, RenderCache.FolderName));

    private static bool LooksLikeOurManifest(string path)
    {
        try
        {
            Manifest.Read(path);
            return true;
        }
        catch (Exception)
        {
            return false;
        }
    }

    private static void CheckPlacement(string shown, string full, IEnumerable<string> inputs)
    {
        if (File.Exists(full))
            throw new OutputFolderException($"输出目录“{shown}”是一个文件，不是文件夹：请用 --out 指定一个文件夹");
        if (System.IO.Path.GetPathRoot(full) == full.TrimEnd(System.IO.Path.DirectorySeparatorChar) + System.IO.Path.DirectorySeparatorChar || full == "/")
            throw new OutputFolderException($"不能把根目录“{shown}”作为输出目录");
        if (File.Exists(System.IO.Path.Combine(full, "GovReportGen.sln")) || Directory.Exists(System.IO.Path.Combine(full, ".git")))
            throw new OutputFolderException($"输出目录“{shown}”是代码仓库的根目录：请用其下的子目录（如 artifacts）");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (home.Length > 0 && System.IO.Path.GetFullPath(home).TrimEnd('/') == full.TrimEnd('/'))
            throw new OutputFolderException($"不能把用户主目录“{shown}”作为输出目录");
        foreach (var input in inputs)
        {
            var inputFull = System.IO.Path.GetFullPath(input).TrimEnd(System.IO.Path.DirectorySeparatorChar);
            if (Within(full, inputFull))
                throw new OutputFolderException($"输出目录“{shown}”位于输入目录“{input}”之内：生成的文件会混入数据或模板，请换一个目录");
            if (Within(inputFull, full))
                throw new OutputFolderException($"输出目录“{shown}”包含输入目录“{input}”：请换一个不含数据或模板的目录");
        }
    }

    private static bool Within(string path, string folder) =>
        path == folder || path.StartsWith(folder + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal);

    /// <summary>Temporary files of an earlier, killed run; no live run writes here while we hold the lock.</summary>
    private static void RemoveStaleTemporaryFiles(string full)
    {
        foreach (var temp in Directory.EnumerateFiles(full, "*" + IO.AtomicFile.TempSuffix, SearchOption.AllDirectories))
        {
            try { File.Delete(temp); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    // EWOULDBLOCK / EAGAIN from flock, surfaced by .NET as an IOException about the file being in use.
    private static bool IsLockedByOther(IOException e) =>
        e is not FileNotFoundException and not DirectoryNotFoundException
        && (e.Message.Contains("being used by another process", StringComparison.Ordinal) || (e.HResult & 0xFFFF) == 11);

    public void Dispose()
    {
        _lock.Dispose();
        // The lock file stays: deleting it would race a second run that opened it meanwhile.
    }
}

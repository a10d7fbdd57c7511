using System.Runtime.InteropServices;
using System.Text;

namespace GovReportGen.IO;

/// <summary>What a path names, read without opening it (opening a FIFO blocks until someone writes to it).</summary>
public enum PathKind
{
    Missing,
    RegularFile,
    Directory,
    /// <summary>A FIFO, socket or device: never read as a template, theme or data file.</summary>
    Special,
}

/// <param name="HardLinks">How many names the file has; more than one means another folder may hold it too.</param>
public readonly record struct PathInfo(PathKind Kind, long Size, long HardLinks);

/// <summary>
/// Reads the files a run is given (data, templates, theme) only when they are regular files of bounded size:
/// a FIFO or a device would hang the run, a huge sparse file would exhaust memory. The reason for a refusal
/// is a Chinese sentence the caller puts in its own located diagnostic.
/// </summary>
public static class SafeRead
{
    public static PathInfo Inspect(string path)
    {
        if (OperatingSystem.IsLinux() && LinuxStat.TryLStat(path, out var mode, out var size, out var links))
        {
            var kind = (mode & 0xF000) switch
            {
                0x8000 => PathKind.RegularFile,
                0x4000 => PathKind.Directory,
                0xA000 => PathKind.Special, // a symbolic link: callers that allow links check the target themselves
                _ => PathKind.Special,
            };
            return new PathInfo(kind, size, links);
        }
        if (Directory.Exists(path)) return new PathInfo(PathKind.Directory, 0, 1);
        var info = new FileInfo(path);
        return info.Exists ? new PathInfo(PathKind.RegularFile, info.Length, 1) : new PathInfo(PathKind.Missing, 0, 0);
    }

    /// <summary>Why <paramref name="path"/> may not be read as a file of at most <paramref name="maxBytes"/>; null when it may.</summary>
    public static string? Refusal(string path, long maxBytes, bool allowHardLinks = true)
    {
        var info = Inspect(path);
        return info.Kind switch
        {
            PathKind.Missing => "文件不存在",
            PathKind.Directory => "这是一个文件夹，不是文件",
            PathKind.Special => "这不是普通文件（可能是命名管道、设备或符号链接），出于安全原因不读取",
            _ when info.Size > maxBytes => $"文件过大（{info.Size} 字节），超过上限 {maxBytes} 字节",
            _ when !allowHardLinks && info.HardLinks > 1 => $"文件有 {info.HardLinks} 个硬链接，可能来自此文件夹之外，出于安全原因不读取；请复制为独立的文件",
            _ => null,
        };
    }

    /// <summary>The file's bytes, or the refusal. Also refuses a file that grew past the limit while being read.</summary>
    public static byte[]? ReadBytes(string path, long maxBytes, out string? refusal, bool allowHardLinks = true)
    {
        refusal = Refusal(path, maxBytes, allowHardLinks);
        if (refusal is not null) return null;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > maxBytes)
                {
                    refusal = $"文件过大，超过上限 {maxBytes} 字节";
                    return null;
                }
            }
            return buffer.ToArray();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            refusal = Describe(e);
            return null;
        }
    }

    public static string? ReadText(string path, long maxBytes, out string? refusal, bool allowHardLinks = true) =>
        ReadBytes(path, maxBytes, out refusal, allowHardLinks) is { } bytes ? new UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF') : null;

    /// <summary>A file-system failure in Chinese, without the system's English text.</summary>
    public static string Describe(Exception e) => e switch
    {
        UnauthorizedAccessException => "没有读写权限",
        DirectoryNotFoundException => "所在文件夹不存在",
        FileNotFoundException => "文件不存在",
        PathTooLongException => "路径过长",
        IOException io when IsDiskFull(io) => "磁盘空间不足",
        IOException io when io.Message.Contains("Read-only file system", StringComparison.Ordinal) => "文件系统是只读的",
        IOException io when io.Message.Contains("Not a directory", StringComparison.Ordinal) => "路径中的某一部分是文件而不是文件夹",
        IOException io when io.Message.Contains("Is a directory", StringComparison.Ordinal) => "这是一个文件夹，不是文件",
        IOException io when io.Message.Contains("Too many levels of symbolic links", StringComparison.Ordinal) => "符号链接循环",
        IOException => "读写失败（输入输出错误）",
        _ => "读写失败",
    };

    /// <summary>Where a JSON file stops being JSON, in Chinese (the parser's own message is English).</summary>
    public static string DescribeJson(System.Text.Json.JsonException e) =>
        e.LineNumber is { } line ? $"第 {line + 1} 行第 {(e.BytePositionInLine ?? 0) + 1} 个字节附近不是合法的 JSON" : "不是合法的 JSON";

    /// <summary>The path a .NET file-system message quotes, when it quotes one.</summary>
    public static string? QuotedPath(Exception e) =>
        System.Text.RegularExpressions.Regex.Match(e.Message, "'(/[^']*|[A-Za-z]:\\\\[^']*)'") is { Success: true } m ? m.Groups[1].Value : null;

    // ENOSPC is 28 on Linux; .NET puts errno in the low bits of HResult for Unix IOExceptions.
    private static bool IsDiskFull(IOException e) =>
        (e.HResult & 0xFFFF) == 28 || e.Message.Contains("No space left on device", StringComparison.Ordinal);

    /// <summary>lstat(2) through glibc; the field offsets are those of struct stat on x86-64 and on arm64.</summary>
    private static class LinuxStat
    {
        [DllImport("libc", EntryPoint = "lstat", SetLastError = true)]
        private static extern int LStat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, byte[] buffer);

        public static bool TryLStat(string path, out uint mode, out long size, out long links)
        {
            mode = 0; size = 0; links = 0;
            var buffer = new byte[256];
            try
            {
                if (LStat(path, buffer) != 0) return false;
            }
            catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
            {
                return false;
            }
            switch (RuntimeInformation.ProcessArchitecture)
            {
                case Architecture.X64:
                    links = (long)BitConverter.ToUInt64(buffer, 16);
                    mode = BitConverter.ToUInt32(buffer, 24);
                    size = BitConverter.ToInt64(buffer, 48);
                    return true;
                case Architecture.Arm64:
                    mode = BitConverter.ToUInt32(buffer, 16);
                    links = BitConverter.ToUInt32(buffer, 20);
                    size = BitConverter.ToInt64(buffer, 48);
                    return true;
                default:
                    return false;
            }
        }
    }
}

using GovReportGen.IO;

namespace GovReportGen.Pipeline;

/// <summary>
/// Gathers the out folders of a sharded run (<c>render --shard K/N</c> on N machines) into one: their
/// report files and cache records are copied, and the manifest and site index are written from all
/// entries, exactly as one run over every agency would have written them.
/// </summary>
public static class ShardMerger
{
    public sealed class MergeException(string message) : Exception(message);

    public static IReadOnlyList<ManifestEntry> Merge(string outDir, IReadOnlyList<string> shardDirs)
    {
        var entries = new Dictionary<(int, string), (ManifestEntry Entry, string From)>();
        foreach (var shard in shardDirs)
        {
            var manifest = Path.Combine(shard, Manifest.FileName);
            if (!File.Exists(manifest)) throw new MergeException($"分片目录“{shard}”中没有 manifest.json：该分片是否已运行完成？");
            IReadOnlyList<ManifestEntry> shardEntries;
            try { shardEntries = Manifest.Read(manifest); }
            // FormatException: a number that is not an Int32; ArgumentException: a repeated key in "files".
            catch (Exception e) when (e is System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
            {
                throw new MergeException($"分片目录“{shard}”的 manifest.json 已损坏{(e is System.Text.Json.JsonException json ? "：" + IO.SafeRead.DescribeJson(json) : "：内容不是本工具写出的清单")}");
            }
            foreach (var entry in shardEntries)
            {
                CheckPaths(entry, shard);
                if (entries.TryGetValue((entry.Year, entry.Agency), out var seen))
                    throw new MergeException($"{entry.Year}年度“{entry.Agency}”同时出现在分片“{seen.From}”和“{shard}”中：各分片的 --shard 参数应为同一 N 下不同的 K");
                entries[(entry.Year, entry.Agency)] = (entry, shard);
            }
        }

        using var output = OutputFolder.Acquire(outDir, Array.Empty<string>(), takeOver: false);
        foreach (var (entry, from) in entries.Values)
        {
            foreach (var file in entry.Files.Values)
                Copy(Path.Combine(from, file), Path.Combine(outDir, file));
            var cache = Path.Combine(RenderCache.FolderName, entry.Year.ToString(), entry.Agency + ".json");
            if (File.Exists(Path.Combine(from, cache))) Copy(Path.Combine(from, cache), Path.Combine(outDir, cache));
        }

        var all = Manifest.Sort(entries.Values.Select(v => v.Entry));
        SiteIndex.WriteTo(outDir, all);
        AtomicFile.Replace(Path.Combine(outDir, Manifest.FileName), Manifest.Serialize(all));
        return all;
    }

    /// <summary>
    /// A manifest names files to copy; a tampered or foreign one could name <c>../x</c> or <c>/etc/x</c>. Every path
    /// must be exactly where a render puts that report's file, which keeps every copy inside both folders.
    /// </summary>
    private static void CheckPaths(ManifestEntry entry, string shard)
    {
        if (!Data.DataLayout.AgencyIdPattern().IsMatch(entry.Agency) || entry.Year is < 1000 or > 9999)
            throw new MergeException($"分片“{shard}”的 manifest.json 中有无效的机关标识或年度：“{entry.Agency}” {entry.Year}");
        foreach (var (format, file) in entry.Files)
        {
            var expected = Writers.WriterRegistry.Find(format) is { } writer ? RenderRun.ReportPath(entry.Agency, entry.Year, writer.Extension) : null;
            if (file != expected)
                throw new MergeException($"分片“{shard}”的 manifest.json 中{entry.Year}年度“{entry.Agency}”的 {format} 文件路径“{file}”不是本工具生成的路径{(expected is null ? "（未知的格式）" : $"（应为 {expected}）")}，已拒绝合并");
        }
    }

    private static void Copy(string from, string to)
    {
        if (Path.GetFullPath(from) == Path.GetFullPath(to)) return;
        if (!File.Exists(from)) throw new MergeException($"manifest.json 列出的文件“{from}”不存在");
        if (IO.SafeRead.Inspect(from).Kind != IO.PathKind.RegularFile) throw new MergeException($"manifest.json 列出的“{from}”不是普通文件，已拒绝合并");
        AtomicFile.Replace(to, output =>
        {
            using var input = File.OpenRead(from);
            input.CopyTo(output);
        });
    }
}

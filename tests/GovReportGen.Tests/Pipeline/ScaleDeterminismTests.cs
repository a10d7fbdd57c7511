using GovReportGen.Cli;
using GovReportGen.Pipeline;
using GovReportGen.Tests.EndToEnd;

namespace GovReportGen.Tests.PipelineTests;

/// <summary>
/// The sample data rendered in all three formats four ways: serially, on four workers, and as three shards
/// (1/3, 2/3, 3/3, each into its own folder) merged into a fourth. Shared by the tests of one class: the
/// renders are the slow part.
/// </summary>
public sealed class ScaleRenders : IDisposable
{
    public const int ShardCount = 3;

    private readonly TempFolder _folder = new("pipeline-scale");

    public ScaleRenders()
    {
        try
        {
            Serial = PipelineKit.Run(Options(SerialDir) with { Parallelism = 1 });
            Parallel = PipelineKit.Run(Options(ParallelDir) with { Parallelism = 4 });
            Shards = Enumerable.Range(1, ShardCount)
                .Select(k => PipelineKit.Run(Options(ShardDir(k)) with { Shard = new Shard(k, ShardCount), Parallelism = 2 }))
                .ToList();
            Merged = ShardMerger.Merge(MergedDir, Enumerable.Range(1, ShardCount).Select(ShardDir).ToList());
        }
        catch
        {
            _folder.Dispose();
            throw;
        }
    }

    private static RenderOptions Options(string outDir) =>
        PipelineKit.Options(EndToEndPaths.Data, EndToEndPaths.Templates, outDir, PipelineKit.AllWriters);

    public string SerialDir => _folder.Sub("serial");
    public string ParallelDir => _folder.Sub("parallel");
    public string ShardDir(int k) => _folder.Sub($"shard-{k}");
    public string MergedDir => _folder.Sub("merged");

    public RunResult Serial { get; }
    public RunResult Parallel { get; }
    public IReadOnlyList<RunResult> Shards { get; }
    public IReadOnlyList<ManifestEntry> Merged { get; }

    public void Dispose() => _folder.Dispose();
}

/// <summary>Output does not depend on how the work was split: degree of parallelism, or machines of a sharded run.</summary>
public class ScaleDeterminismTests(ScaleRenders renders) : IClassFixture<ScaleRenders>
{
    [Fact]
    public void Serial_run_renders_every_sample_in_every_format()
    {
        Assert.Equal(PipelineKit.SampleAgencies, renders.Serial.With(ReportOutcome.Rendered));
        var reports = PipelineKit.Tree(renders.SerialDir).Where(f => f.StartsWith("reports/", StringComparison.Ordinal)).ToList();
        Assert.Equal(PipelineKit.SampleAgencies.Count * 3, reports.Count);
        Assert.Equal(new[] { "docx", "html", "pdf" },
            reports.Select(f => Path.GetExtension(f).TrimStart('.')).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Parallel_run_gives_the_same_bytes_as_a_serial_run()
    {
        Assert.Equal(PipelineKit.SampleAgencies, renders.Parallel.With(ReportOutcome.Rendered));
        PipelineKit.AssertSameTree(renders.SerialDir, renders.ParallelDir, what: "4 workers vs 1");
    }

    [Fact]
    public void Parallel_run_writes_the_same_cache_records_as_a_serial_run()
    {
        PipelineKit.AssertSameTree(Path.Combine(renders.SerialDir, RenderCache.FolderName), Path.Combine(renders.ParallelDir, RenderCache.FolderName),
            includeCache: true, what: "cache, 4 workers vs 1");
    }

    [Fact]
    public void Merged_shards_give_the_same_tree_as_one_serial_run_cache_included()
    {
        // The merge copies the cache records too, so the merged folder is exactly what one machine would have left.
        PipelineKit.AssertSameTree(renders.SerialDir, renders.MergedDir, includeCache: true, what: "3 shards merged vs 1 run");
        Assert.Equal(renders.Serial.Summary.Reports.Select(r => (r.Year, r.Agency)), renders.Merged.Select(r => (r.Year, r.Agency)));
    }

    [Fact]
    public void Shards_partition_the_agencies_disjointly_and_cover_them_all()
    {
        var perShard = renders.Shards.Select(s => s.Summary.Reports.Select(r => r.Agency).ToList()).ToList();
        var all = perShard.SelectMany(a => a).ToList();
        Assert.Equal(all.Count, all.Distinct().Count());
        Assert.Equal(PipelineKit.SampleAgencies, all.Order(StringComparer.Ordinal));
        // Otherwise the merge would be a copy of one folder and prove little.
        Assert.True(perShard.Count(s => s.Count > 0) >= 2, "the samples should fall in more than one shard");

        for (var k = 1; k <= ScaleRenders.ShardCount; k++)
        {
            // Each shard's folder holds only its own agencies' reports.
            var agenciesOnDisk = PipelineKit.Tree(renders.ShardDir(k))
                .Where(f => f.StartsWith("reports/", StringComparison.Ordinal)).Select(f => f.Split('/')[2]).Distinct().Order(StringComparer.Ordinal);
            Assert.Equal(perShard[k - 1].Order(StringComparer.Ordinal), agenciesOnDisk);
            Assert.Equal(perShard[k - 1].Count, RenderRun.CountReports(ScaleOptions(new Shard(k, ScaleRenders.ShardCount))));
        }
    }

    [Fact]
    public void Merged_folder_is_a_valid_incremental_base_a_rerun_there_skips_everything()
    {
        using var temp = new TempFolder("pipeline-merged-rerun");
        var outDir = temp.Sub("merged");
        TempFolder.CopyTree(renders.MergedDir, outDir);
        var again = PipelineKit.Run(PipelineKit.Options(EndToEndPaths.Data, EndToEndPaths.Templates, outDir, PipelineKit.AllWriters));
        Assert.Equal(PipelineKit.SampleAgencies.Count, again.Summary.Unchanged);
        Assert.Empty(again.With(ReportOutcome.Rendered));
        PipelineKit.AssertSameTree(renders.SerialDir, outDir, includeCache: true, what: "rerun in merged folder");
    }

    private static RenderOptions ScaleOptions(Shard shard) =>
        PipelineKit.Options(EndToEndPaths.Data, EndToEndPaths.Templates, "/nonexistent", PipelineKit.AllWriters) with { Shard = shard };
}

/// <summary><c>--shard K/N</c>: parsing, and the partition itself on many ids.</summary>
public class ShardTests
{
    [Theory]
    [InlineData("0/3")]
    [InlineData("4/3")]
    [InlineData("a/b")]
    [InlineData("1/0")]
    [InlineData("-1/3")]
    [InlineData("3")]
    [InlineData("1/2/3")]
    [InlineData("")]
    public void Parse_rejects_what_is_not_K_of_N_with_a_chinese_reason(string text)
    {
        Assert.Null(Shard.Parse(text, out var error));
        Assert.NotNull(error);
        Assert.True(PipelineKit.IsChinese(error!), error);
        Assert.Contains($"“{text}”", error);
    }

    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("1/3", 1, 3)]
    [InlineData("3/3", 3, 3)]
    [InlineData("2/16", 2, 16)]
    public void Parse_accepts_K_of_N(string text, int k, int n)
    {
        Assert.Equal(new Shard(k, n), Shard.Parse(text, out var error));
        Assert.Null(error);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(16)]
    public void Every_agency_is_in_exactly_one_shard_and_no_shard_is_starved(int n)
    {
        var ids = Enumerable.Range(0, 2000).Select(i => $"agency-{i}-kjj").Concat(PipelineKit.SampleAgencies).ToList();
        var counts = new int[n];
        foreach (var id in ids)
        {
            var owners = Enumerable.Range(1, n).Where(k => new Shard(k, n).Contains(id)).ToList();
            Assert.Single(owners);
            counts[owners[0] - 1]++;
        }
        // A hash that sent (nearly) everything to one machine would defeat sharding.
        Assert.All(counts, c => Assert.InRange(c, ids.Count / n / 2, ids.Count / n * 2));
    }

    /// <summary>
    /// The partition must not change between processes, machines or versions (string.GetHashCode would, per
    /// process): shards rendered by different machines must fit together. These values are the FNV-1a partition.
    /// </summary>
    [Theory]
    [InlineData("zhengzhou-erqi-kjj", 1)]
    [InlineData("chaoyang-kjj", 1)]
    [InlineData("ningbo-yinzhou-kjj", 1)]
    [InlineData("zaozhuang-yicheng-kjj", 2)]
    [InlineData("zaozhuang-shizhong-kjj", 3)]
    public void The_partition_is_stable(string agency, int shard)
    {
        Assert.True(new Shard(shard, 3).Contains(agency));
        Assert.True(Shard.All.Contains(agency));
    }

    [Fact]
    public void Cli_render_refuses_a_bad_shard_with_exit_2()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(["render", "--data", EndToEndPaths.Data, "--templates", EndToEndPaths.Templates, "--out", "/nonexistent/never-written", "--shard", "4/3"],
            stdout, stderr, RenderedSamples.Today);
        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Contains("--shard", stderr.ToString());
        Assert.True(PipelineKit.IsChinese(stderr.ToString()), stderr.ToString());
        Assert.False(Directory.Exists("/nonexistent/never-written"));
    }
}

using GovReportGen.Cli;
using GovReportGen.Pipeline;
using GovReportGen.Tests.EndToEnd;
using GovReportGen.Validation;

namespace GovReportGen.Tests.PipelineTests;

/// <summary>
/// <c>merge-manifests</c> refuses shard folders that do not fit together, in Chinese, and writes no merged
/// manifest then (a half-merged folder must not look like a finished one).
/// </summary>
public class MergeManifestsErrorTests : IDisposable
{
    private readonly TempFolder _temp = new("pipeline-merge");

    /// <summary>One agency rendered (HTML only) into a shard folder.</summary>
    private string Shard(string name, string agency)
    {
        var dir = _temp.Sub(name);
        var options = PipelineKit.Options(EndToEndPaths.Data, EndToEndPaths.Templates, dir, PipelineKit.HtmlOnly) with
        {
            Filter = new ValidationFilter(agency, null),
        };
        var run = PipelineKit.Run(options);
        Assert.Equal(new[] { agency }, run.With(ReportOutcome.Rendered));
        return dir;
    }

    private string MergedDir => _temp.Sub("merged");

    [Fact]
    public void The_same_agency_in_two_shards_is_refused_naming_it_and_both_folders()
    {
        var a = Shard("a", "chaoyang-kjj");
        var b = _temp.Sub("b");
        TempFolder.CopyTree(a, b);

        var e = Assert.Throws<ShardMerger.MergeException>(() => ShardMerger.Merge(MergedDir, [a, b]));

        Assert.True(PipelineKit.IsChinese(e.Message), e.Message);
        Assert.Contains("chaoyang-kjj", e.Message);
        Assert.Contains(a, e.Message);
        Assert.Contains(b, e.Message);
        Assert.False(File.Exists(Path.Combine(MergedDir, Manifest.FileName)));
    }

    [Fact]
    public void Shards_of_different_N_that_overlap_are_refused()
    {
        // A run that mixed two --shard N (2/2 on one machine, 1/3 on another) is caught, not silently doubled.
        var half = PartOfAll("half", new Shard(2, 2));
        var third = PartOfAll("third", new Shard(1, 3));
        var both = PipelineKit.SampleAgencies.Where(a => new Shard(2, 2).Contains(a) && new Shard(1, 3).Contains(a)).ToList();
        Assert.NotEmpty(both);

        var e = Assert.Throws<ShardMerger.MergeException>(() => ShardMerger.Merge(MergedDir, [half, third]));

        Assert.True(PipelineKit.IsChinese(e.Message), e.Message);
        Assert.Contains(both, a => e.Message.Contains($"“{a}”"));
        Assert.False(File.Exists(Path.Combine(MergedDir, Manifest.FileName)));
    }

    /// <summary>The sample data's part <paramref name="shard"/>, rendered (HTML only) into a folder.</summary>
    private string PartOfAll(string name, Shard shard)
    {
        var dir = _temp.Sub(name);
        PipelineKit.Run(PipelineKit.Options(EndToEndPaths.Data, EndToEndPaths.Templates, dir, PipelineKit.HtmlOnly) with { Shard = shard });
        return dir;
    }

    [Fact]
    public void A_shard_folder_without_a_manifest_is_refused()
    {
        var a = Shard("a", "chaoyang-kjj");
        var unfinished = _temp.Sub("unfinished");
        Directory.CreateDirectory(unfinished);

        var e = Assert.Throws<ShardMerger.MergeException>(() => ShardMerger.Merge(MergedDir, [a, unfinished]));

        Assert.True(PipelineKit.IsChinese(e.Message), e.Message);
        Assert.Contains(unfinished, e.Message);
        Assert.Contains(Manifest.FileName, e.Message);
        Assert.False(File.Exists(Path.Combine(MergedDir, Manifest.FileName)));
    }

    [Theory]
    [InlineData("{\"reports\": [")]
    [InlineData("{\"items\": []}")]
    [InlineData("[]")]
    [InlineData("year-not-an-integer")]
    [InlineData("repeated-file-key")]
    public void A_damaged_manifest_is_refused(string content)
    {
        var a = Shard("a", "chaoyang-kjj");
        var manifest = Path.Combine(a, Manifest.FileName);
        var text = File.ReadAllText(manifest);
        File.WriteAllText(manifest, content switch
        {
            "year-not-an-integer" => Replace(text, "\"year\": 2024", "\"year\": 2024.5"),
            "repeated-file-key" => Replace(text, "\"files\": {", "\"files\": {\"html\": \"x.html\", "),
            _ => content,
        });

        var e = Assert.Throws<ShardMerger.MergeException>(() => ShardMerger.Merge(MergedDir, [a]));

        Assert.True(PipelineKit.IsChinese(e.Message), e.Message);
        Assert.Contains(a, e.Message);
    }

    private static string Replace(string text, string what, string with)
    {
        Assert.Contains(what, text);
        return text.Replace(what, with);
    }

    [Fact]
    public void A_manifest_listing_a_missing_report_file_is_refused()
    {
        var a = Shard("a", "chaoyang-kjj");
        File.Delete(Path.Combine(a, RenderRun.ReportPath("chaoyang-kjj", 2024, "html")));

        var e = Assert.Throws<ShardMerger.MergeException>(() => ShardMerger.Merge(MergedDir, [a]));

        Assert.True(PipelineKit.IsChinese(e.Message), e.Message);
        Assert.Contains("chaoyang-kjj-2024.html", e.Message);
        Assert.False(File.Exists(Path.Combine(MergedDir, Manifest.FileName)));
    }

    [Fact]
    public void Cli_merge_manifests_exits_2_with_the_reason_on_stderr()
    {
        var a = Shard("a", "chaoyang-kjj");
        var b = _temp.Sub("b");
        TempFolder.CopyTree(a, b);

        var (overlapExit, _, overlapErr) = Merge("--out", MergedDir, a, b);
        Assert.Equal(CliApp.ExitUsage, overlapExit);
        Assert.Contains("chaoyang-kjj", overlapErr);
        Assert.True(PipelineKit.IsChinese(overlapErr), overlapErr);

        var (missingExit, _, missingErr) = Merge("--out", MergedDir, a, _temp.Sub("no-such-folder"));
        Assert.Equal(CliApp.ExitUsage, missingExit);
        Assert.Contains("no-such-folder", missingErr);

        // And the happy path through the CLI, for contrast: distinct shards merge with exit 0.
        var c = Shard("c", "ningbo-yinzhou-kjj");
        var (okExit, okOut, okErr) = Merge("--out", MergedDir, a, c);
        Assert.True(okExit == CliApp.ExitOk, okErr);
        Assert.Contains("2 份报告", okOut);
        Assert.Equal(new[] { "chaoyang-kjj", "ningbo-yinzhou-kjj" }, Manifest.Read(Path.Combine(MergedDir, Manifest.FileName)).Select(r => r.Agency));
    }

    private static (int Exit, string Out, string Err) Merge(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(["merge-manifests", .. args], stdout, stderr, RenderedSamples.Today);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    public void Dispose() => _temp.Dispose();
}

using System.Text;
using GovReportGen.Pipeline;
using GovReportGen.Tests.EndToEnd;

namespace GovReportGen.Tests.PipelineTests;

/// <summary>
/// The cache is bookkeeping, never trusted: a record that cannot be read, or whose output is gone, makes its
/// report render again, with the same output as a clean run; the other reports are still skipped.
/// </summary>
public class CorruptCacheTests
{
    private const string Victim = "zhengzhou-erqi-kjj";
    private const int VictimYear = 2023;

    public static IEnumerable<object[]> Corruptions() => new[]
    {
        new object[] { "truncated" },
        new object[] { "random-bytes" },
        new object[] { "empty" },
        new object[] { "not-an-object" },
        new object[] { "wrong-types" },
        new object[] { "fingerprint-flipped" },
        new object[] { "another-agencys-record" },
        new object[] { "duplicate-keys" },
        new object[] { "deleted" },
    };

    [Theory]
    [MemberData(nameof(Corruptions))]
    public void A_damaged_cache_record_makes_its_report_render_again_correctly(string corruption)
    {
        using var ws = new Workspace("corrupt-" + corruption);
        var options = ws.Options(PipelineKit.AllWriters);
        PipelineKit.Run(options);
        var clean = ws.Sub("clean");
        TempFolder.CopyTree(ws.Out, clean);

        var cache = new RenderCache(ws.Out);
        var record = cache.PathOf(Victim, VictimYear);
        Assert.True(File.Exists(record), $"no cache record at {record}");
        var fingerprint = cache.Read(Victim, VictimYear)?.Fingerprint;
        Assert.NotNull(fingerprint);
        Corrupt(record, corruption, cache);
        var damaged = cache.Read(Victim, VictimYear);
        Assert.True(damaged is null || damaged.Fingerprint != fingerprint, $"{corruption}: the damaged record still reads as the original");
        // Leave a wrong, complete file under the final name: only a real re-render puts the right bytes back.
        foreach (var file in PipelineKit.ReportFilesOf(ws.Out, Victim))
            File.WriteAllText(Path.Combine(ws.Out, file), "stale");

        var second = PipelineKit.Run(options);

        Assert.Equal(new[] { Victim }, second.With(ReportOutcome.Rendered));
        Assert.Equal(PipelineKit.SampleAgencies.Count - 1, second.Summary.Unchanged);
        // Output, manifest and the rebuilt cache record are those of the clean run.
        PipelineKit.AssertSameTree(clean, ws.Out, includeCache: true, what: corruption);
    }

    [Theory]
    [InlineData("html")]
    [InlineData("pdf")]
    public void A_cache_record_whose_output_file_was_deleted_renders_again(string extension)
    {
        using var ws = new Workspace("deleted-output-" + extension);
        var options = ws.Options(PipelineKit.AllWriters);
        PipelineKit.Run(options);
        var clean = ws.Sub("clean");
        TempFolder.CopyTree(ws.Out, clean);

        File.Delete(Path.Combine(ws.Out, RenderRun.ReportPath(Victim, VictimYear, extension)));
        var second = PipelineKit.Run(options);

        Assert.Equal(new[] { Victim }, second.With(ReportOutcome.Rendered));
        PipelineKit.AssertSameTree(clean, ws.Out, includeCache: true, what: $"deleted {extension}");
    }

    [Fact]
    public void A_deleted_cache_folder_renders_everything_again()
    {
        using var ws = new Workspace("no-cache");
        PipelineKit.Run(ws.Options());
        Directory.Delete(Path.Combine(ws.Out, RenderCache.FolderName), recursive: true);

        var second = PipelineKit.Run(ws.Options());

        Assert.Equal(PipelineKit.SampleAgencies, second.With(ReportOutcome.Rendered));
        Assert.Equal(PipelineKit.SampleAgencies.Count, PipelineKit.Run(ws.Options()).Summary.Unchanged);
    }

    private static void Corrupt(string record, string how, RenderCache cache)
    {
        var bytes = File.ReadAllBytes(record);
        var text = Encoding.UTF8.GetString(bytes);
        switch (how)
        {
            case "truncated":
                File.WriteAllBytes(record, bytes[..(bytes.Length / 2)]);
                break;
            case "random-bytes":
                var random = new byte[bytes.Length];
                new Random(20260301).NextBytes(random);
                File.WriteAllBytes(record, random);
                break;
            case "empty":
                File.WriteAllBytes(record, []);
                break;
            case "not-an-object":
                File.WriteAllText(record, "[1, 2, 3]");
                break;
            case "wrong-types":
                File.WriteAllText(record, """{"fingerprint": 12, "templates": "report.sbn", "entry": []}""");
                break;
            case "fingerprint-flipped":
                // Well-formed, but recorded for other inputs.
                var at = text.IndexOf("\"fingerprint\"", StringComparison.Ordinal);
                var quote = text.IndexOf('"', text.IndexOf(':', at) + 1);
                var flipped = text[quote + 1] == '0' ? '1' : '0';
                File.WriteAllText(record, text[..(quote + 1)] + flipped + text[(quote + 2)..]);
                break;
            case "another-agencys-record":
                File.Copy(cache.PathOf("chaoyang-kjj", 2024), record, overwrite: true);
                break;
            case "duplicate-keys":
                // Valid JSON (duplicate names are allowed by the grammar), but no record this tool writes.
                var files = text.IndexOf("\"files\": {", StringComparison.Ordinal);
                Assert.True(files > 0, text);
                var open = text.IndexOf('{', files) + 1;
                File.WriteAllText(record, text[..open] + "\"html\": \"x.html\", " + text[open..]);
                break;
            case "deleted":
                File.Delete(record);
                break;
            default:
                throw new ArgumentException(how);
        }
    }
}

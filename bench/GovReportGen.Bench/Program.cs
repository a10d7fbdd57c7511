using System.Diagnostics;
using System.Globalization;
using GovReportGen.Bench;
using GovReportGen.Diagnostics;
using GovReportGen.Pipeline;
using GovReportGen.Writers;

// Usage: GovReportGen.Bench <agencies> <templates-dir> [work-dir] [formats, e.g. pdf or html,docx]
// Or: GovReportGen.Bench stages <templates-dir> [repeat]: per-stage time of one report on one thread.
// One N per process, so the peak resident set (VmHWM) is this N's alone.
// Or: GovReportGen.Bench scaling <templates-dir> [documents]: how each stage scales from one thread to all cores.
// Or: GovReportGen.Bench preview <templates-dir> [saves]: govreport preview, warm, save of a template to new HTML and PDF.
// Or: GovReportGen.Bench import <templates-dir> [repeat]: govreport import, warm, per report and input type.
var analyses = new Dictionary<string, Action<string, string, int>> { ["stages"] = StageTimes.Run, ["scaling"] = StageScaling.Run, ["preview"] = PreviewTimes.Run, ["import"] = ImportTimes.Run };
if (args.Length > 0 && analyses.TryGetValue(args[0], out var analysis))
{
    var scratch = Path.Combine(Path.GetTempPath(), $"grg-bench-{args[0]}");
    if (Directory.Exists(scratch)) Directory.Delete(scratch, recursive: true);
    analysis(Path.GetFullPath(args.Length > 1 ? args[1] : "templates"), scratch,
        int.Parse(args.Length > 2 ? args[2] : "100", CultureInfo.InvariantCulture));
    Directory.Delete(scratch, recursive: true);
    return 0;
}
var agencies = int.Parse(args.Length > 0 ? args[0] : "100", CultureInfo.InvariantCulture);
var templates = Path.GetFullPath(args.Length > 1 ? args[1] : "templates");
var work = Path.GetFullPath(args.Length > 2 ? args[2] : Path.Combine(Path.GetTempPath(), $"grg-bench-{agencies}"));
if (Directory.Exists(work)) Directory.Delete(work, recursive: true);
var formats = args.Length > 3
    ? args[3].Split(',').Select(f => WriterRegistry.Find(f)?.Name ?? throw new ArgumentException($"unknown format {f}")).ToList()
    : WriterRegistry.Names;
var data = Path.Combine(work, "data");
var output = Path.Combine(work, "out");
SyntheticData.Write(data, agencies);

var options = new RenderOptions(data, templates, output, formats, new DateOnly(2026, 3, 1), DisplayRoot: work)
{
    // GRG_BENCH_JOBS: reports rendered at once (default: one per core), to measure how the run scales.
    Parallelism = int.TryParse(Environment.GetEnvironmentVariable("GRG_BENCH_JOBS"), out var jobs) ? jobs : Environment.ProcessorCount,
};
var clock = Stopwatch.StartNew();
var allocatedBefore = GC.GetTotalAllocatedBytes();
var done = 0;
var pace = Environment.GetEnvironmentVariable("GRG_BENCH_PACE") is not null;
var first = RenderRun.Execute(options, _ =>
{
    // GRG_BENCH_PACE: the time of every 100th report, to see warm-up against steady state.
    if (Interlocked.Increment(ref done) % 100 == 0 && pace) Console.Error.WriteLine($"{done}: {clock.Elapsed.TotalSeconds:0.00} s");
});
var full = clock.Elapsed;
var allocatedPerReport = (GC.GetTotalAllocatedBytes() - allocatedBefore) / Math.Max(1, first.Reports.Count);
clock.Restart();
var again = RenderRun.Execute(options, (Action<ManifestEntry>?)null);
var noop = clock.Elapsed;

if (first.WithErrors > 0)
{
    Console.Error.WriteLine($"synthetic data produced {first.WithErrors} reports with errors: " +
        string.Join("; ", first.Reports.Where(r => r.Status == ReportStatus.Error).Take(3).SelectMany(r => r.Diagnostics.Where(d => d.IsError)).Select(d => d.ToString())));
    return 1;
}
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"| {agencies} | {string.Join("+", formats)} ({GovReportGen.Writers.Pdf.PdfWriterOptions.DefaultEngine.ToString().ToLowerInvariant()} PDF) | {full.TotalSeconds:0.00} s | {first.Reports.Count / full.TotalSeconds:0.0} | {noop.TotalSeconds:0.00} s ({again.Unchanged} unchanged) | {PeakRssMegabytes():0} MB | {allocatedPerReport / 1e6:0.0} MB | GC {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalSeconds:0.00} s |"));
Directory.Delete(work, recursive: true);
return 0;

static double PeakRssMegabytes()
{
    // VmHWM: the peak resident set size of this process, in kB (Linux).
    var line = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
    return line is null ? double.NaN : double.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) / 1024;
}

using GovReportGen.Diagnostics;
using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using GovReportGen.IO;
using GovReportGen.Pipeline;
using GovReportGen.Tests.EndToEnd;
using Xunit.Abstractions;

namespace GovReportGen.Tests.PipelineTests;

/// <summary>
/// The real <c>govreport render</c>, as a child process, SIGKILLed partway through a run over 40 agencies, more
/// than once: no file under a final name is ever partial, only temporary names are left over, and the next run
/// finishes the job — reusing what the killed runs completed — with exactly the output of one clean run.
/// </summary>
public class KillAndResumeTests(ITestOutputHelper output) : IDisposable
{
    private const int CopiesPerSample = 8;
    private static readonly TimeSpan RunTimeout = TimeSpan.FromMinutes(5);

    private readonly TempFolder _temp = new("pipeline-kill");

    [Fact]
    public void Runs_killed_partway_leave_no_partial_file_and_the_next_run_gives_a_clean_runs_output()
    {
        var data = _temp.Sub("data");
        var agencies = PipelineKit.WriteManyAgencies(data, CopiesPerSample);
        Assert.Equal(5 * CopiesPerSample, agencies.Count);

        var clean = _temp.Sub("clean");
        var clock = Stopwatch.StartNew();
        var reference = Cli.Start(data, clean);
        Assert.True(reference.WaitForExit(RunTimeout), "the clean run did not finish");
        Assert.True(reference.ExitCode == 0, reference.Output);
        output.WriteLine($"clean run of {agencies.Count} agencies: {clock.Elapsed.TotalSeconds:0.0} s");
        AssertCompleteRun(clean, agencies);

        // Three interruptions of the same out folder, each later in the work: the first as soon as any file is being
        // written (most likely mid-write), then after a few more reports, then after many more.
        var killed = _temp.Sub("killed");
        var interruptions = 0;
        var rendered = 0;
        foreach (var (trigger, more) in new[] { (Trigger.FirstFileBeingWritten, 0), (Trigger.RenderedReports, 3), (Trigger.RenderedReports, 8) })
        {
            using var run = Cli.Start(data, killed);
            var midRun = run.KillWhen(trigger, more, RunTimeout);
            rendered += run.Rendered;
            output.WriteLine($"{trigger} +{more}: {(midRun ? "killed mid-run" : "finished before the kill")}, {run.Rendered} reports rendered, {run.Skipped} skipped");
            var temps = AssertNoPartialFile(killed);
            output.WriteLine($"  left {temps.Count} temporary files: {string.Join(", ", temps.Take(5))}");
            if (!midRun) break;
            interruptions++;
            // The manifest is written last: a killed run leaves none, so it cannot be mistaken for a finished one.
            Assert.False(File.Exists(Path.Combine(killed, Manifest.FileName)), "a killed run left a manifest");
        }
        Assert.True(interruptions > 0, "no run was killed before it finished: the test proved nothing");

        using var final = Cli.Start(data, killed);
        Assert.True(final.WaitForExit(RunTimeout), "the resuming run did not finish");
        Assert.True(final.ExitCode == 0, final.Output);
        // It resumed: reports the killed runs completed were not rendered again.
        Assert.True(final.Skipped > 0 || rendered == 0, $"the resuming run skipped nothing although killed runs rendered {rendered}");
        Assert.Equal(agencies.Count, final.Skipped + final.Rendered);

        AssertCompleteRun(killed, agencies);
        PipelineKit.AssertSameTree(clean, killed, includeCache: true, what: "killed and resumed vs one clean run");
    }

    private static void AssertCompleteRun(string outDir, IReadOnlyList<string> agencies)
    {
        var manifest = Manifest.Read(Path.Combine(outDir, Manifest.FileName));
        Assert.Equal(agencies, manifest.Select(e => e.Agency).Order(StringComparer.Ordinal));
        Assert.All(manifest, e => Assert.NotEqual(ReportStatus.Error, e.Status));
        Assert.All(manifest, e => Assert.Equal(new[] { "docx", "html", "pdf" }, e.Files.Keys.Order(StringComparer.Ordinal)));
        Assert.Empty(AssertNoPartialFile(outDir));
    }

    private static readonly Regex TempName = new($@"^\.(?<final>.+)\.[0-9]+{Regex.Escape(AtomicFile.TempSuffix)}$");

    /// <summary>
    /// Every file under a final name is complete; every other file is a temporary one named after a final name.
    /// Returns the temporary files.
    /// </summary>
    private static List<string> AssertNoPartialFile(string outDir)
    {
        var temps = new List<string>();
        if (!Directory.Exists(outDir)) return temps;
        foreach (var file in PipelineKit.Tree(outDir, includeCache: true))
        {
            var name = Path.GetFileName(file);
            var folder = Path.GetDirectoryName(file)!.Replace('\\', '/');
            if (name.EndsWith(AtomicFile.TempSuffix, StringComparison.Ordinal))
            {
                var match = TempName.Match(name);
                Assert.True(match.Success, $"{file}: not a temporary name AtomicFile gives");
                var final = (folder.Length == 0 ? "" : folder + "/") + match.Groups["final"].Value;
                Assert.True(IsFinalName(final), $"{file}: a temporary file for {final}, which is not an output name");
                temps.Add(file);
                continue;
            }
            Assert.True(IsFinalName(file), $"{file}: neither an output nor a temporary file");
            AssertComplete(outDir, file);
        }

        // A cache record is written after its report's files: where there is one, they are all there and complete.
        var cache = new RenderCache(outDir);
        foreach (var record in PipelineKit.Tree(outDir, includeCache: true).Where(f => f.StartsWith(RenderCache.FolderName + "/", StringComparison.Ordinal) && f.EndsWith(".json", StringComparison.Ordinal)))
        {
            var parts = record.Split('/');
            var read = cache.Read(Path.GetFileNameWithoutExtension(parts[2]), int.Parse(parts[1]));
            Assert.True(read is not null, $"{record}: unreadable cache record");
            Assert.Equal(3, read!.Entry.Files.Count);
            Assert.All(read.Entry.Files.Values, f => Assert.True(File.Exists(Path.Combine(outDir, f)), $"{record} lists {f}, which is missing"));
        }
        return temps;
    }

    private static bool IsFinalName(string relative) =>
        relative == Manifest.FileName || SiteIndex.IsSitePage(relative)
        || Regex.IsMatch(relative, @"^reports/\d{4}/(?<id>[a-z0-9-]+)/\k<id>-\d{4}\.(html|docx|pdf)$")
        || Regex.IsMatch(relative, $@"^{Regex.Escape(RenderCache.FolderName)}/\d{{4}}/[a-z0-9-]+\.json$");

    private static void AssertComplete(string outDir, string relative)
    {
        var path = Path.Combine(outDir, relative);
        var bytes = File.ReadAllBytes(path);
        Assert.True(bytes.Length > 0, $"{relative}: empty");
        switch (Path.GetExtension(relative))
        {
            case ".pdf":
                Assert.True(bytes.AsSpan().StartsWith("%PDF-"u8), $"{relative}: does not start with %PDF-");
                Assert.True(Encoding.ASCII.GetString(bytes[^Math.Min(32, bytes.Length)..]).TrimEnd().EndsWith("%%EOF", StringComparison.Ordinal), $"{relative}: does not end with %%EOF");
                break;
            case ".docx":
                using (var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read))
                    Assert.NotNull(zip.GetEntry("word/document.xml"));
                using (var doc = WordprocessingDocument.Open(new MemoryStream(bytes), false))
                    Assert.NotNull(doc.MainDocumentPart?.Document?.Body);
                break;
            case ".html":
                Assert.True(Encoding.UTF8.GetString(bytes).TrimEnd().EndsWith("</html>", StringComparison.Ordinal), $"{relative}: does not end with </html>");
                break;
            case ".json":
                using (JsonDocument.Parse(bytes)) { }
                break;
            default:
                Assert.Fail($"{relative}: unexpected output file");
                break;
        }
    }

    public void Dispose() => _temp.Dispose();

    private enum Trigger { FirstFileBeingWritten, RenderedReports }

    /// <summary>One <c>govreport render</c> child process, its output collected and its progress lines counted.</summary>
    private sealed class Cli : IDisposable
    {
        private readonly Process _process;
        private readonly StringBuilder _output = new();
        private readonly string _outDir;
        private int _rendered;
        private int _skipped;

        private Cli(Process process, string outDir)
        {
            _process = process;
            _outDir = outDir;
        }

        public int Rendered => Volatile.Read(ref _rendered);
        public int Skipped => Volatile.Read(ref _skipped);
        public int ExitCode => _process.ExitCode;

        public string Output
        {
            get { lock (_output) return _output.ToString(); }
        }

        /// <summary>The CLI the test assembly was built with (copied beside it by the project reference), else the CLI project's own build of the same configuration.</summary>
        public static string Dll()
        {
            var beside = Path.Combine(AppContext.BaseDirectory, "govreport.dll");
            if (File.Exists(beside)) return beside;
            var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
            var built = Path.Combine(EndToEndPaths.Root, "src", "GovReportGen.Cli", "bin", configuration, "net10.0", "govreport.dll");
            Assert.True(File.Exists(built), $"govreport.dll found neither beside the tests ({beside}) nor at {built}");
            return built;
        }

        public static Cli Start(string data, string outDir)
        {
            var host = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH");
            var start = new ProcessStartInfo(string.IsNullOrEmpty(host) ? "dotnet" : host)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                WorkingDirectory = Path.GetDirectoryName(data)!,
                StandardOutputEncoding = Encoding.UTF8,
                StandardErrorEncoding = Encoding.UTF8,
            };
            foreach (var a in new[] { Dll(), "render", "--data", data, "--templates", EndToEndPaths.Templates, "--out", outDir, "--jobs", "2" })
                start.ArgumentList.Add(a);
            var cli = new Cli(new Process { StartInfo = start }, outDir);
            cli._process.OutputDataReceived += (_, e) => cli.Line(e.Data);
            cli._process.ErrorDataReceived += (_, e) => cli.Line(e.Data);
            Assert.True(cli._process.Start());
            cli._process.BeginOutputReadLine();
            cli._process.BeginErrorReadLine();
            return cli;
        }

        private void Line(string? line)
        {
            if (line is null) return;
            lock (_output) _output.AppendLine(line);
            // RenderProgress, output redirected: "[n] 2024 agency：已生成：…" or "…：未变化，跳过".
            if (!line.StartsWith('[')) return;
            if (line.Contains("未变化，跳过", StringComparison.Ordinal)) Interlocked.Increment(ref _skipped);
            else if (line.Contains("已生成", StringComparison.Ordinal)) Interlocked.Increment(ref _rendered);
        }

        public bool WaitForExit(TimeSpan timeout)
        {
            if (!_process.WaitForExit(timeout))
            {
                _process.Kill(entireProcessTree: true);
                return false;
            }
            _process.WaitForExit(); // drains the redirected output
            return true;
        }

        /// <summary>
        /// SIGKILLs the process (and its children) when the trigger fires; true when it was still running then,
        /// false when it had finished first.
        /// </summary>
        public bool KillWhen(Trigger trigger, int reports, TimeSpan timeout)
        {
            var clock = Stopwatch.StartNew();
            var target = Rendered + reports;
            while (!_process.HasExited)
            {
                var fire = trigger == Trigger.FirstFileBeingWritten
                    ? AnyTempFile() || Rendered > 0 // a write may be too quick to catch: then the first finished report
                    : Rendered >= target;
                if (fire || clock.Elapsed > timeout) break;
                Thread.Sleep(trigger == Trigger.FirstFileBeingWritten ? 0 : 1);
            }
            var wasRunning = !_process.HasExited;
            try { _process.Kill(entireProcessTree: true); }
            catch (InvalidOperationException) { wasRunning = false; } // exited in between
            _process.WaitForExit();
            Assert.True(clock.Elapsed <= timeout, "the run neither progressed nor finished");
            return wasRunning;
        }

        private bool AnyTempFile()
        {
            var reports = Path.Combine(_outDir, "reports");
            try
            {
                return Directory.Exists(reports) && Directory.EnumerateFiles(reports, "*" + AtomicFile.TempSuffix, SearchOption.AllDirectories).Any();
            }
            catch (IOException) { return false; } // a folder went away mid-enumeration (a rename)
            catch (UnauthorizedAccessException) { return false; }
        }

        public void Dispose()
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.Dispose();
        }
    }
}

using System.Diagnostics;
using GovReportGen.Cli;
using GovReportGen.IO;
using GovReportGen.Pipeline;
using GovReportGen.Tests.EndToEnd;
using GovReportGen.Tests.Support;

namespace GovReportGen.Tests.Regressions;

/// <summary>
/// Issue 12, findings 4 and 5: a full disk and a broken or hostile theme file give Chinese messages naming what is
/// wrong, cost only what they must, and leave no half-written file.
/// </summary>
public sealed class Issue12DiskAndThemeTests : IDisposable
{
    private readonly TempFolder _temp = new("issue12-disk");

    private static (int Exit, string Out, string Err) Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr, new DateOnly(2026, 3, 1));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static bool Run(string file, params string[] args)
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            p.WaitForExit();
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception) { return false; }
    }

    [SkippableFact]
    public void A_full_disk_is_a_Chinese_error_and_leaves_no_partial_file()
    {
        var disk = _temp.Sub("tiny");
        Directory.CreateDirectory(disk);
        // A 300 KB file system fills up during the first PDFs; mounting needs root, as on CI.
        Skip.IfNot(Run("mount", "-t", "tmpfs", "-o", "size=300k", "tmpfs", disk), "cannot mount a small tmpfs here (not root)");
        try
        {
            var outDir = Path.Combine(disk, "out");
            var (exit, stdout, stderr) = Cli("render", "--data", RepoPaths.Data, "--templates", RepoPaths.Templates, "--out", outDir);

            Assert.NotEqual(CliApp.ExitOk, exit);
            var all = stdout + stderr;
            Assert.Contains("磁盘空间不足", all);
            Assert.DoesNotContain("No space left", all);
            Assert.Empty(Directory.GetFiles(outDir, "*" + AtomicFile.TempSuffix, SearchOption.AllDirectories));
            // Every report file that exists is whole: it is one the manifest (if written) could list, never a stub.
            foreach (var file in Directory.GetFiles(Path.Combine(outDir, "reports"), "*", SearchOption.AllDirectories))
                Assert.True(new FileInfo(file).Length > 1000, $"{file} looks truncated");
        }
        finally
        {
            Run("umount", disk);
        }
    }

    [Theory]
    [InlineData("{\"roles\": {", "不是合法的 JSON")]
    [InlineData(null, "不是普通文件")]
    public void A_broken_or_hostile_theme_file_is_GRG6001_located_at_that_file(string? content, string message)
    {
        var templates = _temp.Sub("templates");
        TempFolder.CopyTree(RepoPaths.Templates, templates);
        var fonts = Path.Combine(templates, "theme", "fonts.json");
        File.Delete(fonts);
        if (content is null) Assert.True(Run("mkfifo", fonts));
        else File.WriteAllText(fonts, content);
        var outDir = _temp.Sub("out");

        var run = Task.Run(() => Cli("render", "--data", RepoPaths.Data, "--templates", templates, "--out", outDir, "--agency", "chaoyang-kjj", "--formats", "pdf"));
        Assert.True(run.Wait(TimeSpan.FromSeconds(120)), "render hung on the theme file");
        var (exit, stdout, _) = run.Result;

        Assert.Equal(CliApp.ExitErrorsFound, exit);
        var line = Assert.Single(stdout.Split('\n'), l => l.Contains("GRG6001"));
        Assert.Contains("theme/fonts.json(1,", line);
        Assert.Contains(message, line);
        Assert.False(File.Exists(Path.Combine(outDir, RenderRun.ReportPath("chaoyang-kjj", 2024, "pdf"))));
    }

    public void Dispose() => _temp.Dispose();
}

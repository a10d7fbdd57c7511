using System.Text;
using GovReportGen.Cli;
using GovReportGen.IO;
using GovReportGen.Pipeline;
using GovReportGen.Tests.PipelineTests;

namespace GovReportGen.Tests.Regressions;

/// <summary>
/// Issue 12, findings 5–9: a run writes only inside its output folder, only into a folder that is ours, never beside
/// a second run, removes only what it wrote, clears what a killed run left, and says what is wrong in Chinese.
/// </summary>
public sealed class Issue12OutputFolderTests : IDisposable
{
    private readonly Workspace _ws = new("issue12");

    private static (int Exit, string Out, string Err) Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr, new DateOnly(2026, 3, 1));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private (int Exit, string Out, string Err) Render(string outDir, params string[] extra) =>
        Cli(new[] { "render", "--data", _ws.Data, "--templates", _ws.TemplatesDir, "--out", outDir, "--formats", "html" }.Concat(extra).ToArray());

    [Fact]
    public void An_out_path_that_is_a_file_is_a_usage_error_naming_it()
    {
        var file = _ws.Sub("not-a-folder");
        File.WriteAllText(file, "x");
        var (exit, _, err) = Render(file);
        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Contains("是一个文件，不是文件夹", err);
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Theory]
    [InlineData("data/agencies")]
    [InlineData("data")]
    public void An_out_folder_inside_the_data_folder_is_refused(string relative)
    {
        var outDir = _ws.Sub(relative.Split('/'));
        var before = Directory.GetFileSystemEntries(_ws.Data, "*", SearchOption.AllDirectories).Length;
        var (exit, _, err) = Render(outDir);
        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Contains("输入目录", err);
        Assert.Equal(before, Directory.GetFileSystemEntries(_ws.Data, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void A_folder_holding_other_files_is_not_taken_over_unless_forced()
    {
        var outDir = _ws.Sub("somebody-elses");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "manifest.json"), "my own notes");
        var (exit, _, err) = Render(outDir);
        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Contains("不是 GovReportGen 的输出目录", err);
        Assert.Equal("my own notes", File.ReadAllText(Path.Combine(outDir, "manifest.json")));

        Assert.Equal(CliApp.ExitOk, Render(outDir, "--force").Exit);
        Assert.True(OutputFolder.IsOurs(outDir));
    }

    [Fact]
    public void A_second_run_into_the_same_folder_is_refused_while_the_first_holds_it()
    {
        using (OutputFolder.Acquire(_ws.Out, Array.Empty<string>(), takeOver: false))
        {
            var (exit, _, err) = Render(_ws.Out);
            Assert.Equal(CliApp.ExitUsage, exit);
            Assert.Contains("另一个 govreport 进程正在写入", err);
        }
        Assert.Equal(CliApp.ExitOk, Render(_ws.Out).Exit);
    }

    [Fact]
    public void Temporary_files_a_killed_run_left_are_cleared_by_the_next_run()
    {
        Assert.Equal(CliApp.ExitOk, Render(_ws.Out).Exit);
        var stale = Path.Combine(_ws.Out, "reports", "2024", "chaoyang-kjj", ".chaoyang-kjj-2024.html" + AtomicFile.TempSuffix);
        File.WriteAllText(stale, "half a file");
        Assert.Equal(CliApp.ExitOk, Render(_ws.Out).Exit);
        Assert.False(File.Exists(stale));
        Assert.Empty(Directory.GetFiles(_ws.Out, "*" + AtomicFile.TempSuffix, SearchOption.AllDirectories));
    }

    [Fact]
    public void A_temporary_file_is_named_for_its_process()
    {
        var path = _ws.Sub("named", "x.html");
        string[] during = [];
        AtomicFile.Replace(path, stream =>
        {
            during = Directory.GetFiles(Path.GetDirectoryName(path)!).Select(Path.GetFileName).OfType<string>().ToArray();
            stream.WriteByte(1);
        });
        Assert.Equal(new[] { $".x.html.{Environment.ProcessId}{AtomicFile.TempSuffix}" }, during);
    }

    [Fact]
    public void A_failing_report_removes_only_files_the_tool_wrote()
    {
        Assert.Equal(CliApp.ExitOk, Render(_ws.Out).Exit);
        var report = Path.Combine(_ws.Out, "reports", "2024", "chaoyang-kjj");
        // Someone saves their own DOCX where this report's would go; we never wrote a DOCX here (HTML only).
        File.WriteAllText(Path.Combine(report, "chaoyang-kjj-2024.docx"), "hand-made");
        File.AppendAllText(_ws.DataFile("chaoyang-kjj", 2024), "\nnot_a_key: 1\n");

        var (exit, _, _) = Render(_ws.Out);

        Assert.Equal(CliApp.ExitErrorsFound, exit);
        Assert.False(File.Exists(Path.Combine(report, "chaoyang-kjj-2024.html")), "our HTML of the failing report is removed");
        Assert.Equal("hand-made", File.ReadAllText(Path.Combine(report, "chaoyang-kjj-2024.docx")));
    }

    [Theory]
    [InlineData("../../../x/pwn.html")]
    [InlineData("/tmp/pwn.html")]
    [InlineData("reports/2024/chaoyang-kjj/../../../../pwn.html")]
    [InlineData("reports/2024/other-kjj/other-kjj-2024.html")]
    public void Merge_refuses_a_shard_manifest_whose_paths_leave_their_place(string path)
    {
        var shard = _ws.Sub("shard-1");
        Assert.Equal(CliApp.ExitOk, Render(shard).Exit);
        var manifest = Path.Combine(shard, Manifest.FileName);
        var text = File.ReadAllText(manifest, Encoding.UTF8);
        File.WriteAllText(manifest, text.Replace("\"html\": \"reports/2024/chaoyang-kjj/chaoyang-kjj-2024.html\"", $"\"html\": \"{path}\""));
        Assert.Contains(path, File.ReadAllText(manifest));
        var site = _ws.Sub("site");

        var (exit, _, err) = Cli("merge-manifests", "--out", site, shard);

        Assert.Equal(CliApp.ExitUsage, exit);
        Assert.Contains("shard-1", err);
        Assert.Contains("已拒绝合并", err);
        Assert.False(File.Exists(Path.GetFullPath(Path.Combine(site, path))));
        Assert.False(File.Exists(Path.Combine(_ws.Sub("x"), "pwn.html")));
    }

    public void Dispose() => _ws.Dispose();
}

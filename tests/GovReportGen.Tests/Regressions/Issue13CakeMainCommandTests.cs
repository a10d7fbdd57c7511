using System.Diagnostics;
using GovReportGen.Tests.EndToEnd;
using GovReportGen.Tests.Support;

namespace GovReportGen.Tests.Regressions;

/// <summary>
/// Issue 13, finding 2: with one broken data file the README's main command ended with "govreport validate 失败"
/// and Render never ran. Now the others are rendered and published, and the build still fails at the end.
/// Runs the real Cake main command (about half a minute), as the office would, with --no-build: a nested build
/// while the suite runs could rewrite assemblies the running tests have loaded.
/// </summary>
public sealed class Issue13CakeMainCommandTests : IDisposable
{
    private readonly TempFolder _temp = new("issue13-cake");

    [SkippableFact]
    public void One_broken_agency_does_not_stop_the_others_and_the_build_fails_at_the_end()
    {
        var data = _temp.Sub("data");
        TempFolder.CopyTree(RepoPaths.Data, data);
        File.AppendAllText(Path.Combine(data, "agencies", "chaoyang-kjj", "2024.yaml"), "\nbroken: [\n");
        var outDir = _temp.Sub("out");

        var start = new ProcessStartInfo("dotnet", ["cake", "build/build.cake", "--no-build", $"--configuration={BuiltConfiguration}", $"--data={data}", $"--out={outDir}"])
        {
            WorkingDirectory = RepoPaths.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["NO_COLOR"] = "1";
        using var cake = Process.Start(start)!;
        var output = cake.StandardOutput.ReadToEndAsync();
        var errors = cake.StandardError.ReadToEndAsync();
        Assert.True(cake.WaitForExit(TimeSpan.FromMinutes(10)), "the Cake main command did not finish");
        var log = output.Result + errors.Result;
        Skip.If(log.Contains("Could not execute because the specified command or file was not found"), "Cake is not restored (dotnet tool restore)");

        Assert.NotEqual(0, cake.ExitCode);
        Assert.Contains("GRG1001", log);
        Assert.Contains("其余报告已生成", log);
        var rendered = Directory.GetFiles(Path.Combine(outDir, "reports"), "*.pdf", SearchOption.AllDirectories).Select(Path.GetFileNameWithoutExtension).Order().ToList();
        Assert.Equal(new[] { "ningbo-yinzhou-kjj-2024", "zaozhuang-shizhong-kjj-2024", "zaozhuang-yicheng-kjj-2020", "zhengzhou-erqi-kjj-2023" }, rendered);
        Assert.True(File.Exists(Path.Combine(outDir, "site", "index.html")));
    }

    /// <summary>The configuration this test assembly was built in: the CLI beside it was built in the same one.</summary>
    private static string BuiltConfiguration =>
#if DEBUG
        "Debug";
#else
        "Release";
#endif

    public void Dispose() => _temp.Dispose();
}

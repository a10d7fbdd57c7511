// One typed place for paths and configuration, shared by every task.

public sealed class BuildPaths
{
    public DirectoryPath Root { get; init; }
    public FilePath Solution { get; init; }
    public FilePath TestProject { get; init; }
    public FilePath CliProject { get; init; }
    public DirectoryPath Data { get; init; }
    public DirectoryPath Templates { get; init; }
    public DirectoryPath Artifacts { get; init; }
    public DirectoryPath TestResults { get; init; }
    public string Configuration { get; init; }

    public static BuildPaths From(ICakeContext context)
    {
        var root = context.MakeAbsolute(context.Directory(".."));
        // The script may be started from the repository root or from build/.
        if (!context.FileExists(root.CombineWithFilePath("GovReportGen.sln")))
            root = context.MakeAbsolute(context.Directory("."));
        // A folder given on the command line may be relative (to the repository) or absolute.
        DirectoryPath Folder(string argument, string fallback) => new DirectoryPath(context.Argument(argument, fallback)).MakeAbsolute(root);
        var artifacts = Folder("out", "artifacts");
        return new BuildPaths
        {
            Root = root,
            Solution = root.CombineWithFilePath("GovReportGen.sln"),
            TestProject = root.CombineWithFilePath("tests/GovReportGen.Tests/GovReportGen.Tests.csproj"),
            CliProject = root.CombineWithFilePath("src/GovReportGen.Cli/GovReportGen.Cli.csproj"),
            Data = Folder("data", "data"),
            Templates = Folder("templates", "templates"),
            Artifacts = artifacts,
            // Beside the report output, not in it: artifacts/ belongs to the render run, which refuses a folder
            // holding files that are not its own.
            TestResults = root.Combine("test-results"),
            Configuration = context.Argument("configuration", "Release"),
        };
    }
}

/// Runs the built govreport CLI; a non-zero exit fails the task with the CLI's own message above it.
/// Runs govreport and returns its exit code: 1 means some reports have errors (the others were handled), which the
/// main job records and reports at the end instead of stopping; 2 and above (usage, I/O) stop the build at once.
public int GovreportAllowingReportErrors(BuildPaths paths, string arguments)
{
    var dll = paths.Root.CombineWithFilePath($"src/GovReportGen.Cli/bin/{paths.Configuration}/net10.0/govreport.dll");
    var exit = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = $"\"{dll}\" {arguments}",
        WorkingDirectory = paths.Root,
    });
    if (exit >= 2 || exit < 0) throw new CakeException(exit, $"govreport {arguments.Split(' ')[0]} 失败（退出码 {exit}）");
    return exit;
}

public void Govreport(BuildPaths paths, string arguments)
{
    var dll = paths.Root.CombineWithFilePath($"src/GovReportGen.Cli/bin/{paths.Configuration}/net10.0/govreport.dll");
    var exit = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = $"\"{dll}\" {arguments}",
        WorkingDirectory = paths.Root,
    });
    if (exit != 0) throw new CakeException(exit, $"govreport {arguments.Split(' ')[0]} 失败（退出码 {exit}）");
}

/// Runs one benchmark process; its table rows go straight to the console.
public void Bench(BuildPaths paths, FilePath dll, string arguments, string pdfEngine = "direct")
{
    var exit = StartProcess("dotnet", new ProcessSettings
    {
        Arguments = $"\"{dll}\" {arguments}",
        WorkingDirectory = paths.Root,
        EnvironmentVariables = new Dictionary<string, string> { ["GRG_PDF_ENGINE"] = pdfEngine },
    });
    if (exit != 0) throw new CakeException(exit, $"benchmark {arguments.Split(' ')[0]} failed (exit code {exit})");
}

/// The pass/fail counts of a TRX file, printed as the one line CI reads.
public sealed class TestSummary
{
    public int Passed { get; init; }
    public int Failed { get; init; }
    public int Skipped { get; init; }
    public IReadOnlyList<string> FailedNames { get; init; } = Array.Empty<string>();
    public string Line => $"Tests: {Passed} passed, {Failed} failed" + (Skipped > 0 ? $", {Skipped} skipped" : "");

    private static string FirstLine(string text)
    {
        var line = (text ?? "").Trim().Split('\n')[0].Trim();
        return line.Length <= 300 ? line : line.Substring(0, 300) + "…";
    }

    public static TestSummary Read(FilePath trx)
    {
        if (!System.IO.File.Exists(trx.FullPath)) return new TestSummary { Failed = 1 };
        var doc = System.Xml.Linq.XDocument.Load(trx.FullPath);
        var counters = doc.Descendants().First(e => e.Name.LocalName == "Counters");
        int Count(string name) => int.Parse(counters.Attribute(name)?.Value ?? "0");
        return new TestSummary
        {
            Passed = Count("passed"),
            Failed = Count("failed") + Count("error") + Count("timeout") + Count("aborted"),
            // TRX counts a skipped test in total but not in executed (its notExecuted stays 0).
            Skipped = Count("total") - Count("executed"),
            // Named again after the run, so the end of a long CI log says which tests failed.
            FailedNames = doc.Descendants().Where(e => e.Name.LocalName == "UnitTestResult" && (string)e.Attribute("outcome") != "Passed" && (string)e.Attribute("outcome") != "NotExecuted")
                .Select(e => (string)e.Attribute("testName") + " — " + FirstLine(e.Descendants().FirstOrDefault(m => m.Name.LocalName == "Message")?.Value))
                .Take(40).ToList(),
        };
    }
}

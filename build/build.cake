// GovReportGen build. Tasks stay thin: they call dotnet and the govreport CLI; all logic lives in the library.
//   dotnet tool restore && dotnet cake build/build.cake                 (main job: Validate → Render → Site)
//   dotnet cake build/build.cake --target=Test                          (the test suite)
//   dotnet cake build/build.cake --target=Fuzz --fuzz-cases=10000       (issue 12's fuzz target, long run)

#load "setup.cake"

var target = Argument("target", "Default");
var paths = BuildPaths.From(Context);

// --no-build: use the CLI already built (the test suite runs the main command this way, so a nested build never
// rewrites assemblies the running tests have loaded).
var noBuild = HasArgument("no-build");

Task("Restore")
    .WithCriteria(() => !noBuild)
    .Does(() => DotNetRestore(paths.Solution.FullPath));

Task("Build")
    .IsDependentOn("Restore")
    .WithCriteria(() => !noBuild)
    .Does(() => DotNetBuild(paths.Solution.FullPath, new DotNetBuildSettings
    {
        Configuration = paths.Configuration,
        NoRestore = true,
    }));

// The suite's HTML checkers (vnu-jar, axe-core), pinned in tests/tools/package-lock.json. Without npm the
// tests that need them are skipped with their reason, and the summary line counts them.
Task("TestTools")
    .WithCriteria(() => !DirectoryExists(paths.Root.Combine("tests/tools/node_modules")))
    .Does(() =>
{
    int exit;
    try
    {
        exit = StartProcess("npm", new ProcessSettings
        {
            Arguments = "ci --no-audit --no-fund --loglevel=error",
            WorkingDirectory = paths.Root.Combine("tests/tools"),
        });
    }
    catch (Exception e)
    {
        Warning("npm is not available ({0}): the Nu Html Checker and axe tests will be skipped", e.Message);
        return;
    }
    if (exit != 0) Warning("npm ci in tests/tools failed (exit code {0}): the Nu Html Checker and axe tests will be skipped", exit);
});

Task("Test")
    .IsDependentOn("Build")
    .IsDependentOn("TestTools")
    .Does(() =>
{
    CleanDirectory(paths.TestResults);
    var settings = new DotNetTestSettings
    {
        Configuration = paths.Configuration,
        NoBuild = true,
        NoRestore = true,
        ResultsDirectory = paths.TestResults,
        Loggers = new[] { "trx;LogFileName=tests.trx", "console;verbosity=minimal" },
    };
    Exception failure = null;
    try { DotNetTest(paths.TestProject.FullPath, settings); }
    catch (Exception e) { failure = e; }
    var summary = TestSummary.Read(paths.TestResults.CombineWithFilePath("tests.trx"));
    foreach (var name in summary.FailedNames) Error("  失败: {0}", name);
    Information(summary.Line);
    if (failure != null) throw failure;
});

// Issue 12's fuzz target, run longer than the suite's bounded run (tests/GovReportGen.Tests/Fuzz): mutated year files,
// agency files and templates through load → validate → render. --fuzz-cases (default 10000); --fuzz-seed replays
// the seed a failure printed.
Task("Fuzz")
    .IsDependentOn("Build")
    .Does(() =>
{
    var cases = Argument("fuzz-cases", 10000);
    var clock = System.Diagnostics.Stopwatch.StartNew();
    var settings = new DotNetTestSettings
    {
        Configuration = paths.Configuration,
        NoBuild = true,
        NoRestore = true,
        Filter = "FullyQualifiedName~GovReportGen.Tests.Fuzz.FuzzTests",
        // Detailed, so the test's own line (cases, time per stage, known faults) and any repro are printed.
        Loggers = new[] { "console;verbosity=detailed" },
        EnvironmentVariables = new Dictionary<string, string>
        {
            ["GRG_FUZZ_CASES"] = cases.ToString(),
            ["GRG_FUZZ_SEED"] = Argument("fuzz-seed", ""),
        },
    };
    try { DotNetTest(paths.TestProject.FullPath, settings); }
    finally { Information($"Fuzz: {cases} cases in {clock.Elapsed.TotalSeconds:F0} s"); }
});

// One agency's bad data must not stop the others' reports: in the main job Validate and Render note that some
// reports have errors (exit code 1), the rest is rendered and published, and the build fails at the end.
var reportsWithErrors = new List<string>();

Task("Validate")
    .IsDependentOn("Build")
    .Does(() =>
{
    if (GovreportAllowingReportErrors(paths, $"validate --data \"{paths.Data}\" --templates \"{paths.Templates}\"") == 1)
    {
        if (target == "Validate") throw new CakeException(1, "govreport validate 发现错误（见上方诊断）");
        reportsWithErrors.Add("validate");
    }
});

// PDF fonts: every role of templates/theme/fonts.json needs an installed family. As root with apt-get the
// CLI installs the free packages itself and says so; otherwise it stops naming the role, chain and command.
Task("Fonts")
    .IsDependentOn("Build")
    .Does(() => Govreport(paths, $"fonts --install --templates \"{paths.Templates}\""));

// Validate has always run and printed every data finding by now: --after-validate keeps Render to what only
// rendering can find (template and output-format failures), so each diagnostic appears once in the build log.
Task("Render")
    .IsDependentOn("Fonts")
    .IsDependentOn("Validate")
    .Does(() =>
{
    if (GovreportAllowingReportErrors(paths, $"render --after-validate --data \"{paths.Data}\" --templates \"{paths.Templates}\" --out \"{paths.Artifacts}\"") == 1)
    {
        if (target == "Render") throw new CakeException(1, "部分报告有错误，未生成（见上方诊断）；其余报告已生成");
        reportsWithErrors.Add("render");
    }
});

Task("Site")
    .IsDependentOn("Render")
    .Does(() => Govreport(paths, $"site --out \"{paths.Artifacts}\""));

// Benchmark (never a timed unit test): N synthetic agencies of both formats rendered in all three formats,
// one process per N so each peak RSS is its own; then where one report's time goes, stage by stage, and how
// each PDF/DOCX stage scales from one thread to all cores; last, govreport preview's save-to-new-HTML and -PDF times.
//   dotnet cake build/build.cake --target=Bench [--bench-sizes=100,1000,5000]
Task("Bench")
    .IsDependentOn("Fonts")
    .Does(() =>
{
    var project = paths.Root.CombineWithFilePath("bench/GovReportGen.Bench/GovReportGen.Bench.csproj");
    DotNetBuild(project.FullPath, new DotNetBuildSettings { Configuration = "Release" });
    var dll = paths.Root.CombineWithFilePath("bench/GovReportGen.Bench/bin/Release/net10.0/GovReportGen.Bench.dll");
    Information($"Machine: {Environment.ProcessorCount} cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}");
    Information("| agencies | formats | full render | reports/s | no-op rebuild | peak RSS | allocated per report | GC gen0/1/2 |");
    Information("|---:|---|---:|---:|---|---:|---:|---|");
    // Each size with the old (Skia) and the new (direct) PDF backend, side by side in one run.
    foreach (var size in Argument("bench-sizes", "100,1000,5000").Split(','))
        foreach (var engine in new[] { "skia", "direct" })
            Bench(paths, dll, $"{size.Trim()} \"{paths.Templates}\"", engine);
    Bench(paths, dll, $"stages \"{paths.Templates}\" 200");
    Bench(paths, dll, $"scaling \"{paths.Templates}\" 150");
    Bench(paths, dll, $"preview \"{paths.Templates}\" 20");
    Bench(paths, dll, $"import \"{paths.Templates}\" 10");
});

Task("Default")
    .IsDependentOn("Site")
    .Does(() =>
{
    if (reportsWithErrors.Count > 0)
        throw new CakeException(1, $"部分报告有错误，未生成（见上方诊断与 {paths.Artifacts}/site/index.html）；其余报告已生成并写入 {paths.Artifacts}");
});

RunTarget(target);

using System.Diagnostics;
using CsCheck;
using Xunit.Abstractions;

namespace GovReportGen.Tests.Fuzz;

/// <summary>
/// Issue 12's fuzz target: mutated sample year files, agency files and templates through load → validate → render,
/// in-process. A bounded run is part of the suite; <c>dotnet cake build/build.cake --target=Fuzz</c> runs a longer one.
/// <c>GRG_FUZZ_CASES</c> sets the number of cases, <c>GRG_FUZZ_SEED</c> replays a failure from the seed CsCheck printed.
/// </summary>
public sealed class FuzzTests(ITestOutputHelper output)
{
    public const string CasesVariable = "GRG_FUZZ_CASES";
    public const string SeedVariable = "GRG_FUZZ_SEED";
    public const int DefaultCases = 2_000;

    /// <summary>
    /// One case in this many renders DOCX and PDF too. An HTML-only case takes about 25 ms, one with all three writers
    /// about 400 ms (mostly PDF), so 1 in 40 keeps full renders under half the run while each run of 2,000 makes ~50.
    /// </summary>
    public const int AllFormatsEvery = 40;

    /// <summary>One case in this many is rendered twice into fresh folders and compared byte for byte.</summary>
    public const int DeterminismEvery = 25;

    [Fact]
    public void Mutated_inputs_give_located_Chinese_diagnostics_and_write_only_into_the_output_folder()
    {
        var cases = int.TryParse(Environment.GetEnvironmentVariable(CasesVariable), out var n) && n > 0 ? n : DefaultCases;
        var seed = Environment.GetEnvironmentVariable(SeedVariable);
        var clock = Stopwatch.StartNew();

        FuzzGen.Case(AllFormatsEvery, DeterminismEvery).Sample(
            FuzzRunner.Check,
            writeLine: output.WriteLine,
            seed: string.IsNullOrWhiteSpace(seed) ? null : seed.Trim(),
            iter: cases,
            // Each case renders on one thread (Parallelism = 1), so cases themselves use the cores.
            threads: Environment.ProcessorCount,
            print: c => c.Describe());

        output.WriteLine($"fuzz: {cases} cases in {clock.Elapsed.TotalSeconds:F1} s");
    }
}

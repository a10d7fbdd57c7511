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
    public const string SurveyVariable = "GRG_FUZZ_SURVEY";
    public const int DefaultCases = 2_000;

    /// <summary>
    /// One case in this many renders DOCX and PDF too. Measured on the 2-core machine: a case renders in 15–25 ms with
    /// HTML only and 80–190 ms with all three writers (setup, validate and checks add ~15 ms), so 1 in 40 spends about a
    /// tenth of the run on full renders and still makes ~50 of them in 2,000 cases (~50 s under load, the suite's bound).
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
        FuzzRunner.ResetTimings();

        if (Environment.GetEnvironmentVariable(SurveyVariable) == "1")
        {
            Survey(cases, seed);
            return;
        }

        // The suite, run as CI runs it, replays the same cases every time, so a gate never fails by chance; a rare
        // fault is for the long runs to find (Cake target Fuzz, which sets the case count and so explores new seeds).
        if (Environment.GetEnvironmentVariable(CasesVariable) is null && string.IsNullOrWhiteSpace(seed))
        {
            FixedCases(cases);
            return;
        }

        FuzzGen.Case(AllFormatsEvery, DeterminismEvery).Sample(
            FuzzRunner.Check,
            writeLine: output.WriteLine,
            seed: string.IsNullOrWhiteSpace(seed) ? null : seed.Trim(),
            iter: cases,
            // Each case renders on one thread (Parallelism = 1), so cases themselves use the cores.
            threads: Environment.ProcessorCount,
            print: c => c.Describe());

        output.WriteLine($"fuzz: {cases} cases in {clock.Elapsed.TotalSeconds:F1} s; {FuzzRunner.Time}; {FuzzRunner.KnownFaultSummary}");
    }

    /// <summary>
    /// <c>GRG_FUZZ_SURVEY=1</c>: instead of stopping at the smallest failure, runs every case and lists each kind of
    /// fault once, with how often it came up and the smallest case that showed it — for triaging a long run.
    /// </summary>
    private void Survey(int cases, string? seed)
    {
        var clock = Stopwatch.StartNew();
        FuzzRunner.ResetTimings();
        var found = new System.Collections.Concurrent.ConcurrentDictionary<string, (int Count, FuzzCase Smallest, string Problems)>();
        var failedCases = 0;
        FuzzGen.Case(AllFormatsEvery, DeterminismEvery).Sample(fuzzCase =>
        {
            try { FuzzRunner.Check(fuzzCase); }
            catch (FuzzFailure failure)
            {
                Interlocked.Increment(ref failedCases);
                foreach (var kind in failure.Kinds)
                    found.AddOrUpdate(kind, _ => (1, fuzzCase, failure.Message), (_, was) =>
                        Size(fuzzCase) < Size(was.Smallest) ? (was.Count + 1, fuzzCase, failure.Message) : (was.Count + 1, was.Smallest, was.Problems));
            }
        }, writeLine: output.WriteLine, seed: string.IsNullOrWhiteSpace(seed) ? null : seed.Trim(), iter: cases, threads: Environment.ProcessorCount);

        output.WriteLine($"fuzz survey: {cases} cases in {clock.Elapsed.TotalSeconds:F1} s, {failedCases} failed, {found.Count} kinds of fault; {FuzzRunner.Time}; {FuzzRunner.KnownFaultSummary}");
        foreach (var (kind, (count, smallest, problems)) in found.OrderByDescending(f => f.Value.Count))
            output.WriteLine($"\n### {kind} ({count} cases)\n{smallest.Describe()}\n{Cut(problems, 2_000)}");
        Assert.True(found.IsEmpty, $"{found.Count} kinds of fault, listed in the test output");
    }

    /// <summary>Suite seed stream: changing it changes which cases the suite replays.</summary>
    private const uint SuiteStream = 14;

    /// <summary>
    /// Cases 0…n−1 of a fixed seed stream, on every core. A failure names each failing case with the seed that replays
    /// it under CsCheck (<c>GRG_FUZZ_SEED</c>), which then also shrinks it.
    /// </summary>
    private void FixedCases(int cases)
    {
        var clock = Stopwatch.StartNew();
        var generator = FuzzGen.Case(AllFormatsEvery, DeterminismEvery);
        var failures = new System.Collections.Concurrent.ConcurrentBag<(int Index, string Text)>();
        Parallel.For(0, cases, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i =>
        {
            var pcg = new PCG(SuiteStream, (ulong)i);
            var replay = pcg.ToString();
            var fuzzCase = generator.Generate(pcg, null, out _);
            try { FuzzRunner.Check(fuzzCase); }
            catch (Exception e) { failures.Add((i, $"case {i} (GRG_FUZZ_SEED={replay}):\n{fuzzCase.Describe()}\n{Cut(e.Message, 2_000)}")); }
        });
        output.WriteLine($"fuzz: {cases} fixed cases in {clock.Elapsed.TotalSeconds:F1} s; {FuzzRunner.Time}; {FuzzRunner.KnownFaultSummary}");
        var sorted = failures.OrderBy(f => f.Index).Select(f => f.Text).ToList();
        Assert.True(sorted.Count == 0, $"{sorted.Count} of {cases} cases failed:\n\n{string.Join("\n\n", sorted.Take(3))}");
    }

    private static int Size(FuzzCase c) => c.Mutations.Length * 10 + (c.AllFormats ? 5 : 0) + (c.CheckDeterminism ? 3 : 0);

    private static string Cut(string text, int length) => text.Length <= length ? text : text[..length] + "…";
}

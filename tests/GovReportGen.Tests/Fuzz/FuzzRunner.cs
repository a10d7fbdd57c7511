using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using GovReportGen.Diagnostics;
using GovReportGen.Formats;
using GovReportGen.Pipeline;
using GovReportGen.Tests.EndToEnd;
using GovReportGen.Tests.PipelineTests;
using GovReportGen.Validation;

namespace GovReportGen.Tests.Fuzz;

/// <summary>A broken promise of issue 12, found by one case; CsCheck shrinks the case and prints it with the seed.</summary>
public sealed class FuzzFailure(IReadOnlyList<string> problems) : Exception(string.Join("\n", problems))
{
    public IReadOnlyList<string> Problems { get; } = problems;

    /// <summary>
    /// Each problem with what varies from case to case left out (positions, quoted text, the message itself): one key
    /// per kind of fault, for the survey mode of <see cref="FuzzTests"/>.
    /// </summary>
    public IEnumerable<string> Kinds => Problems.Select(p =>
    {
        var exception = Regex.Match(p, @"^(.*? threw) [^:]*?: (?<type>[\w.]+Exception)[\s\S]*?\bat (?<frame>GovReportGen\.[\w.`<>]+)");
        if (exception.Success) return $"{exception.Groups[1].Value} {exception.Groups["type"].Value} at {exception.Groups["frame"].Value}";
        var id = Regex.Match(p, @"GRG\d{4}").Value;
        var head = Regex.Replace(p.Split(": ").Take(2).Aggregate((a, b) => a + ": " + b), @"\(“.*?”\)|\d+", "…");
        return $"{head} [{id}]";
    }).Distinct();
}

/// <summary>
/// Runs one case in its own temp folder — <c>data/</c>, <c>templates/</c> and <c>out/</c> side by side — through load,
/// validate and render in-process, and checks what issue 12 promises for any input: no exception escapes, every
/// diagnostic is located in an input and written in Chinese, nothing outside <c>out/</c> changes, no temp file stays.
/// </summary>
public static class FuzzRunner
{
    private static readonly DateOnly Today = RenderedSamples.Today;

    /// <summary>Past this a case counts as hung (a sample renders in well under a second); the pipeline has no cancellation.</summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(120);

    /// <summary>Where the time of a run goes, summed over its cases (ticks of <see cref="Stopwatch"/>), to choose how often to render all formats.</summary>
    public sealed class Timings
    {
        private long _setup, _validate, _renderHtml, _renderAll, _checks, _htmlCases, _allCases;

        public void Add(string stage, long ticks, bool allFormats = false)
        {
            switch (stage)
            {
                case "setup": Interlocked.Add(ref _setup, ticks); break;
                case "validate": Interlocked.Add(ref _validate, ticks); break;
                case "render" when allFormats: Interlocked.Add(ref _renderAll, ticks); Interlocked.Increment(ref _allCases); break;
                case "render": Interlocked.Add(ref _renderHtml, ticks); Interlocked.Increment(ref _htmlCases); break;
                default: Interlocked.Add(ref _checks, ticks); break;
            }
        }

        private static string Ms(long ticks, long count) => count == 0 ? "-" : $"{ticks * 1000.0 / Stopwatch.Frequency / count:F1} ms";

        public override string ToString()
        {
            var cases = _htmlCases + _allCases;
            return $"per case: setup {Ms(_setup, cases)}, validate {Ms(_validate, cases)}, checks {Ms(_checks, cases)}; " +
                $"render {Ms(_renderHtml, _htmlCases)} HTML only ({_htmlCases} cases), {Ms(_renderAll, _allCases)} all formats ({_allCases} cases)";
        }
    }

    public static Timings Time { get; private set; } = new();

    public static void ResetTimings()
    {
        Time = new Timings();
        KnownFaultCounts.Clear();
    }

    public static void Check(FuzzCase fuzzCase)
    {
        var run = Task.Run(() => CheckInFolder(fuzzCase));
        if (Task.WaitAny(run, Task.Delay(HangLimit)) != 0) throw new FuzzFailure([$"the case did not finish within {HangLimit.TotalSeconds} s"]);
        // Rethrows the case's own failure, not an AggregateException around it.
        run.GetAwaiter().GetResult();
    }

    private static void CheckInFolder(FuzzCase fuzzCase)
    {
        var root = Path.Combine(Path.GetTempPath(), $"grg-fuzz-{Guid.NewGuid():N}");
        try
        {
            var clock = Stopwatch.StartNew();
            void Lap(string stage)
            {
                Time.Add(stage, clock.ElapsedTicks, fuzzCase.AllFormats);
                clock.Restart();
            }
            var (tree, _) = fuzzCase.Build();
            // Most cases leave the templates alone: they share one pristine copy instead of writing their own.
            tree.WriteTo(root, withTemplates: tree.TemplatesChanged);
            var data = Path.Combine(root, "data");
            var templates = tree.TemplatesChanged ? Path.Combine(root, "templates") : PristineTemplates.Value.Folder;
            var outDir = Path.Combine(root, "out");
            var inputsBefore = FilesOutside(root, outDir);
            Lap("setup");

            // As `govreport validate` does: the rules, then the PDF fonts' check of every character.
            var validation = Guard("validate", () =>
            {
                var loaded = FormatRegistry.Loader.LoadAll(data, root);
                var result = FormatRegistry.Validator.Validate(loaded, Today);
                return GovReportGen.Pipeline.PrintabilityOfValidation.TryFonts(templates, out _) is { } fonts
                    ? GovReportGen.Pipeline.PrintabilityOfValidation.Add(result, loaded, fonts)
                    : result;
            });
            Lap("validate");
            var formats = fuzzCase.AllFormats ? PipelineKit.AllWriters : PipelineKit.HtmlOnly;
            RenderOptions Options(string into) => new(data, templates, into, formats, Today, DisplayRoot: root) { Parallelism = 1 };
            var summary = Guard("render", () => RenderRun.Execute(Options(outDir)));
            Lap("render");

            var validated = validation.AllDiagnostics.ToList();
            var rendered = summary.Reports.SelectMany(r => r.Diagnostics).Concat(summary.Other).ToList();
            var problems = new List<string>();
            foreach (var d in validated) problems.AddRange(Unknown(d, Problems(d, root, templates)).Select(p => $"validate: {p}: {d}"));
            foreach (var d in rendered) problems.AddRange(Unknown(d, Problems(d, root, templates)).Select(p => $"render: {p}: {d}"));
            foreach (var d in DataFindingsOnlyRenderSees(validated, rendered))
                problems.AddRange(Unknown(d, [ValidateMissed]).Select(p => $"{p}: {d}"));

            var inputsAfter = FilesOutside(root, outDir);
            problems.AddRange(inputsBefore.Keys.Union(inputsAfter.Keys).Order(StringComparer.Ordinal)
                .Where(f => !inputsBefore.TryGetValue(f, out var a) || !inputsAfter.TryGetValue(f, out var b) || a != b)
                .Select(f => $"written outside the output folder: {f}"));
            if (!tree.TemplatesChanged && !SameFiles(PristineTemplates.Value.Files, FilesOutside(templates, outDir: null)))
                problems.Add($"written outside the output folder: the shared templates folder {templates} changed");
            if (Directory.Exists(outDir))
                problems.AddRange(Directory.GetFiles(outDir, "*" + GovReportGen.IO.AtomicFile.TempSuffix, SearchOption.AllDirectories)
                    .Select(f => $"temporary file left behind: {Path.GetRelativePath(root, f)}"));

            if (problems.Count == 0 && fuzzCase.CheckDeterminism)
            {
                var again = Path.Combine(root, "out-again");
                Guard("second render", () => RenderRun.Execute(Options(again)));
                try { PipelineKit.AssertSameTree(outDir, again, what: "the same case rendered twice"); }
                catch (Exception e) { problems.Add(e.Message); }
            }

            Lap("checks");
            if (problems.Count > 0) throw new FuzzFailure(problems.Distinct().ToList());
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>
    /// Faults this target found that are not fixed yet, in code another change owns; tolerated so the suite stays green,
    /// counted and printed so they are not forgotten. Delete an entry when its fix lands, and the run checks it again.
    /// </summary>
    public static readonly IReadOnlyList<(string Name, Func<Diagnostic, string, bool> Matches)> KnownFaults =
    [
    ];

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> KnownFaultCounts = new();

    /// <summary>How often each known fault was seen since the last <see cref="ResetTimings"/>.</summary>
    public static string KnownFaultSummary => KnownFaultCounts.IsEmpty
        ? "no known faults seen"
        : "known faults tolerated: " + string.Join("; ", KnownFaultCounts.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Value} × {k.Key}"));

    private static IEnumerable<string> Unknown(Diagnostic d, IEnumerable<string> problems)
    {
        foreach (var problem in problems)
        {
            var known = KnownFaults.FirstOrDefault(k => k.Matches(d, problem));
            if (known.Name is null) yield return problem;
            else KnownFaultCounts.AddOrUpdate(known.Name, 1, (_, n) => n + 1);
        }
    }

    private static T Guard<T>(string stage, Func<T> action)
    {
        try { return action(); }
        catch (Exception e)
        {
            throw new FuzzFailure([$"{stage} threw instead of reporting a diagnostic: {e}"]);
        }
    }

    /// <summary>What is wrong with one diagnostic: not located in an input of the case, or not in Chinese.</summary>
    public static IEnumerable<string> Problems(Diagnostic d, string root, string templates)
    {
        if (string.IsNullOrWhiteSpace(d.Span.File)) yield return "no file";
        else
        {
            var full = Path.GetFullPath(Path.Combine(root, d.Span.File));
            // The data or templates folder itself is where a finding about the whole folder is put (a missing report.sbn).
            var inInputs = new[] { Path.Combine(root, "data"), templates }
                .Any(top => full == top || full.StartsWith(top + Path.DirectorySeparatorChar, StringComparison.Ordinal));
            if (!inInputs) yield return "not located in the data or templates folder";
            else if (File.Exists(full))
            {
                if (d.Span.Line > LineCount(full)) yield return $"line {d.Span.Line} is past the end of the file";
            }
            // A folder-level finding names the folder (at 1,1).
            else if (!Directory.Exists(full)) yield return "names a file that does not exist";
        }
        // A finding about a file or folder as a whole has no position at all (the JSON contract's null line and column).
        if (d.Span.HasPosition && (d.Span.Line < 1 || d.Span.Column < 1)) yield return "line or column below 1";
        if (!d.Span.HasPosition && d.Span.Column != 0) yield return "a column without a line";
        if (LanguageProblem(d.Message) is { } language) yield return language;
    }

    /// <summary>
    /// Null for a message in Chinese: it has Chinese characters and no run of three English words. Quoted text (what
    /// the user typed, keywords, template names) may be in any language, so it is left out of the check.
    /// </summary>
    public static string? LanguageProblem(string message)
    {
        if (!Regex.IsMatch(message, @"\p{IsCJKUnifiedIdeographs}")) return "message has no Chinese";
        var unquoted = Regex.Replace(message, "“[^”]*”|「[^」]*」|‘[^’]*’|\"[^\"\n]*\"|`[^`\n]*`", "");
        // Scriban syntax is quoted as code: "for 语句需要写成 for x in 列表", "缺少 {{ end }}".
        unquoted = Regex.Replace(unquoted, @"\{\{.*?\}\}|\bfor x in\b", "");
        // Font families are names, like paths: a message naming a role's chain may list "AR PL UMing CN".
        foreach (var family in FontFamilies.Value) unquoted = unquoted.Replace(family, "", StringComparison.Ordinal);
        var english = Regex.Match(unquoted, @"\b[A-Za-z]+(?:[ ]+[A-Za-z]+){2,}\b");
        return english.Success ? $"message has English (“{english.Value}”)" : null;
    }

    private static readonly Lazy<IReadOnlyList<string>> FontFamilies = new(() =>
    {
        using var theme = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Support.RepoPaths.Templates, "theme", "fonts.json")));
        return theme.RootElement.GetProperty("roles").EnumerateObject()
            .SelectMany(role => role.Value.EnumerateArray().Select(name => name.GetString()!))
            .Where(name => name.Contains(' ')).Distinct().OrderByDescending(name => name.Length).ToList();
    });

    /// <summary>
    /// Issue 12.2: every check about the data runs in validate. A finding render reports in a data file must also be
    /// one validate reported — render adds only what depends on templates and fonts.
    /// </summary>
    private const string ValidateMissed = "render found in the data what validate did not";

    private static IEnumerable<Diagnostic> DataFindingsOnlyRenderSees(IReadOnlyList<Diagnostic> validated, IReadOnlyList<Diagnostic> rendered)
    {
        var known = validated.Select(d => (d.Id, d.Span)).ToHashSet();
        return rendered.Where(d => d.Span.File.StartsWith("data/", StringComparison.Ordinal) && !known.Contains((d.Id, d.Span)));
    }

    /// <summary>Lines as a parser may count them: any of LF, CR or CRLF ends one.</summary>
    private static int LineCount(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return 1 + Math.Max(bytes.Count(b => b == (byte)'\n'), bytes.Count(b => b == (byte)'\r'));
    }

    /// <summary>The unchanged templates, written once per test process and shared by the cases that do not edit them.</summary>
    private static readonly Lazy<(string Folder, Dictionary<string, string> Files)> PristineTemplates = new(() =>
    {
        var parent = Path.Combine(Path.GetTempPath(), $"grg-fuzz-templates-{Guid.NewGuid():N}");
        FuzzTree.FromSamples(0).WriteTo(parent);
        Directory.Delete(Path.Combine(parent, "data"), recursive: true);
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try { Directory.Delete(parent, recursive: true); }
            catch (IOException) { }
        };
        var folder = Path.Combine(parent, "templates");
        return (folder, FilesOutside(folder, outDir: null));
    });

    private static bool SameFiles(Dictionary<string, string> a, Dictionary<string, string> b) =>
        a.Count == b.Count && a.All(f => b.TryGetValue(f.Key, out var hash) && hash == f.Value);

    /// <summary>Every file and folder under <paramref name="root"/> but outside <paramref name="outDir"/>, with a hash of its bytes.</summary>
    private static Dictionary<string, string> FilesOutside(string root, string? outDir)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories))
        {
            if (outDir is not null && (entry == outDir || entry.StartsWith(outDir + Path.DirectorySeparatorChar, StringComparison.Ordinal))) continue;
            var relative = Path.GetRelativePath(root, entry);
            entries[relative] = Directory.Exists(entry) ? "folder" : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry)));
        }
        return entries;
    }
}

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
public sealed class FuzzFailure(string message) : Exception(message);

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

    public static void Check(FuzzCase fuzzCase)
    {
        var run = Task.Run(() => CheckInFolder(fuzzCase));
        if (!run.Wait(HangLimit)) throw new FuzzFailure($"the case did not finish within {HangLimit.TotalSeconds} s");
        run.GetAwaiter().GetResult();
    }

    private static void CheckInFolder(FuzzCase fuzzCase)
    {
        var root = Path.Combine(Path.GetTempPath(), $"grg-fuzz-{Guid.NewGuid():N}");
        try
        {
            var (tree, _) = fuzzCase.Build();
            tree.WriteTo(root);
            var data = Path.Combine(root, "data");
            var templates = Path.Combine(root, "templates");
            var outDir = Path.Combine(root, "out");
            var inputsBefore = FilesOutside(root, outDir);

            var validation = Guard("validate", () => FormatRegistry.Validator.Validate(FormatRegistry.Loader.LoadAll(data, root), Today));
            var formats = fuzzCase.AllFormats ? PipelineKit.AllWriters : PipelineKit.HtmlOnly;
            RenderOptions Options(string into) => new(data, templates, into, formats, Today, DisplayRoot: root) { Parallelism = 1 };
            var summary = Guard("render", () => RenderRun.Execute(Options(outDir)));

            var validated = validation.AllDiagnostics.ToList();
            var rendered = summary.Reports.SelectMany(r => r.Diagnostics).Concat(summary.Other).ToList();
            var problems = new List<string>();
            foreach (var d in validated) problems.AddRange(Problems(d, root).Select(p => $"validate: {p}: {d}"));
            foreach (var d in rendered) problems.AddRange(Problems(d, root).Select(p => $"render: {p}: {d}"));
            problems.AddRange(DataFindingsOnlyRenderSees(validated, rendered));

            var inputsAfter = FilesOutside(root, outDir);
            problems.AddRange(inputsBefore.Keys.Union(inputsAfter.Keys).Order(StringComparer.Ordinal)
                .Where(f => !inputsBefore.TryGetValue(f, out var a) || !inputsAfter.TryGetValue(f, out var b) || a != b)
                .Select(f => $"written outside the output folder: {f}"));
            if (Directory.Exists(outDir))
                problems.AddRange(Directory.GetFiles(outDir, "*" + AtomicFile.TempSuffix, SearchOption.AllDirectories)
                    .Select(f => $"temporary file left behind: {Path.GetRelativePath(root, f)}"));

            if (problems.Count == 0 && fuzzCase.CheckDeterminism)
            {
                var again = Path.Combine(root, "out-again");
                Guard("second render", () => RenderRun.Execute(Options(again)));
                try { PipelineKit.AssertSameTree(outDir, again, what: "the same case rendered twice"); }
                catch (Exception e) { problems.Add(e.Message); }
            }

            if (problems.Count > 0) throw new FuzzFailure(string.Join("\n", problems.Distinct()));
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
    }

    private static T Guard<T>(string stage, Func<T> action)
    {
        try { return action(); }
        catch (Exception e)
        {
            throw new FuzzFailure($"{stage} threw instead of reporting a diagnostic: {e}");
        }
    }

    /// <summary>What is wrong with one diagnostic: not located in an input of the case, or not in Chinese.</summary>
    public static IEnumerable<string> Problems(Diagnostic d, string root)
    {
        if (string.IsNullOrWhiteSpace(d.Span.File)) yield return "no file";
        else
        {
            var full = Path.GetFullPath(Path.Combine(root, d.Span.File));
            var inInputs = new[] { "data", "templates" }.Any(top => full.StartsWith(Path.Combine(root, top) + Path.DirectorySeparatorChar, StringComparison.Ordinal));
            if (!inInputs) yield return "not located in the data or templates folder";
            else if (File.Exists(full))
            {
                if (d.Span.Line > LineCount(full)) yield return $"line {d.Span.Line} is past the end of the file";
            }
            // A folder-level finding names the folder (at 1,1).
            else if (!Directory.Exists(full)) yield return "names a file that does not exist";
        }
        if (d.Span.Line < 1 || d.Span.Column < 1) yield return "line or column below 1";
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
        var english = Regex.Match(unquoted, @"\b[A-Za-z]+(?:[ ]+[A-Za-z]+){2,}\b");
        return english.Success ? $"message has English (“{english.Value}”)" : null;
    }

    /// <summary>
    /// Issue 12.2: every check about the data runs in validate. A finding render reports in a data file must also be
    /// one validate reported — render adds only what depends on templates and fonts.
    /// </summary>
    private static IEnumerable<string> DataFindingsOnlyRenderSees(IReadOnlyList<Diagnostic> validated, IReadOnlyList<Diagnostic> rendered)
    {
        var known = validated.Select(d => (d.Id, d.Span)).ToHashSet();
        return rendered
            .Where(d => d.Span.File.StartsWith("data/", StringComparison.Ordinal) && !known.Contains((d.Id, d.Span)))
            .Select(d => $"render found in the data what validate did not: {d}");
    }

    /// <summary>Lines as a parser may count them: any of LF, CR or CRLF ends one.</summary>
    private static int LineCount(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return 1 + Math.Max(bytes.Count(b => b == (byte)'\n'), bytes.Count(b => b == (byte)'\r'));
    }

    /// <summary>Every file and folder under <paramref name="root"/> but outside <paramref name="outDir"/>, with a hash of its bytes.</summary>
    private static Dictionary<string, string> FilesOutside(string root, string outDir)
    {
        var entries = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in Directory.EnumerateFileSystemEntries(root, "*", SearchOption.AllDirectories))
        {
            if (entry == outDir || entry.StartsWith(outDir + Path.DirectorySeparatorChar, StringComparison.Ordinal)) continue;
            var relative = Path.GetRelativePath(root, entry);
            entries[relative] = Directory.Exists(entry) ? "folder" : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry)));
        }
        return entries;
    }
}

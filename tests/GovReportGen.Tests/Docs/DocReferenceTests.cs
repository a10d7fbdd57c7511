using System.Text.RegularExpressions;
using GovReportGen.Tests.Support;

namespace GovReportGen.Tests.Docs;

/// <summary>
/// The design lives in the repository (docs/): code, templates, README, MAINTAINING.md and the docs themselves
/// cite only docs/*.md files that exist, and only sections those files have. A citation is
/// <c>docs/formats.md §5.1</c> (several sections: <c>docs/typesetting.md §1, §4</c>; a range <c>§5.1–§5.5</c>
/// names its two ends; docs/style.md's numbered points also as <c>point 8</c>). A section exists when the file
/// has a heading that starts with its number: <c>## 5. Data keys</c> for §5, <c>### 5.1 Common keys</c> for §5.1.
/// Inside docs/, a § with no file before it means the file's own section, and links <c>[x](x.md)</c> must resolve.
/// </summary>
public class DocReferenceTests
{
    [Fact]
    public void No_file_cites_a_page_outside_the_repository_or_a_missing_doc_or_section()
    {
        var findings = ScannedFiles()
            .SelectMany(file => DocReferences.Check(file.Relative, file.Text, ReadDoc, path => File.Exists(Path.Combine(RepoPaths.Root, path))))
            .ToList();

        Assert.True(findings.Count == 0,
            $"{findings.Count} citation(s) point outside the repository or at a doc/section that does not exist:\n" + string.Join("\n", findings));
    }

    [Fact]
    public void The_scan_covers_src_templates_readme_maintaining_and_docs()
    {
        var files = ScannedFiles().Select(f => f.Relative).ToList();

        Assert.Contains("README.md", files);
        Assert.Contains("MAINTAINING.md", files);
        Assert.Contains(files, f => f.StartsWith("src/GovReportGen/", StringComparison.Ordinal) && f.EndsWith(".cs", StringComparison.Ordinal));
        Assert.Contains(files, f => f.StartsWith("templates/", StringComparison.Ordinal) && f.EndsWith(".sbn", StringComparison.Ordinal));
        Assert.Contains("templates/theme/fonts.json", files);
        Assert.Contains("docs/formats.md", files);
        Assert.DoesNotContain(files, f => f.Contains("/bin/", StringComparison.Ordinal) || f.Contains("/obj/", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("see ../shared/design/FORMATS.md", "outside the repository")]
    [InlineData("/// (FORMATS.md §5.1)", "design page")]
    [InlineData("the shared/design pages", "outside the repository")]
    [InlineData("TYPESETTING.md", "design page")]
    [InlineData("STYLE.md point 8", "design page")]
    [InlineData("docs/nowhere.md", "does not exist")]
    [InlineData("docs/formats.md §9.9", "§9.9")]
    [InlineData("docs/typesetting.md §1, §4.7", "§4.7")]
    [InlineData("docs/formats.md §5.1–§5.9", "§5.9")]
    [InlineData("docs/style.md point 99", "§99")]
    [InlineData("docs/style.md points 4, 98", "§98")]
    [InlineData("docs/FORMATS.md §5", "design page")]
    public void The_checker_finds_each_kind_of_bad_citation(string text, string expected)
    {
        var findings = DocReferences.Check("src/X.cs", text, FakeDoc);

        Assert.True(findings.Count >= 1 && findings.Any(f => f.Contains(expected, StringComparison.Ordinal)),
            $"expected a finding containing '{expected}' for: {text}\nfound: {string.Join("\n", findings)}");
    }

    [Theory]
    [InlineData("/// (docs/formats.md §5.1)")]
    [InlineData("/// docs/formats.md §2.1, §3.1: 第二十条")]
    [InlineData("{{~ # 表二 (docs/formats.md §2.1): four blocks ~}}")]
    [InlineData("see `docs/formats.md` §5 or any sample")]
    [InlineData("docs/formats.md §5.1–§5.5")]
    [InlineData("docs/typesetting.md §1, §4 and GB/T 9704 §7.5")]
    [InlineData("docs/style.md points 4, 5")]
    [InlineData("GB/T 9704 §7.3.5.2, no doc")]
    [InlineData("formats.md in lower case is not a design page name")]
    public void The_checker_accepts_good_citations(string text)
    {
        var findings = DocReferences.Check("src/X.cs", text, FakeDoc);

        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public void Inside_docs_a_bare_section_and_a_relative_link_are_checked_against_the_doc_itself()
    {
        const string Text = "## 5. Keys\n### 5.1 Common\nas §5.1 says; not §6.2; see [rules](rules.md) and [x](missing.md); GB/T 9704 §7.5, §7.3.2\n"
            + "[validation.md](validation.md) §2 exists, [validation.md](validation.md) §5.1 does not\n";
        string? Doc(string name) => name switch { "self" => Text, "rules" => "# rules", "validation" => "## 2. Acknowledging", _ => null };

        var findings = DocReferences.Check("docs/self.md", Text, Doc);

        Assert.Equal(3, findings.Count);
        Assert.Contains(findings, f => f.Contains("§5.1 of docs/validation.md", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("§6.2", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.Contains("missing.md", StringComparison.Ordinal));
    }

    private static string? FakeDoc(string name) => name switch
    {
        "formats" => "# Formats\n## 2. gov-2021\n### 2.1 Table 二\n## 3. gov-2019\n### 3.1 Table 二\n## 5. Keys\n### 5.1 Common\n### 5.5 Narrative\n",
        "typesetting" => "## 1. Page\n## 4. Tables\n",
        "style" => "## 4. PDF layout\n## 5. Two passes\n## 8. Layout tests\n",
        _ => null,
    };

    private static string? ReadDoc(string name)
    {
        var path = Path.Combine(RepoPaths.Root, "docs", name + ".md");
        return File.Exists(path) ? File.ReadAllText(path) : null;
    }

    private static readonly string[] TextExtensions = [".cs", ".csproj", ".props", ".sbn", ".json", ".css", ".md", ".txt", ".yaml", ".yml", ".cake", ".sh"];

    private static IEnumerable<(string Relative, string Text)> ScannedFiles()
    {
        var root = RepoPaths.Root;
        IEnumerable<string> Tree(string folder) => Directory.Exists(Path.Combine(root, folder))
            ? Directory.EnumerateFiles(Path.Combine(root, folder), "*", SearchOption.AllDirectories)
            : [];
        var files = Tree("src").Concat(Tree("templates")).Concat(Tree("docs"))
            .Concat(new[] { "README.md", "MAINTAINING.md" }.Select(f => Path.Combine(root, f)).Where(File.Exists));
        foreach (var path in files.Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(root, path).Replace('\\', '/');
            if (relative.Split('/').Any(part => part is "bin" or "obj")) continue;
            if (!TextExtensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase)) continue;
            yield return (relative, File.ReadAllText(path));
        }
    }
}

/// <summary>Finds the citations of one file that point outside the repository or at a missing doc or section.</summary>
internal static partial class DocReferences
{
    [GeneratedRegex(@"\.\./shared|shared/design")]
    private static partial Regex OutsidePath();

    // Upper case only: the in-repo docs are lower case, so docs/formats.md never matches.
    [GeneratedRegex(@"\b(ARCHITECTURE|FORMATS|VALIDATION|TYPESETTING|STYLE)\.md")]
    private static partial Regex DesignPage();

    [GeneratedRegex(@"docs/([A-Za-z0-9_-]+)\.md`?")]
    private static partial Regex DocCitation();

    // What may follow a doc citation and still belong to it: "§5.1", ", §4", "–§5.5", " / §3.2", " and §2", "points 4, 5".
    [GeneratedRegex(@"\G(?:\s*(?:,|/|–|-|and|&)?\s*(?:§\s?(?<n>\d+(?:\.\d+)*)|points?\s+(?<n>\d+)(?:\s*(?:,|and)\s*(?<n>\d+))*))")]
    private static partial Regex SectionChain();

    [GeneratedRegex(@"§\s?(\d+(?:\.\d+)*)")]
    private static partial Regex AnySection();

    [GeneratedRegex(@"^#{1,6}\s+(\d+(?:\.\d+)*)\.?(?:\s|$)", RegexOptions.Multiline)]
    private static partial Regex NumberedHeading();

    [GeneratedRegex(@"\]\(([A-Za-z0-9_./-]+\.md)(?:#[^)]*)?\)")]
    private static partial Regex RelativeLink();

    /// <param name="repoFileExists">For links out of docs/ (<c>../MAINTAINING.md</c>): whether that repository path exists.</param>
    public static List<string> Check(string file, string text, Func<string, string?> readDoc, Func<string, bool>? repoFileExists = null)
    {
        var findings = new List<string>();
        var lines = new LineIndex(text);
        var isDoc = file.StartsWith("docs/", StringComparison.Ordinal);
        var ownSections = new HashSet<int>(); // § positions already owned by a doc citation

        foreach (Match m in OutsidePath().Matches(text))
            findings.Add($"{file}({lines.Line(m.Index)}): cites '{m.Value}', a path outside the repository");
        foreach (Match m in DesignPage().Matches(text))
            findings.Add($"{file}({lines.Line(m.Index)}): cites the design page '{m.Value}' by name; cite docs/{m.Groups[1].Value.ToLowerInvariant()}.md instead");

        foreach (Match m in DocCitation().Matches(text))
        {
            var name = m.Groups[1].Value;
            if (name != name.ToLowerInvariant()) continue; // reported above as a design page name when upper case
            var doc = readDoc(name);
            if (doc is null)
            {
                findings.Add($"{file}({lines.Line(m.Index)}): cites docs/{name}.md, which does not exist");
                continue;
            }
            var sections = Sections(doc);
            var at = m.Index + m.Length;
            Match chain;
            while ((chain = SectionChain().Match(text, at)).Success && chain.Length > 0)
            {
                foreach (Capture n in chain.Groups["n"].Captures)
                {
                    ownSections.Add(n.Index);
                    if (!sections.Contains(n.Value))
                        findings.Add($"{file}({lines.Line(n.Index)}): cites docs/{name}.md §{n.Value}, which has no heading numbered {n.Value}");
                }
                at = chain.Index + chain.Length;
            }
        }

        if (isDoc)
        {
            var self = Sections(text);
            var selfName = Path.GetFileNameWithoutExtension(file);
            foreach (Match m in AnySection().Matches(text))
            {
                var number = m.Groups[1];
                if (ownSections.Contains(number.Index)) continue;
                var owner = Owner(text, m.Index);
                if (owner == Standard) continue;
                var sections = owner is null ? self : readDoc(owner) is { } other ? Sections(other) : null;
                if (sections is null) continue; // the link itself is reported below
                if (!sections.Contains(number.Value))
                    findings.Add($"{file}({lines.Line(m.Index)}): cites §{number.Value} of docs/{owner ?? selfName}.md, which has no heading numbered {number.Value}");
            }
            foreach (Match m in RelativeLink().Matches(text))
            {
                var target = m.Groups[1].Value;
                if (target.Contains("://", StringComparison.Ordinal)) continue;
                if (target.StartsWith("../", StringComparison.Ordinal))
                {
                    if (repoFileExists?.Invoke(target[3..]) != true)
                        findings.Add($"{file}({lines.Line(m.Index)}): links {target}, which is not a file of the repository");
                    continue;
                }
                var name = target.StartsWith("docs/", StringComparison.Ordinal) ? target[5..] : target;
                if (name.Contains('/') || readDoc(name[..^3]) is null)
                    findings.Add($"{file}({lines.Line(m.Index)}): links {target}, which is not a file in docs/");
            }
        }
        return findings;
    }

    /// <summary>Section numbers a doc has: the leading number of every heading (<c>### 5.1 …</c> gives 5.1).</summary>
    public static HashSet<string> Sections(string doc) =>
        NumberedHeading().Matches(doc).Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

    private const string Standard = "(standard)";

    /// <summary>
    /// Whose section a bare § inside docs/ is: the chain of §s it is in follows a standard's number
    /// (<c>GB/T 9704 §7.5</c>, <c>[9704 §5.2.1]</c>: <see cref="Standard"/>), a link to another doc
    /// (<c>[rules](validation.md) §2</c>: that doc's name), or nothing (null: the file's own section).
    /// </summary>
    private static string? Owner(string text, int index)
    {
        var before = text[..index];
        while (true)
        {
            var trimmed = Regex.Replace(before, @"(?:§\s?\d+(?:\.\d+)*)?[\s,/–&-]*(?:and\s*)?$", "");
            if (trimmed.Length == before.Length) break;
            before = trimmed;
        }
        if (Regex.IsMatch(before, @"(?:\d{3,}|UAX #\d+)\]?$")) return Standard;
        var link = Regex.Match(before, @"\]\((?:docs/)?([a-z0-9_-]+)\.md\)$");
        return link.Success ? link.Groups[1].Value : null;
    }

    private sealed class LineIndex(string text)
    {
        public int Line(int index)
        {
            var line = 1;
            for (var i = 0; i < index && i < text.Length; i++)
                if (text[i] == '\n') line++;
            return line;
        }
    }
}

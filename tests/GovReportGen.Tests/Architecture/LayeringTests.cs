using System.Text.RegularExpressions;
using GovReportGen.Tests.Support;

namespace GovReportGen.Tests.Architecture;

/// <summary>
/// The rooms of src/GovReportGen form layers (docs/architecture.md §2): each top-level folder may use only the
/// folders listed for it here, which admits no cycle. Read from the sources, so a fully qualified name in a
/// method body counts as much as a <c>using</c> line.
/// </summary>
public partial class LayeringTests
{
    /// <summary>Each layer and the layers it may use, bottom to top. A layer may use only layers listed before it.</summary>
    public static readonly IReadOnlyList<(string Layer, string[] Uses)> Layers = new (string, string[])[]
    {
        ("Diagnostics", Array.Empty<string>()),
        ("IO", Array.Empty<string>()),
        ("Data", new[] { "Diagnostics", "IO" }),
        ("Validation", new[] { "Diagnostics", "Data" }),
        // Checks across agencies (parent_id links, covers_children), run after the per-report rules.
        ("Hierarchy", new[] { "Diagnostics", "Data", "Validation" }),
        ("Formats", new[] { "Diagnostics", "Data", "Validation" }),
        ("Authoring", new[] { "Diagnostics", "IO", "Data", "Formats" }),
        // govreport form: the spreadsheet form laid out from the formats' official structure, with last year's carry-over.
        ("Form", new[] { "IO", "Data", "Formats", "Authoring" }),
        // The page/theme specification speaks points and characters; the Document's table metrics derive from it.
        ("Theme", new[] { "Diagnostics", "IO" }),
        ("Documents", new[] { "Diagnostics", "Theme" }),
        ("Templating", new[] { "Diagnostics", "IO", "Data", "Documents" }),
        // A writer knows only the Document and the page/theme specification (and how to write a file safely).
        ("Writers", new[] { "Diagnostics", "IO", "Documents", "Theme" }),
        ("Pipeline", new[] { "Diagnostics", "IO", "Data", "Validation", "Formats", "Documents", "Theme", "Templating", "Writers" }),
        // The region's summary: sums reports into its own Document for the same writers, in a render output folder.
        // Not Templating: its tables are built from the formats' official structure, which GRG4009 holds the templates to.
        ("Summary", new[] { "Diagnostics", "IO", "Data", "Validation", "Hierarchy", "Formats", "Documents", "Writers", "Pipeline" }),
        // govreport import: published reports (PDF, DOCX, HTML) read back into year files by the formats' official
        // structure, then validated. It reads what the writers wrote but never uses them; only the CLI uses it.
        // It reads the spreadsheet form back at the positions of the form's own layout.
        ("Import", new[] { "Diagnostics", "IO", "Data", "Validation", "Formats", "Form" }),
    };

    /// <summary>Folders whose sub-folders are siblings that must not use each other (one writer, one format).</summary>
    private static readonly string[] SiblingFolders = { "Writers", "Formats" };

    private static string Source => Path.Combine(RepoPaths.Root, "src", "GovReportGen");

    [Fact]
    public void The_layer_list_is_ordered_bottom_to_top()
    {
        var seen = new HashSet<string>();
        foreach (var (layer, uses) in Layers)
        {
            Assert.All(uses, used => Assert.True(seen.Contains(used), $"{layer} uses {used}, which is not below it"));
            seen.Add(layer);
        }
    }

    [Fact]
    public void Every_folder_of_the_library_is_a_known_layer()
    {
        var known = Layers.Select(l => l.Layer).ToHashSet();
        var folders = Directory.GetDirectories(Source).Select(Path.GetFileName).Where(f => f is not ("bin" or "obj")).ToList();
        Assert.All(folders, f => Assert.True(known.Contains(f!), $"src/GovReportGen/{f} is not in the layer list of {nameof(LayeringTests)}"));
        Assert.Empty(Directory.GetFiles(Source, "*.cs"));
    }

    [Fact]
    public void No_layer_uses_a_layer_it_may_not()
    {
        var allowed = Layers.ToDictionary(l => l.Layer, l => l.Uses.Append(l.Layer).ToHashSet());
        var violations = new List<string>();
        foreach (var (file, layer, referenced) in References())
        {
            if (!allowed.TryGetValue(layer, out var uses)) continue; // reported by the folder test
            foreach (var (target, line) in referenced)
            {
                if (!uses.Contains(target.Split('.')[0]))
                    violations.Add($"{file}({line}): {layer} uses {target}");
            }
        }
        Assert.True(violations.Count == 0, "Layering violations:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void Sibling_writers_and_formats_do_not_use_each_other()
    {
        var violations = new List<string>();
        foreach (var (file, _, referenced) in References())
        {
            var own = Namespace(file);
            foreach (var folder in SiblingFolders)
            {
                var ownSibling = Sibling(own, folder);
                if (ownSibling is null) continue;
                foreach (var (target, line) in referenced)
                {
                    var targetSibling = Sibling(target, folder);
                    if (targetSibling is not null && targetSibling != ownSibling)
                        violations.Add($"{file}({line}): {folder}.{ownSibling} uses {folder}.{targetSibling}");
                }
            }
        }
        Assert.True(violations.Count == 0, "Sibling violations:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void The_scanner_sees_the_three_ways_to_name_a_namespace()
    {
        const string code = """
            using GovReportGen.Data.Model;
            namespace GovReportGen.Writers.Pdf;
            // GovReportGen.Pipeline in a comment does not count
            class X { object A = new GovReportGen.Formats.FormatRegistry(); object B = Templating.ReportTemplater.Z; string C = "Validation.Foo"; object D = Formats.Select(f => f); }
            """;
        var found = Referenced(code).Select(r => r.Target).ToList();
        Assert.Equal(new[] { "Data.Model", "Formats.FormatRegistry", "Templating.ReportTemplater" }, found);
    }

    private static string? Sibling(string qualified, string folder)
    {
        var parts = qualified.Split('.');
        return parts.Length >= 2 && parts[0] == folder && parts[1].Length > 0 && Directory.Exists(Path.Combine(Source, folder, parts[1])) ? parts[1] : null;
    }

    private static string Namespace(string relativeFile)
    {
        var parts = relativeFile.Split('/');
        return string.Join('.', parts.Take(parts.Length - 1)) + ".";
    }

    /// <summary>Every source file with its layer and the project namespaces it names (without the GovReportGen prefix).</summary>
    private static IEnumerable<(string File, string Layer, IReadOnlyList<(string Target, int Line)> Referenced)> References()
    {
        foreach (var path in Directory.EnumerateFiles(Source, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(Source, path).Replace('\\', '/');
            if (relative.StartsWith("bin/", StringComparison.Ordinal) || relative.StartsWith("obj/", StringComparison.Ordinal)) continue;
            var layer = relative.Split('/')[0];
            yield return (relative, layer, Referenced(File.ReadAllText(path)));
        }
    }

    private static readonly string[] LayerNames = Layers.Select(l => l.Layer).ToArray();

    [GeneratedRegex(@"\b(?:class|record|interface|enum|struct)\s+([A-Z]\w*)")] private static partial Regex Declaration();

    /// <summary>Per layer, its sub-folders and the types its files declare: what <c>Layer.Name</c> can refer to.</summary>
    private static readonly Lazy<Dictionary<string, HashSet<string>>> DeclaredNames = new(() =>
        LayerNames.ToDictionary(layer => layer, layer =>
        {
            var dir = Path.Combine(Source, layer);
            if (!Directory.Exists(dir)) return new HashSet<string>();
            var names = Directory.GetDirectories(dir, "*", SearchOption.AllDirectories).Select(Path.GetFileName).OfType<string>().ToHashSet();
            foreach (var file in Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories))
                foreach (Match m in Declaration().Matches(File.ReadAllText(file))) names.Add(m.Groups[1].Value);
            return names;
        }));

    [GeneratedRegex(@"//[^\n]*|/\*.*?\*/|@""(?:""""|[^""])*""|""(?:\\.|[^""\\\n])*""", RegexOptions.Singleline)]
    private static partial Regex CommentsAndStrings();

    [GeneratedRegex(@"(?<![\w.])(?:global::)?GovReportGen\.((?:[A-Z]\w*)(?:\.[A-Z]\w*)?)")]
    private static partial Regex Qualified();

    [GeneratedRegex(@"^\s*namespace\s+GovReportGen(?:\.[\w.]+)?\s*[;{]", RegexOptions.Multiline)]
    private static partial Regex NamespaceDeclaration();

    private static IReadOnlyList<(string Target, int Line)> Referenced(string code)
    {
        // Blank comments and strings but keep their newlines, so line numbers stay right.
        var text = CommentsAndStrings().Replace(code, m => new string(m.Value.Select(c => c == '\n' ? '\n' : ' ').ToArray()));
        text = NamespaceDeclaration().Replace(text, m => new string(' ', m.Length));
        var found = new List<(string, int)>();
        int LineOf(int index) => text.Take(index).Count(c => c == '\n') + 1;
        foreach (Match m in Qualified().Matches(text))
            found.Add((m.Groups[1].Value, LineOf(m.Index)));
        // Inside namespace GovReportGen.*, a sibling namespace can be named without the prefix (Data.DataLayout).
        // Only names that the layer really declares count, so a property called Formats is not the Formats layer.
        var relative = new Regex(@"(?<![\w.])(" + string.Join('|', LayerNames) + @")\.([A-Z]\w*)");
        foreach (Match m in relative.Matches(text))
        {
            if (DeclaredNames.Value.TryGetValue(m.Groups[1].Value, out var names) && names.Contains(m.Groups[2].Value))
                found.Add(($"{m.Groups[1].Value}.{m.Groups[2].Value}", LineOf(m.Index)));
        }
        return found.Distinct().OrderBy(f => f.Item2).ToList();
    }
}

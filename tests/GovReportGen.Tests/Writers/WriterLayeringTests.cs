using System.Text.RegularExpressions;
using GovReportGen.Tests.Support;

namespace GovReportGen.Tests.Writers;

/// <summary>
/// The bottom of the flow stays clean: the theme knows nothing above it; the Document knows the theme but no
/// writer; a writer knows the Document and the theme (and the diagnostics' shared types), never another
/// writer, the pipeline, the data or the templates. Read from the <c>using</c> lines and fully qualified
/// names of the source files.
/// </summary>
public partial class WriterLayeringTests
{
    private static string Source(params string[] parts) => Path.Combine([RepoPaths.Root, "src", "GovReportGen", .. parts]);

    /// <summary>Every <c>GovReportGen.X.Y</c> namespace a folder's files name, with the file that names it.</summary>
    private static IEnumerable<(string File, string Namespace)> References(string folder) =>
        Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => Reference().Matches(File.ReadAllText(file))
                .Select(m => (Path.GetRelativePath(RepoPaths.Root, file), m.Groups[1].Value)));

    [GeneratedRegex(@"\bGovReportGen\.((?:[A-Z][A-Za-z]*)(?:\.[A-Z][A-Za-z]*)?)")]
    private static partial Regex Reference();

    private static void AssertOnly(string folder, Func<string, bool> allowed)
    {
        var wrong = References(folder).Where(r => !allowed(r.Namespace)).Select(r => $"{r.File} → GovReportGen.{r.Namespace}").Distinct().ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private static string Top(string ns) => ns.Split('.')[0];

    [Fact]
    public void Theme_knows_nothing_above_it() =>
        AssertOnly(Source("Theme"), ns => Top(ns) == "Theme");

    [Fact]
    public void Documents_know_the_theme_but_no_writer() =>
        AssertOnly(Source("Documents"), ns => Top(ns) is "Documents" or "Theme" or "Diagnostics");

    [Theory]
    [InlineData("Html")]
    [InlineData("Docx")]
    [InlineData("Pdf")]
    public void A_writer_knows_the_document_and_the_theme_and_no_other_writer(string writer) =>
        AssertOnly(Source("Writers", writer), ns => Top(ns) is "Documents" or "Theme" or "Diagnostics"
            || ns == "Writers" || ns == $"Writers.{writer}" || ns.StartsWith($"Writers.{writer}.", StringComparison.Ordinal));

    [Fact]
    public void The_writers_folder_knows_no_pipeline_data_or_templates() =>
        AssertOnly(Source("Writers"), ns => Top(ns) is "Documents" or "Theme" or "Diagnostics" or "Writers");
}

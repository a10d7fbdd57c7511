using System.Runtime.CompilerServices;
using GovReportGen.Documents;

namespace GovReportGen.Tests.Documents;

public class DocumentDumpTests
{
    private static string GoldenDirectory([CallerFilePath] string thisFile = "") =>
        Path.Combine(Path.GetDirectoryName(thisFile)!, "Golden");

    /// <summary>
    /// Compares with <c>Golden/name.dump.txt</c>. On a difference it writes <c>name.dump.actual.txt</c> beside
    /// it (ignored by git) and fails; if the change is right, rename the actual file over the expected one.
    /// </summary>
    private static void AssertMatchesGolden(string name, string actual)
    {
        var expectedPath = Path.Combine(GoldenDirectory(), name + ".dump.txt");
        var actualPath = Path.Combine(GoldenDirectory(), name + ".dump.actual.txt");
        var expected = File.Exists(expectedPath) ? File.ReadAllText(expectedPath).ReplaceLineEndings("\n") : null;
        if (expected == actual)
        {
            File.Delete(actualPath);
            return;
        }
        File.WriteAllText(actualPath, actual);
        Assert.Fail($"The dump of {name} differs from {expectedPath}; the actual dump is in {actualPath}.");
    }

    [Fact]
    public void Small_report_dump_matches_the_golden_file()
    {
        var markup = File.ReadAllText(Path.Combine(GoldenDirectory(), "small-report.xhtml"));

        AssertMatchesGolden("small-report", DocumentDump.Write(ReportTables.Parse(markup)));
    }

    [Fact]
    public void Dump_is_deterministic_and_uses_LF_only()
    {
        var markup = ReportTables.Report();

        var first = DocumentDump.Write(ReportTables.Parse(markup));
        var second = DocumentDump.Write(ReportTables.Parse(markup));

        Assert.Equal(first, second);
        Assert.DoesNotContain('\r', first);
        Assert.EndsWith("\n", first);
    }

    [Fact]
    public void Dump_escapes_quotes_and_shows_invisible_characters()
    {
        var dump = DocumentDump.Write(ReportTables.Parse("<p>say \"hi\" \\ \u202Eevil</p>"));

        Assert.Contains("text \"say \\\"hi\\\" \\\\ \\u202Eevil\"", dump);
    }
}

using System.Diagnostics;
using System.Text.RegularExpressions;
using GovReportGen.Documents;
using GovReportGen.Documents.Tables;

namespace GovReportGen.Tests.Writers.Docx;

/// <summary>
/// A second reader: LibreOffice converts every sample DOCX to PDF, and the PDF's text holds every table figure
/// in table order. Skipped, with the reason shown, where LibreOffice or poppler is not installed.
/// </summary>
public class DocxLibreOfficeTests
{
    [SkippableFact]
    public void LibreOffice_converts_every_sample_and_the_pdf_holds_every_table_figure()
    {
        var soffice = FindOnPath("soffice");
        Skip.If(soffice is null, "soffice not installed (apt-get install libreoffice-writer-nogui)");
        Skip.If(FindOnPath("pdftotext") is null, "pdftotext not installed (apt-get install poppler-utils)");

        var dir = Directory.CreateTempSubdirectory("grg-docx-lo-");
        try
        {
            var samples = DocxSamples.All;
            var inputs = samples.Select(s =>
            {
                var path = Path.Combine(dir.FullName, $"{s}.docx");
                File.WriteAllBytes(path, s.Docx);
                return path;
            }).ToList();

            // A private profile, so parallel runs (and a user's own LibreOffice) do not share a lock.
            var profile = new Uri(Path.Combine(dir.FullName, "profile")).AbsoluteUri;
            var (exit, output) = Run(soffice!, ["-env:UserInstallation=" + profile, "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", dir.FullName, .. inputs], TimeSpan.FromMinutes(4));
            Assert.True(exit == 0, output);

            foreach (var sample in samples)
            {
                var pdf = Path.Combine(dir.FullName, $"{sample}.pdf");
                Assert.True(File.Exists(pdf), $"{pdf} missing; soffice said: {output}");
                var (textExit, text) = Run("pdftotext", ["-raw", "-enc", "UTF-8", pdf, "-"], TimeSpan.FromMinutes(1));
                Assert.Equal(0, textExit);

                var expected = sample.Document.Blocks.OfType<Table>().SelectMany(Figures).ToList();
                var found = Regex.Matches(text, @"\d+(\.\d+)?").Select(m => m.Value).ToList();
                var missing = FirstMissing(expected, found);
                Assert.True(missing is null, $"{sample}: table figure #{missing} ({(missing is { } i ? expected[i] : "")}) not found in order in the PDF text");
                Assert.Contains("政府信息公开工作年度报告", Regex.Replace(text, @"\s+", ""));
            }
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>The data cells' texts in row order (every figure of the table).</summary>
    private static IEnumerable<string> Figures(Table table) =>
        table.Grid.Origins.Where(o => o.Kind == CellKind.Data).Select(o => o.PlainText.Trim()).Where(t => t.Length > 0);

    /// <summary>The index of the first expected figure that is not found, in order, among the PDF's numbers; null if all are.</summary>
    private static int? FirstMissing(IReadOnlyList<string> expected, IReadOnlyList<string> found)
    {
        var at = 0;
        for (var i = 0; i < expected.Count; i++)
        {
            while (at < found.Count && found[at] != expected[i])
                at++;
            if (at == found.Count)
                return i;
            at++;
        }
        return null;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    private static (int Exit, string Output) Run(string file, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            return (-1, $"{file} timed out after {timeout}");
        }
        return (process.ExitCode, stdout.Result + stderr.Result);
    }
}

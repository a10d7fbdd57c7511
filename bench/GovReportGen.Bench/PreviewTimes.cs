using System.Diagnostics;
using System.Globalization;
using GovReportGen.Cli.Preview;

namespace GovReportGen.Bench;

/// <summary>
/// <c>govreport preview</c>'s loop, warm: from the save of a template to the new HTML, and to the new PDF, being what
/// the server hands the page (the browser's reload of a local page comes on top). The watcher's debounce is included,
/// as an editor waits for it too. Targets (issue 17): HTML ≤ 300 ms, PDF ≤ 1 s.
/// </summary>
public static class PreviewTimes
{
    public static void Run(string templates, string scratch, int repeat)
    {
        var data = Path.Combine(Path.GetDirectoryName(templates)!, "data");
        Copy(data, Path.Combine(scratch, "data"));
        Copy(templates, Path.Combine(scratch, "templates"));
        var title = Path.Combine(scratch, "templates", "common", "title.sbn");
        var original = File.ReadAllText(title);
        var agency = "chaoyang-kjj";
        var year = 2024;

        using var workspace = new PreviewWorkspace(Path.Combine(scratch, "data"), Path.Combine(scratch, "templates"), new DateOnly(2026, 3, 1), scratch);
        var session = workspace.Session(agency, year);
        var htmlDone = new SemaphoreSlim(0);
        var pdfDone = new SemaphoreSlim(0);
        var seen = (Html: 0, Pdf: 0);
        session.Changed += s =>
        {
            if (s.HtmlVersion != seen.Html) { seen.Html = s.HtmlVersion; htmlDone.Release(); }
            if (s.PdfVersion != seen.Pdf) { seen.Pdf = s.PdfVersion; pdfDone.Release(); }
        };
        Wait(htmlDone, "first HTML");
        Wait(pdfDone, "first PDF");

        var html = new List<double>();
        var pdf = new List<double>();
        // The first few saves warm the JIT for the edit path; an editor's session is long, so they are left out.
        for (var i = -3; i < repeat; i++)
        {
            var clock = Stopwatch.StartNew();
            File.WriteAllText(title, original.Replace("政府信息公开工作年度报告</h1>", $"政府信息公开工作年度报告{i + 100}</h1>", StringComparison.Ordinal));
            Wait(htmlDone, "HTML after a save");
            var toHtml = clock.Elapsed.TotalMilliseconds;
            Wait(pdfDone, "PDF after a save");
            var toPdf = clock.Elapsed.TotalMilliseconds;
            if (session.State.HasErrors) throw new InvalidOperationException("the edited template failed: " + string.Join("; ", session.State.Diagnostics.Where(d => d.IsError)));
            if (i >= 0) { html.Add(toHtml); pdf.Add(toPdf); }
            Thread.Sleep(300);
        }
        Console.WriteLine($"Preview, warm, {repeat} saves of a template ({agency} {year}, debounce {PreviewWorkspace.Debounce.TotalMilliseconds:0} ms included):");
        Console.WriteLine("| to | median | p90 | max | target |");
        Console.WriteLine("|---|---:|---:|---:|---:|");
        Console.WriteLine(Row("new HTML", html, "300 ms"));
        Console.WriteLine(Row("new PDF", pdf, "1000 ms"));
    }

    private static string Row(string what, List<double> times, string target)
    {
        var sorted = times.Order().ToList();
        double At(double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
        return string.Create(CultureInfo.InvariantCulture, $"| {what} | {At(0.5):0} ms | {At(0.9):0} ms | {sorted[^1]:0} ms | {target} |");
    }

    private static void Wait(SemaphoreSlim signal, string what)
    {
        if (!signal.Wait(TimeSpan.FromSeconds(60))) throw new TimeoutException($"preview gave no {what} within 60 s");
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}

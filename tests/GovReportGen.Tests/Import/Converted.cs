using System.Diagnostics;

namespace GovReportGen.Tests.Import;

/// <summary>Other producers' PDFs of our files: LibreOffice (DOCX → PDF) and Chromium (HTML → PDF); null when the tool is missing.</summary>
internal static class Converted
{
    public static string? LibreOffice(string docx)
    {
        var soffice = Which("soffice");
        if (soffice is null) return null;
        var folder = Path.GetDirectoryName(docx)!;
        // A profile of its own, so a LibreOffice the user has open (or a parallel test) does not take the job.
        var profile = Path.Combine(folder, ".lo-profile-" + Path.GetFileNameWithoutExtension(docx));
        Run(soffice, $"-env:UserInstallation=file://{profile} --headless --convert-to pdf --outdir \"{folder}\" \"{docx}\"");
        var pdf = Path.ChangeExtension(docx, ".pdf");
        return File.Exists(pdf) ? pdf : throw new InvalidOperationException("LibreOffice wrote no PDF for " + docx);
    }

    /// <summary>
    /// LibreOffice Calc's own .xlsx of a workbook (it recalculates on load and stores its results), written into
    /// <paramref name="outDir"/>; null when soffice or its Calc module is not installed.
    /// </summary>
    public static string? LibreOfficeCalc(string xlsx, string outDir)
    {
        var soffice = Which("soffice");
        if (soffice is null) return null;
        var program = Path.GetDirectoryName(new FileInfo(soffice).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? soffice)!;
        if (!File.Exists(Path.Combine(program, "libsclo.so"))) return null;
        Directory.CreateDirectory(outDir);
        var profile = Path.Combine(outDir, ".lo-profile");
        Run(soffice, $"-env:UserInstallation=file://{profile} --headless --convert-to xlsx --outdir \"{outDir}\" \"{xlsx}\"");
        var converted = Path.Combine(outDir, Path.GetFileName(xlsx));
        return File.Exists(converted) ? converted : throw new InvalidOperationException("LibreOffice Calc could not open " + xlsx);
    }

    public static string? Chromium(string html)
    {
        var chromium = Which("chromium") ?? Which("chromium-browser") ?? Which("google-chrome");
        if (chromium is null) return null;
        var pdf = Path.ChangeExtension(html, ".chromium.pdf");
        var profile = Path.Combine(Path.GetDirectoryName(html)!, ".chromium-" + Path.GetFileNameWithoutExtension(html));
        Run(chromium, $"--headless --no-sandbox --disable-gpu --user-data-dir=\"{profile}\" --no-pdf-header-footer --print-to-pdf=\"{pdf}\" \"file://{html}\"");
        return File.Exists(pdf) ? pdf : throw new InvalidOperationException("Chromium wrote no PDF for " + html);
    }

    private static void Run(string tool, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        process.StandardOutput.ReadToEndAsync();
        process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(120_000))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{tool} {arguments}");
        }
    }

    private static string? Which(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Select(d => Path.Combine(d, name)).FirstOrDefault(File.Exists);
}

using GovReportGen.Diagnostics;
using GovReportGen.Pipeline;

namespace GovReportGen.Cli.Preview;

/// <summary>What the page shows for one report: the last good HTML and PDF, and the diagnostics of the latest render.</summary>
public sealed record PreviewState(int Version, string? HtmlPath, string? PdfPath, int HtmlVersion, int PdfVersion, IReadOnlyList<Diagnostic> Diagnostics, bool Rendering)
{
    public bool HasErrors => Diagnostics.Any(d => d.IsError);
}

/// <summary>
/// One agency and year under preview. Each render goes to a fresh generation folder in the preview's scratch folder
/// (never the publishing output): a render that fails deletes nothing the page still shows, so the last good HTML and
/// PDF stay on screen under the overlay. HTML is rendered first and announced before the slower PDF.
/// </summary>
public sealed class PreviewSession(string agency, int year, PreviewWorkspace workspace)
{
    private readonly object _gate = new();
    private PreviewState _state = new(0, null, null, 0, 0, Array.Empty<Diagnostic>(), false);
    private int _generation;

    public string Agency { get; } = agency;
    public int Year { get; } = year;

    public PreviewState State { get { lock (_gate) return _state; } }

    /// <summary>Raised after each step of a render (HTML ready, PDF ready, failed); the server turns it into an SSE event.</summary>
    public event Action<PreviewState>? Changed;

    /// <summary>Renders HTML, then PDF. Called from one thread at a time (the workspace's render loop).</summary>
    public void Render()
    {
        Update(s => s with { Rendering = true });
        var generation = Interlocked.Increment(ref _generation);
        var folder = Path.Combine(workspace.ScratchDir, $"{Agency}-{Year}-{generation}");
        var html = RenderFormat("html", Path.Combine(folder, "html"));
        if (html.Path is null)
        {
            Update(s => s with { Version = s.Version + 1, Diagnostics = html.Diagnostics, Rendering = false });
            return;
        }
        Update(s => s with { Version = s.Version + 1, HtmlPath = html.Path, HtmlVersion = s.HtmlVersion + 1, Diagnostics = html.Diagnostics });
        var pdf = RenderFormat("pdf", Path.Combine(folder, "pdf"));
        Update(s => pdf.Path is null
            ? s with { Version = s.Version + 1, Diagnostics = pdf.Diagnostics, Rendering = false }
            : s with { Version = s.Version + 1, PdfPath = pdf.Path, PdfVersion = s.PdfVersion + 1, Diagnostics = pdf.Diagnostics, Rendering = false });
        workspace.ForgetOldGenerations(Agency, Year, State);
    }

    private (ManifestEntry? Entry, string? Path, IReadOnlyList<Diagnostic> Diagnostics) RenderFormat(string format, string outDir)
    {
        try
        {
            var options = new RenderOptions(workspace.DataDir, workspace.TemplatesDir, outDir, new[] { format }, workspace.Today,
                new GovReportGen.Validation.ValidationFilter(Agency, Year), workspace.DisplayRoot)
            {
                Force = true,
                Parallelism = 1,
            };
            var summary = RenderRun.Execute(options);
            var entry = summary.Reports.FirstOrDefault(r => r.Agency == Agency && r.Year == Year);
            var diagnostics = (entry?.Diagnostics ?? Array.Empty<Diagnostic>()).Concat(summary.Other).ToList();
            if (entry is null)
                diagnostics.Add(new Diagnostic("GRG0000", Severity.Error, SourceSpan.WholeOf(workspace.DataDir), $"没有找到机关“{Agency}”{Year} 年度的数据文件"));
            var path = entry is { Status: not ReportStatus.Error } && entry.Files.TryGetValue(format, out var relative)
                ? Path.Combine(outDir, relative) : null;
            return (entry, path, diagnostics);
        }
        // A render that throws (a folder it cannot write) must not stop the preview: it is shown like any error.
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return (null, null, new[] { new Diagnostic("GRG0000", Severity.Error, SourceSpan.WholeOf(outDir), $"预览生成失败：{e.Message}") });
        }
    }

    private void Update(Func<PreviewState, PreviewState> change)
    {
        PreviewState now;
        lock (_gate) now = _state = change(_state);
        Changed?.Invoke(now);
    }
}

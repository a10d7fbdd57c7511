using System.Collections.Concurrent;
using GovReportGen.Data;

namespace GovReportGen.Cli.Preview;

/// <summary>
/// The folders a preview watches and its scratch folder under the system temp folder. Holds one session per report
/// opened in the browser, and re-renders them all, one render at a time, after a burst of saves has settled.
/// </summary>
public sealed class PreviewWorkspace : IDisposable
{
    /// <summary>How long the folders must stay quiet before a render: an editor's save is often several writes.</summary>
    public static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(60);

    private readonly ConcurrentDictionary<(string, int), PreviewSession> _sessions = new();
    private readonly List<FileSystemWatcher> _watchers = new();
    private readonly SemaphoreSlim _renderSignal = new(0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Timer _debounce;
    private readonly Task _loop;
    private int _dirty;

    public PreviewWorkspace(string dataDir, string templatesDir, DateOnly today, string? displayRoot = null)
    {
        DataDir = Path.GetFullPath(dataDir);
        TemplatesDir = Path.GetFullPath(templatesDir);
        Today = today;
        DisplayRoot = displayRoot ?? Directory.GetCurrentDirectory();
        ScratchDir = Path.Combine(Path.GetTempPath(), $"govreport-preview-{Environment.ProcessId}-{Guid.NewGuid():N}"[..40]);
        Directory.CreateDirectory(ScratchDir);
        _debounce = new Timer(_ => { _renderSignal.Release(); });
        foreach (var folder in new[] { DataDir, TemplatesDir }.Distinct())
        {
            var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size };
            watcher.Changed += (_, _) => Touched();
            watcher.Created += (_, _) => Touched();
            watcher.Deleted += (_, _) => Touched();
            watcher.Renamed += (_, _) => Touched();
            watcher.EnableRaisingEvents = true;
            _watchers.Add(watcher);
        }
        _loop = Task.Run(RenderLoop);
    }

    public string DataDir { get; }
    public string TemplatesDir { get; }
    public DateOnly Today { get; }
    public string DisplayRoot { get; }
    public string ScratchDir { get; }

    /// <summary>Counts renders started by the watcher, for the benchmark and tests.</summary>
    public int RenderCount => Volatile.Read(ref _renders);
    private int _renders;

    /// <summary>The reports the data folder holds, for the picker.</summary>
    public IReadOnlyList<(string Agency, IReadOnlyList<int> Years)> Reports() =>
        DataLayout.AgencyDirectories(DataDir)
            .Select(d => (Path.GetFileName(d), (IReadOnlyList<int>)DataLayout.YearFiles(d).Select(y => y.Year).Order().ToList()))
            .Where(a => a.Item2.Count > 0)
            .ToList();

    /// <summary>The session of one report, rendered on first use.</summary>
    public PreviewSession Session(string agency, int year)
    {
        var created = false;
        var session = _sessions.GetOrAdd((agency, year), key => { created = true; return new PreviewSession(key.Item1, key.Item2, this); });
        if (created) Schedule(immediately: true);
        return session;
    }

    /// <summary>A file under data/ or templates/ changed: render once the burst is over.</summary>
    private void Touched()
    {
        Interlocked.Exchange(ref _dirty, 1);
        _debounce.Change(Debounce, Timeout.InfiniteTimeSpan);
    }

    private void Schedule(bool immediately)
    {
        Interlocked.Exchange(ref _dirty, 1);
        if (immediately) _renderSignal.Release();
        else _debounce.Change(Debounce, Timeout.InfiniteTimeSpan);
    }

    private async Task RenderLoop()
    {
        while (!_stop.IsCancellationRequested)
        {
            try { await _renderSignal.WaitAsync(_stop.Token); }
            catch (OperationCanceledException) { return; }
            if (Interlocked.Exchange(ref _dirty, 0) == 0) continue;
            Interlocked.Increment(ref _renders);
            // The theme's fonts are read once per process; an edited fonts.json must be read again.
            PreviewTheme.ForgetFonts(TemplatesDir);
            foreach (var session in _sessions.Values.ToList())
            {
                // A save during this render is picked up by the next pass rather than lost.
                session.Render();
            }
        }
    }

    /// <summary>Generation folders of a report that hold neither the HTML nor the PDF the page now shows.</summary>
    internal void ForgetOldGenerations(string agency, int year, PreviewState shown)
    {
        foreach (var dir in Directory.EnumerateDirectories(ScratchDir, $"{agency}-{year}-*"))
        {
            var prefix = dir + Path.DirectorySeparatorChar;
            if (shown.HtmlPath?.StartsWith(prefix, StringComparison.Ordinal) == true || shown.PdfPath?.StartsWith(prefix, StringComparison.Ordinal) == true) continue;
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        foreach (var w in _watchers) w.Dispose();
        _debounce.Dispose();
        try { _loop.Wait(TimeSpan.FromSeconds(10)); } catch (AggregateException) { }
        try { Directory.Delete(ScratchDir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

using GovReportGen.Cli.Preview;
using GovReportGen.Tests.EndToEnd;

namespace GovReportGen.Tests.Preview;

/// <summary>A copy of the repository's data and templates that a preview test edits, and a preview over it.</summary>
public sealed class PreviewFolder : IDisposable
{
    public const string Agency = "chaoyang-kjj";
    public const int Year = 2024;

    private readonly TempFolder _temp = new("preview");

    public PreviewFolder()
    {
        TempFolder.CopyTree(EndToEndPaths.Data, Data);
        TempFolder.CopyTree(EndToEndPaths.Templates, Templates);
        Workspace = new PreviewWorkspace(Data, Templates, new DateOnly(2026, 1, 10), displayRoot: _temp.Path);
    }

    public string Root => _temp.Path;
    public string Data => _temp.Sub("data");
    public string Templates => _temp.Sub("templates");
    public string YearFile => Path.Combine(Data, "agencies", Agency, $"{Year}.yaml");
    public string TitleTemplate => Path.Combine(Templates, "common", "title.sbn");
    public PreviewWorkspace Workspace { get; }

    /// <summary>Replaces text in a file as an editor's save does (the file must contain it).</summary>
    public void Edit(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>Waits until the session's state satisfies <paramref name="done"/> and no render is under way.</summary>
    public static PreviewState WaitFor(PreviewSession session, Func<PreviewState, bool> done, string what, int seconds = 60)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (DateTime.UtcNow < until)
        {
            var state = session.State;
            if (!state.Rendering && done(state)) return state;
            Thread.Sleep(25);
        }
        var last = session.State;
        throw new Xunit.Sdk.XunitException($"preview did not reach: {what}; last state v{last.Version} html{last.HtmlVersion} pdf{last.PdfVersion}: " +
            string.Join("\n", last.Diagnostics));
    }

    public void Dispose()
    {
        Workspace.Dispose();
        _temp.Dispose();
    }
}

using GovReportGen.Diagnostics;

namespace GovReportGen.Cli;

/// <summary>
/// Prints diagnostics for people (coloured by severity on a terminal) and, under CI, the annotation line the
/// CI service reads, which never carries colour. <c>--quiet</c> keeps errors only.
/// </summary>
public sealed class DiagnosticPrinter(TextWriter output, ConsoleEnvironment console, bool quiet)
{
    private readonly bool _colour = console.ColourOnStdout;
    private readonly CiService _ci = console.Ci;

    public bool Quiet => quiet;

    public void Write(Diagnostic d)
    {
        if (quiet && !d.IsError) return;
        output.WriteLine(_colour ? Coloured(d) : DiagnosticFormatter.ToText(d));
        if (_ci == CiService.GitHubActions) output.WriteLine(DiagnosticFormatter.ToGitHubAnnotation(d));
        else if (_ci == CiService.Generic) output.WriteLine(DiagnosticFormatter.ToMsBuild(d));
    }

    /// <summary>
    /// The same text as <see cref="DiagnosticFormatter.ToText"/>: the location dim, so the eye goes to the severity
    /// and id (bold red for an error, yellow for a warning), the message in the terminal's own colour.
    /// </summary>
    public static string Coloured(Diagnostic d)
    {
        var severity = d.IsError ? Ansi.Bold + Ansi.Red : Ansi.Yellow;
        return $"{Ansi.Dim}{d.Span}{Ansi.Reset}: {severity}{DiagnosticFormatter.SeverityWord(d.Severity)} {d.Id}{Ansi.Reset}: {d.Message}";
    }

    /// <summary>A line about the run rather than a finding (checks that could not run); dim on a terminal.</summary>
    public void WriteNote(string line) => output.WriteLine(Ansi.Style(line, Ansi.Dim, _colour));

    /// <summary>A closing summary line: red when errors were found, yellow with warnings only, green when clean.</summary>
    public void WriteSummary(string line, int errors, int warnings)
    {
        var style = errors > 0 ? Ansi.Bold + Ansi.Red : warnings > 0 ? Ansi.Yellow : Ansi.Green;
        output.WriteLine(Ansi.Style(line, style, _colour));
    }
}

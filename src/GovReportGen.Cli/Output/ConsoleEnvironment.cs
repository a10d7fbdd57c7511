using GovReportGen.Diagnostics;

namespace GovReportGen.Cli;

/// <summary>
/// What the process's output can show: whether stdout and stderr are terminals, and the environment that
/// switches colour off (<c>NO_COLOR</c>, <c>TERM=dumb</c>) or asks for CI annotations. Tests build one by hand,
/// so both the terminal and the redirected paths run without a real terminal or a global variable.
/// </summary>
public sealed record ConsoleEnvironment(bool StdoutIsTerminal, bool StderrIsTerminal, Func<string, string?> Variables)
{
    /// <summary>The real process: a writer is a terminal only if it is the console's own and not redirected.</summary>
    public static ConsoleEnvironment Of(TextWriter stdout, TextWriter stderr) => new(
        ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected,
        ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected,
        Environment.GetEnvironmentVariable);

    public CiService Ci => DiagnosticFormatter.DetectCi(Variables);

    /// <summary>https://no-color.org: present and not empty switches colour off, whatever its value.</summary>
    private bool ColourRefused => !string.IsNullOrEmpty(Variables("NO_COLOR")) || Variables("TERM") == "dumb";

    /// <summary>
    /// Colour only on a terminal: a redirected log or a CI log would keep the escape codes as garbage, and
    /// annotation lines must reach the CI service exactly as written.
    /// </summary>
    public bool ColourOnStdout => StdoutIsTerminal && !ColourRefused && Ci == CiService.None;

    public bool ColourOnStderr => StderrIsTerminal && !ColourRefused && Ci == CiService.None;

    /// <summary>A live progress bar needs a terminal; under CI plain lines read better even when a pseudo-terminal is attached.</summary>
    public bool LiveProgress => StdoutIsTerminal && Ci == CiService.None;
}

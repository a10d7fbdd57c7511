namespace GovReportGen.Cli;

/// <summary>
/// The few SGR escape sequences the console uses, written directly rather than through Spectre's markup:
/// Spectre would wrap a diagnostic at the terminal width and break the path a user copies or an editor links.
/// </summary>
public static class Ansi
{
    public const string Reset = "\u001b[0m";
    public const string Bold = "\u001b[1m";
    public const string Dim = "\u001b[2m";
    public const string Red = "\u001b[31m";
    public const string Yellow = "\u001b[33m";
    public const string Green = "\u001b[32m";

    /// <summary><paramref name="text"/> in <paramref name="style"/> when <paramref name="colour"/> is on, else unchanged.</summary>
    public static string Style(string text, string style, bool colour) => colour ? style + text + Reset : text;
}

namespace GovReportGen.Writers;

/// <summary>
/// A writer cannot write one report: a character no font of a role's chain has, a role with no installed
/// font, an unreadable theme. The message is Chinese, one line, and says what to change. The pipeline turns
/// it into a <see cref="DiagnosticId"/> error on that report alone, removes the report's files and goes on
/// with the others.
/// </summary>
public class ReportWriterException(string message, IReadOnlyList<int>? missingCharacters = null) : Exception(message)
{
    /// <summary>输出格式生成失败: the diagnostic of a report a writer could not write.</summary>
    public const string DiagnosticId = "GRG6001";

    /// <summary>The characters (code points) no font could set, in the order found; the pipeline locates the first.</summary>
    public IReadOnlyList<int> MissingCharacters { get; } = missingCharacters ?? [];

    /// <summary>
    /// The input at fault when it is not the report's data (a broken <c>theme/fonts.json</c>), so the diagnostic is put
    /// there and not on the year file; a folder when the file is missing.
    /// </summary>
    public string? SourceFile { get; init; }

    /// <summary>Where in <see cref="SourceFile"/>, 1-based, when known.</summary>
    public (int Line, int Column)? SourcePosition { get; init; }
}

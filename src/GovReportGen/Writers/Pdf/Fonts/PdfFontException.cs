namespace GovReportGen.Writers.Pdf.Fonts;

/// <summary>
/// A report cannot be set with the fonts of this machine: a role with no installed family, a character no
/// family of the chain has, or an unreadable theme. Thrown instead of drawing tofu or substituting silently
/// (docs/typesetting.md §2.3). The message is Chinese, one line, and names the role, the chain and the folders
/// searched; the pipeline reports it as a <see cref="DiagnosticId"/> error for that report only.
/// </summary>
public sealed class PdfFontException(string message, IReadOnlyList<int>? missingCharacters = null)
    : ReportWriterException(message, missingCharacters)
{
    /// <summary>The diagnostic the pipeline reports: <see cref="ReportWriterException.DiagnosticId"/>.</summary>
    public new const string DiagnosticId = ReportWriterException.DiagnosticId;
}

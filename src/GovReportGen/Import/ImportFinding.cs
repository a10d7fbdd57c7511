using GovReportGen.Diagnostics;

namespace GovReportGen.Import;

/// <summary>
/// One line of the import report: what was assumed or could not be read, where in the source file (page and cell for a
/// PDF, table/row/column for DOCX and HTML), and the official cell it concerns. Ids are the GRG8xxx family of the rule
/// catalogue (<see cref="ImportRules"/>).
/// </summary>
public sealed record ImportFinding(string Id, Severity Severity, string Where, string Message)
{
    public string? Cell { get; init; }
    public string? KeyPath { get; init; }
    public string? Actual { get; init; }
}

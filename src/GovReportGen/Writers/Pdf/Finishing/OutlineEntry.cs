namespace GovReportGen.Writers.Pdf.Finishing;

/// <summary>A heading for the PDF outline: its level (2 = 一、, 3 = （一）), text and named destination.</summary>
internal sealed record OutlineEntry(int Level, string Title, string Destination);

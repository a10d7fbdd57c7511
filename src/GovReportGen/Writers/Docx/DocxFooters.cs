using DocumentFormat.OpenXml.Wordprocessing;

namespace GovReportGen.Writers.Docx;

/// <summary>
/// The page-number footers (GB/T 9704 §7.5): <c>— N —</c> with N a PAGE field, so Word numbers the pages
/// itself; odd pages on the right, even pages on the left (settings turn on <c>w:evenAndOddHeaders</c>).
/// Placement and font come from the PageNumberOdd/PageNumberEven styles.
/// </summary>
internal static class DocxFooters
{
    public static Footer Create(bool odd)
    {
        var paragraph = DocxText.Paragraph(odd ? DocxStyleIds.PageNumberOdd : DocxStyleIds.PageNumberEven);
        paragraph.Append(
            new Run(DocxText.Create("— ")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Begin }),
            new Run(new FieldCode(" PAGE ") { Space = DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve }),
            new Run(new FieldChar { FieldCharType = FieldCharValues.Separate }),
            // The cached result; Word and LibreOffice recompute it on every page.
            new Run(DocxText.Create(odd ? "1" : "2")),
            new Run(new FieldChar { FieldCharType = FieldCharValues.End }),
            new Run(DocxText.Create(" —")));
        return new Footer(paragraph);
    }
}

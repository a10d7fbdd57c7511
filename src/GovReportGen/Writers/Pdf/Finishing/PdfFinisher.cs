namespace GovReportGen.Writers.Pdf.Finishing;

public static class PdfFinisher
{
    public static byte[] Finish(byte[] pdf, IReadOnlyList<OutlineEntry> outline, DocumentMetadata metadata) => pdf;
}

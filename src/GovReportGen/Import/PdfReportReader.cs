namespace GovReportGen.Import;

internal static class PdfReportReader
{
    public const string Kind = "PDF";
    public static SourceDocument Read(string file, byte[] bytes) => throw new NotSupportedException();
}

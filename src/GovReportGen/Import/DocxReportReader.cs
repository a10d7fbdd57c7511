namespace GovReportGen.Import;

internal static class DocxReportReader
{
    public const string Kind = "DOCX";
    public static SourceDocument Read(string file, byte[] bytes) => throw new NotSupportedException();
}

using GovReportGen.Documents;

namespace GovReportGen.Writers.Docx;

/// <summary>The DOCX writer as the pipeline sees it.</summary>
public sealed class DocxReportWriter : IReportWriter
{
    public string Format => "docx";
    public string Extension => "docx";

    public void Write(Document document, DocumentMetadata metadata, Stream output) =>
        DocxWriter.Write(document, metadata, output);
}

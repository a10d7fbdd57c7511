using GovReportGen.Documents;

namespace GovReportGen.Writers.Pdf;

/// <summary>The PDF writer as the pipeline sees it.</summary>
public sealed class PdfReportWriter(PdfWriterOptions? options = null) : IReportWriter
{
    public string Format => "pdf";
    public string Extension => "pdf";

    public void Write(Document document, DocumentMetadata metadata, Stream output) =>
        PdfWriter.Write(document, metadata, options ?? PdfWriterOptions.Default, output);
}

using GovReportGen.Documents;
using GovReportGen.Theme;

namespace GovReportGen.Writers.Docx;

/// <summary>The DOCX writer as the pipeline sees it: one run's page in Word's units.</summary>
public sealed class DocxReportWriter(PageSpec? page = null) : IReportWriter
{
    private readonly PageSpec _page = page ?? PageSpec.Default;

    public string Format => "docx";
    public string Extension => "docx";

    public void Write(Document document, DocumentMetadata metadata, Stream output) =>
        DocxWriter.Write(document, metadata, _page, output);
}

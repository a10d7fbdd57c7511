using GovReportGen.Documents;
using GovReportGen.Theme;

namespace GovReportGen.Writers.Docx;

/// <summary>The DOCX writer as the pipeline sees it: one run's page in Word's units.</summary>
internal sealed class DocxReportWriter(PageSpec? page = null) : IReportWriter
{
    private readonly PageSpec _page = page ?? PageSpec.Default;

    /// <summary>The format's name, also its file extension; the registry lists it from here.</summary>
    public const string FormatName = "docx";

    public string Format => FormatName;
    public string Extension => FormatName;

    public void Write(Document document, DocumentMetadata metadata, Stream output) =>
        DocxWriter.Write(document, metadata, _page, output);
}

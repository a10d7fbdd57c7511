using GovReportGen.Documents;

namespace GovReportGen.Writers.Html;

/// <summary>The HTML writer as the pipeline sees it.</summary>
public sealed class HtmlReportWriter(HtmlWriterOptions? options = null) : IReportWriter
{
    public string Format => "html";
    public string Extension => "html";

    public void Write(Document document, DocumentMetadata metadata, Stream output) =>
        HtmlWriter.Write(document, options ?? HtmlWriterOptions.Default, output);
}

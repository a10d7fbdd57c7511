using GovReportGen.Documents;

namespace GovReportGen.Writers.Html;

/// <summary>The HTML writer as the pipeline sees it.</summary>
internal sealed class HtmlReportWriter(HtmlWriterOptions? options = null) : IReportWriter
{
    /// <summary>The format's name, also its file extension; the registry lists it from here.</summary>
    public const string FormatName = "html";

    public string Format => FormatName;
    public string Extension => FormatName;

    public void Write(Document document, DocumentMetadata metadata, Stream output) =>
        HtmlWriter.Write(document, options ?? HtmlWriterOptions.Default, output);
}

using GovReportGen.Writers.Docx;
using GovReportGen.Writers.Html;
using GovReportGen.Writers.Pdf;

namespace GovReportGen.Writers;

/// <summary>The output formats this build can write, in the order the manifest lists them.</summary>
public static class WriterRegistry
{
    public static readonly IReadOnlyList<string> KnownFormats = new[] { "html", "docx", "pdf" };

    public static IReadOnlyList<IReportWriter> Available { get; } = new IReportWriter[] { new HtmlReportWriter(), new DocxReportWriter(), new PdfReportWriter() };

    public static IReportWriter? Find(string format) => Available.FirstOrDefault(w => w.Format == format);
}

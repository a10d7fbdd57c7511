using GovReportGen.Documents;
using GovReportGen.Theme;
using GovReportGen.Writers.Pdf.Fonts;

namespace GovReportGen.Writers.Pdf;

/// <summary>The PDF writer as the pipeline sees it.</summary>
internal sealed class PdfReportWriter(PdfWriterOptions options) : IReportWriter
{
    private PdfWriterOptions Options => options;

    /// <summary>The format's name, also its file extension; the registry lists it from here.</summary>
    public const string FormatName = "pdf";

    public string Format => FormatName;
    public string Extension => FormatName;

    public void Write(Document document, DocumentMetadata metadata, Stream output) =>
        PdfWriter.Write(document, metadata, Options, output);

    /// <summary>
    /// The font files the output may depend on: every installed face of every role's chain (a document may
    /// fall back down a chain), with its size and time stamp, so installing or replacing a font re-renders.
    /// </summary>
    public string Fingerprint
    {
        get
        {
            try
            {
                var theme = Options.LoadTheme();
                var catalog = Options.LoadCatalog(theme);
                var faces = FontRoles.All
                    .SelectMany(role => DocumentFonts.InstalledFamilies(theme, catalog, role))
                    .Select(f => f.Face)
                    .Distinct()
                    .Select(f =>
                    {
                        var file = new FileInfo(f.Path);
                        return $"{f.Path}#{f.Index}:{file.Length}:{file.LastWriteTimeUtc.Ticks}";
                    })
                    .Order(StringComparer.Ordinal);
                return $"pdf;{theme.Directory};{string.Join(";", faces)}";
            }
            catch (PdfFontException e)
            {
                return "pdf;fonts-unavailable;" + e.Message;
            }
        }
    }
}

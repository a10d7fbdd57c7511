using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace GovReportGen.Writers.Docx;

/// <summary>
/// docProps/core.xml from the metadata, never the clock: title, author (the agency), language, and as
/// created/modified date the publishing date at 00:00 Beijing time (the instant the PDF writer uses too).
/// Without a publishing date the part has no dates at all.
/// </summary>
internal static class DocxCoreProperties
{
    private static readonly XNamespace Cp = "http://schemas.openxmlformats.org/package/2006/metadata/core-properties";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace DcTerms = "http://purl.org/dc/terms/";
    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly TimeSpan Beijing = TimeSpan.FromHours(8);

    public static byte[] Create(Writers.DocumentMetadata metadata)
    {
        var root = new XElement(Cp + "coreProperties",
            new XAttribute(XNamespace.Xmlns + "cp", Cp),
            new XAttribute(XNamespace.Xmlns + "dc", Dc),
            new XAttribute(XNamespace.Xmlns + "dcterms", DcTerms),
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XElement(Dc + "title", DocxText.Clean(metadata.Title)),
            new XElement(Dc + "creator", DocxText.Clean(metadata.Author)),
            new XElement(Dc + "language", "zh-CN"));
        if (metadata.PublishedOn is { } date)
        {
            var stamp = W3cDate(date);
            root.Add(
                new XElement(DcTerms + "created", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), stamp),
                new XElement(DcTerms + "modified", new XAttribute(Xsi + "type", "dcterms:W3CDTF"), stamp));
        }
        var document = new XDocument(new XDeclaration("1.0", "UTF-8", "yes"), root);
        using var buffer = new MemoryStream();
        using (var writer = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true))
            document.Save(writer, SaveOptions.DisableFormatting);
        return buffer.ToArray();
    }

    /// <summary>00:00 in Beijing on <paramref name="date"/>, in UTC as Word writes it: 2025-01-15 → 2025-01-14T16:00:00Z.</summary>
    internal static string W3cDate(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), Beijing).UtcDateTime
            .ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

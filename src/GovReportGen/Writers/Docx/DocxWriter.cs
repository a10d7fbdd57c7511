using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using GovReportGen.Documents;
using GovReportGen.Theme;
using Document = GovReportGen.Documents.Document;
using WDocument = DocumentFormat.OpenXml.Wordprocessing.Document;

namespace GovReportGen.Writers.Docx;

/// <summary>
/// Writes a <see cref="Document"/> as a Word document an office would file (docs/typesetting.md §6): GB/T 9704 page
/// and grid, named styles for every kind of paragraph, merged tables from the grid, page-number footers.
/// The output depends only on the document and the metadata: relationship ids are assigned in a fixed order
/// (rId1, rId2, …), core properties come from the metadata, and the ZIP is re-packed with fixed dates.
/// </summary>
internal static class DocxWriter
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string RelationshipsNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    public static void Write(Document document, DocumentMetadata metadata, Stream output) =>
        Write(document, metadata, PageSpec.Default, output);

    public static void Write(Document document, DocumentMetadata metadata, PageSpec page, Stream output) =>
        DocxPackage.Repack(Build(document, metadata, new DocxPage(page)), output);

    public static byte[] WriteToBytes(Document document, DocumentMetadata metadata)
    {
        using var output = new MemoryStream();
        Write(document, metadata, output);
        return output.ToArray();
    }

    private static byte[] Build(Document document, DocumentMetadata metadata, DocxPage page)
    {
        using var buffer = new MemoryStream();
        using (var word = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            // Stored, not deflated: DocxPackage.Repack compresses every entry once; deflating here too doubled the cost.
            word.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            var main = word.AddNewPart<MainDocumentPart>(MainContentType, "rId1");
            var core = word.AddNewPart<CoreFilePropertiesPart>("rId2");
            using (var stream = core.GetStream(FileMode.Create))
                stream.Write(DocxCoreProperties.Create(metadata));

            main.AddNewPart<StyleDefinitionsPart>("rId1").Styles = DocxStyles.Create(page);
            main.AddNewPart<DocumentSettingsPart>("rId2").Settings = DocxSettings.Create();
            main.AddNewPart<FontTablePart>("rId3").Fonts = DocxFontTable.Create();
            main.AddNewPart<FooterPart>("rId4").Footer = DocxFooters.Create(odd: true);
            main.AddNewPart<FooterPart>("rId5").Footer = DocxFooters.Create(odd: false);

            var body = new Body();
            var context = new DocxRenderContext(body, DocxRendererRegistry.Default, page);
            foreach (var block in document.Blocks)
                context.WriteBlock(block);
            if (context.Previous is Documents.Table)
                body.Append(ParagraphRenderer.Empty());
            body.Append(DocxSection.Create(page, oddFooterId: "rId4", evenFooterId: "rId5"));

            var root = new WDocument(body);
            root.AddNamespaceDeclaration("r", RelationshipsNamespace);
            main.Document = root;
        }
        return buffer.ToArray();
    }
}

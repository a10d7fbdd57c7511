using DocumentFormat.OpenXml.Wordprocessing;
using GovReportGen.Documents;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;

namespace GovReportGen.Writers.Docx;

/// <summary>Body paragraphs in Normal (仿宋 三号, indented 2 字, on the grid); the markup's classes pick their styles.</summary>
internal sealed class ParagraphRenderer : DocxNodeRenderer<Documents.Paragraph>
{
    protected override void Write(DocxRenderContext context, Documents.Paragraph node)
    {
        var paragraph = DocxText.Paragraph(StyleOf(node.Class));
        // A date outside the signature block stands on its own at the right; in the block it is placed by
        // SignatureRenderer.
        if (node.Class == BlockClass.Date)
            DocxText.PropertiesOf(paragraph).Justification = new Justification { Val = JustificationValues.Right };
        context.WriteInlines(paragraph, node.Inlines);
        context.Append(paragraph);
    }

    public static string StyleOf(BlockClass blockClass) => blockClass switch
    {
        BlockClass.Title => DocxStyleIds.Title,
        BlockClass.Subtitle => DocxStyleIds.Subtitle,
        BlockClass.Date => DocxStyleIds.Date,
        BlockClass.Note => DocxStyleIds.Note,
        _ => DocxStyleIds.Normal,
    };

    /// <summary>An empty Normal paragraph (between two tables, or after a final table, as Word requires).</summary>
    public static WParagraph Empty() => new();
}

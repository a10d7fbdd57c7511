using System.Text;
using DocumentFormat.OpenXml.Wordprocessing;
using GovReportGen.Documents;

namespace GovReportGen.Writers.Docx;

/// <summary>
/// h1 → Title; h2/h3/h4 → heading 1/2/3 (黑体, 楷体, 仿宋; outline levels, so Word's navigation pane lists
/// them). A heading's anchor becomes a bookmark of the same name, for cross-references.
/// </summary>
internal sealed class HeadingRenderer : DocxNodeRenderer<Heading>
{
    protected override void Write(DocxRenderContext context, Heading node)
    {
        var style = node.Level <= 1 ? DocxStyleIds.Title
            : node.Class == BlockClass.Subtitle ? DocxStyleIds.Subtitle
            : DocxStyleIds.Heading(node.Level);
        var paragraph = DocxText.Paragraph(style);
        if (node.AnchorId is { } anchor)
        {
            var id = context.NextBookmarkId().ToString(System.Globalization.CultureInfo.InvariantCulture);
            paragraph.Append(new BookmarkStart { Id = id, Name = BookmarkName(anchor) });
            context.WriteInlines(paragraph, node.Inlines);
            paragraph.Append(new BookmarkEnd { Id = id });
            context.RememberHeading(anchor, InlineText.ToSingleLine(node.Inlines));
        }
        else
        {
            context.WriteInlines(paragraph, node.Inlines);
        }
        context.Append(paragraph);
    }

    /// <summary>Word bookmark names hold letters, digits and underscores and start with a letter: sec-2-1 → sec_2_1.</summary>
    internal static string BookmarkName(string anchor)
    {
        var name = new StringBuilder(anchor.Length + 1);
        foreach (var ch in anchor)
            name.Append(char.IsAsciiLetterOrDigit(ch) ? ch : '_');
        if (name.Length == 0 || !char.IsAsciiLetter(name[0]))
            name.Insert(0, 'a');
        return name.Length > 40 ? name.ToString(0, 40) : name.ToString();
    }
}

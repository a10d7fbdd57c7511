using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GovReportGen.Tests.Writers.Docx;

/// <summary>Reads a written DOCX back with the OpenXML SDK.</summary>
public static class DocxReadBack
{
    public static WordprocessingDocument Open(byte[] docx) =>
        WordprocessingDocument.Open(new MemoryStream(docx, writable: false), isEditable: false);

    public static Body BodyOf(WordprocessingDocument word) => word.MainDocumentPart!.Document!.Body!;

    /// <summary>The text of an element as a reader sees it: <c>w:t</c> runs, <c>w:br</c> as <c>\n</c>, paragraphs joined by <c>\n</c>.</summary>
    public static string TextOf(OpenXmlElement element)
    {
        if (element is Paragraph paragraph)
            return ParagraphText(paragraph);
        return string.Join("\n", element.Descendants<Paragraph>().Select(ParagraphText));
    }

    private static string ParagraphText(Paragraph paragraph)
    {
        var text = new StringBuilder();
        foreach (var node in paragraph.Descendants())
        {
            if (node is Text t)
                text.Append(t.Text);
            else if (node is Break)
                text.Append('\n');
        }
        return text.ToString();
    }

    public static string? StyleOf(Paragraph paragraph) => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

    /// <summary>A cell as the reader sees the grid: start column, span, merge (none/restart/continue), text.</summary>
    public sealed record CellView(int Column, int Span, string Merge, string Text);

    public static IReadOnlyList<CellView> Cells(TableRow row)
    {
        var cells = new List<CellView>();
        var column = 0;
        foreach (var cell in row.Elements<TableCell>())
        {
            var span = cell.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
            var merge = cell.TableCellProperties?.VerticalMerge switch
            {
                null => "none",
                { Val: null } => "continue",
                { Val: var v } when v.Value == MergedCellValues.Continue => "continue",
                _ => "restart",
            };
            cells.Add(new CellView(column, span, merge, TextOf(cell)));
            column += span;
        }
        return cells;
    }
}

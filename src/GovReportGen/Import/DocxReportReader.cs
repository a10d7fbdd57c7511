using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace GovReportGen.Import;

/// <summary>
/// Reads a published Word report: body tables (gridSpan and vMerge laid out as a grid, <c>gridBefore</c> respected)
/// and paragraphs, with heading levels from the paragraph style's name (Title, heading 1 …), so a document made in
/// Word, WPS or by our own writer reads alike.
/// </summary>
internal static class DocxReportReader
{
    public const string Kind = "DOCX";

    public static SourceDocument Read(string file, byte[] bytes)
    {
        using var stream = new MemoryStream(bytes, writable: false);
        using var word = WordprocessingDocument.Open(stream, false);
        var body = word.MainDocumentPart?.Document?.Body ?? throw new InvalidDataException("no document body");
        var styleNames = word.MainDocumentPart!.StyleDefinitionsPart?.Styles?.Elements<Style>()
            .Where(s => s.StyleId?.Value is not null)
            .ToDictionary(s => s.StyleId!.Value!, s => s.StyleName?.Val?.Value ?? s.StyleId!.Value!, StringComparer.Ordinal)
            ?? new Dictionary<string, string>();
        var tables = new List<SourceTable>();
        var paragraphs = new List<SourceParagraph>();
        foreach (var element in body.ChildElements)
        {
            if (element is Table table) tables.Add(ReadTable(table, tables.Count + 1));
            else if (element is Paragraph p) AddParagraph(p, styleNames, paragraphs);
            else if (element is SdtBlock sdt)
                foreach (var inner in sdt.Descendants<Paragraph>()) AddParagraph(inner, styleNames, paragraphs);
        }
        return new SourceDocument(file, Kind, tables, paragraphs);
    }

    private static void AddParagraph(Paragraph p, Dictionary<string, string> styleNames, List<SourceParagraph> paragraphs)
    {
        var text = TextTidy.Collapse(TextOf(p));
        if (text.Length == 0) return;
        var styleId = p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
        var style = styleId is not null && styleNames.TryGetValue(styleId, out var name) ? name.ToLowerInvariant() : "";
        int? level = style == "title" ? 1
            : style.StartsWith("heading ", StringComparison.Ordinal) && int.TryParse(style.AsSpan(8), out var n) ? n + 1
            : p.ParagraphProperties?.OutlineLevel?.Val?.Value is { } outline ? outline + 2
            : null;
        paragraphs.Add(new SourceParagraph(text, level, $"DOCX第{paragraphs.Count + 1}段"));
    }

    /// <summary>Text of a paragraph: runs in order, a break as a line break, a tab as a space.</summary>
    private static string TextOf(OpenXmlElement element)
    {
        var b = new StringBuilder();
        foreach (var node in element.Descendants())
        {
            switch (node)
            {
                case Text t: b.Append(t.Text); break;
                case Break: case CarriageReturn: b.Append('\n'); break;
                case TabChar: b.Append(' '); break;
            }
        }
        return b.ToString();
    }

    private static SourceTable ReadTable(Table table, int number)
    {
        // First pass: each row's cells at their grid columns; a vMerge continuation extends the cell above it.
        var cells = new List<(string Text, int Row, int Column, int ColSpan, int RowSpan)>();
        var openAt = new Dictionary<int, int>(); // grid column → index in cells of the cell a vertical merge continues
        var row = 0;
        foreach (var tr in table.Elements<TableRow>())
        {
            var column = tr.TableRowProperties?.GetFirstChild<GridBefore>()?.Val?.Value ?? 0;
            foreach (var tc in tr.Elements<TableCell>())
            {
                var span = tc.TableCellProperties?.GridSpan?.Val?.Value ?? 1;
                var merge = tc.TableCellProperties?.VerticalMerge;
                var continues = merge is not null && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
                if (continues && openAt.TryGetValue(column, out var above) && cells[above].Column == column)
                {
                    var c = cells[above];
                    cells[above] = c with { RowSpan = row - c.Row + 1 };
                }
                else
                {
                    var text = TextTidy.Collapse(string.Join("\n", tc.Elements<Paragraph>().Select(TextOf)
                        .Concat(tc.Elements<Table>().Select(TextOf))));
                    cells.Add((text, row, column, span, 1));
                    if (merge is not null) openAt[column] = cells.Count - 1;
                    else openAt.Remove(column);
                }
                column += span;
            }
            row++;
        }
        return new SourceTable(number, cells.Select(c => new SourceCell(c.Text, c.Row, c.Column, c.RowSpan, c.ColSpan,
            $"DOCX表格{number}第{c.Row + 1}行第{c.Column + 1}列")).ToList());
    }
}

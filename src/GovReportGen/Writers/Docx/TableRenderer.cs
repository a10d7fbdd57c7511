using System.Globalization;
using DocumentFormat.OpenXml.Wordprocessing;
using GovReportGen.Documents;
using GovReportGen.Documents.Tables;
using Table = GovReportGen.Documents.Table;
using WParagraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using WTable = DocumentFormat.OpenXml.Wordprocessing.Table;

namespace GovReportGen.Writers.Docx;

/// <summary>
/// Writes a table from its grid: the shared column widths in twips, <c>w:gridSpan</c> for column spans,
/// <c>w:vMerge</c> restart/continue for row spans, header rows repeated on each page (<c>w:tblHeader</c>), rows
/// that never split (<c>w:cantSplit</c>), and rows tied by a row span or to the header kept with the next.
/// Borders, padding and text size come from the ReportTable style.
/// </summary>
internal sealed class TableRenderer : DocxNodeRenderer<Table>
{
    protected override void Write(DocxRenderContext context, Table table)
    {
        if (context.Previous is Table)
            context.Append(ParagraphRenderer.Empty());
        if (!table.Caption.IsEmpty)
        {
            var caption = DocxText.Paragraph(DocxStyleIds.Caption);
            context.WriteInlines(caption, table.Caption);
            context.Append(caption);
        }

        var grid = table.Grid;
        // Whole twips adding up exactly to the 版心, as Word rounded it.
        var widths = table.Columns.Apportioned(context.Page.TextWidth);
        var title = table.Caption.IsEmpty ? context.HeadingText(table.LabelledBy) : InlineText.ToSingleLine(table.Caption);
        var word = new WTable(Properties(widths.Sum(), title), new DocumentFormat.OpenXml.Wordprocessing.TableGrid(widths.Select(w => new GridColumn { Width = Twips(w) })));
        var tied = RowsTiedToNext(grid);
        for (var row = 0; row < grid.RowCount; row++)
            word.Append(Row(context, grid, widths, row, tied[row]));
        context.Append(word);
    }

    private static TableProperties Properties(int width, string? title)
    {
        var properties = new TableProperties
        {
            TableStyle = new TableStyle { Val = DocxStyleIds.Table },
            TableWidth = new TableWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa },
            TableLayout = new TableLayout { Type = TableLayoutValues.Fixed },
        };
        // Alternative text for screen readers: the section heading is the table's title (docs/formats.md §1.5).
        if (title is not null)
            properties.TableCaption = new TableCaption { Val = DocxText.Clean(title) };
        return properties;
    }

    private static TableRow Row(DocxRenderContext context, Documents.Tables.TableGrid grid, IReadOnlyList<int> widths, int row, bool keepWithNext)
    {
        var rowProperties = new TableRowProperties(new CantSplit());
        if (grid.IsHeaderRow(row))
            rowProperties.Append(new TableHeader());
        var word = new TableRow(rowProperties);
        foreach (var slot in grid.Rows[row])
        {
            var owner = slot.Owner;
            if (slot.Column != owner.Column)
                continue; // covered by the gridSpan of the cell on its left
            var width = Enumerable.Range(owner.Column, owner.ColSpan).Sum(c => widths[c]);
            var isOrigin = slot is Origin;
            word.Append(Cell(context, owner, width, isOrigin ? (owner.RowSpan > 1 ? MergedCellValues.Restart : null) : MergedCellValues.Continue, isOrigin, keepWithNext));
        }
        return word;
    }

    private static TableCell Cell(DocxRenderContext context, Origin cell, int width, MergedCellValues? merge, bool withContent, bool keepWithNext)
    {
        var properties = new TableCellProperties
        {
            TableCellWidth = new TableCellWidth { Width = Twips(width), Type = TableWidthUnitValues.Dxa },
        };
        if (cell.ColSpan > 1)
            properties.GridSpan = new GridSpan { Val = cell.ColSpan };
        if (merge is { } value)
            properties.VerticalMerge = value == MergedCellValues.Restart ? new VerticalMerge { Val = value } : new VerticalMerge();
        properties.TableCellVerticalAlignment = new TableCellVerticalAlignment { Val = TableVerticalAlignmentValues.Center };

        // Every w:tc holds a paragraph; a continuation's is empty (the text stays with the merge's origin).
        var paragraph = DocxText.Paragraph(StyleOf(cell));
        if (keepWithNext)
            DocxText.PropertiesOf(paragraph).KeepNext = new KeepNext();
        if (withContent)
            context.WriteInlines(paragraph, cell.Content);
        return new TableCell(properties, paragraph);
    }

    /// <summary>Row labels and other left cells read from the left; column headers and figures are centred.</summary>
    internal static string StyleOf(Origin cell) =>
        cell.Alignment == CellAlignment.Left ? DocxStyleIds.TableLabel
        : cell.IsHeader ? DocxStyleIds.TableHeader
        : DocxStyleIds.TableText;

    /// <summary>
    /// Rows Word must keep with the next (docs/typesetting.md §4): the header rows, so they never stand alone at a
    /// page bottom, and every row but the last of a row span, so a spanning label moves with its rows.
    /// </summary>
    internal static bool[] RowsTiedToNext(Documents.Tables.TableGrid grid)
    {
        var tied = new bool[grid.RowCount];
        for (var row = 0; row < grid.HeaderRowCount && row < grid.RowCount - 1; row++)
            tied[row] = true;
        foreach (var origin in grid.Origins.Where(o => o.RowSpan > 1))
            for (var row = origin.Row; row < origin.LastRow; row++)
                tied[row] = true;
        return tied;
    }

    private static string Twips(int twips) => twips.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using GovReportGen.Documents;
using GovReportGen.Documents.Tables;

namespace GovReportGen.Writers.Html;

/// <summary>
/// Writes a table from its grid: header rows in <c>thead</c> (repeated on printed pages), <c>th</c> with a
/// normalised <c>scope</c>, spans from the grid's origins, and the table named by its section heading.
/// </summary>
internal sealed class TableRenderer : HtmlNodeRenderer<Table>
{
    protected override void Write(HtmlRenderContext context, Table table)
    {
        var output = context.Output;
        var grid = table.Grid;
        var headers = HtmlTableHeaders.For(grid, context.NextTableNumber());
        var sticky = HtmlStickyLabels.For(grid);

        // On a narrow screen the table scrolls sideways in its own region instead of squeezing its
        // number columns to one character; a focusable, named region lets keyboard users scroll it too.
        // A captioned table is named by its caption alone, so only an uncaptioned one names its region.
        output.Raw("<div class=\"table-scroll\"");
        if (table.Caption.IsEmpty && table.LabelledBy is not null)
            output.Attribute("role", "region").Attribute("aria-labelledby", table.LabelledBy);
        output.Attribute("tabindex", "0").Line(">");
        output.Raw("<table");
        if (sticky is not null)
            output.Attribute("class", "sticky-labels");
        if (table.Caption.IsEmpty && table.LabelledBy is not null)
            output.Attribute("aria-labelledby", table.LabelledBy);
        output.Line(">");
        if (!table.Caption.IsEmpty)
        {
            output.Raw("<caption>");
            context.WriteInlines(table.Caption);
            output.Line("</caption>");
        }
        if (context.Options.ColumnWidths)
            WriteColumns(output, table.Columns);

        WriteSection(context, grid, "thead", 0, grid.HeaderRowCount, headers, sticky);
        WriteSection(context, grid, "tbody", grid.HeaderRowCount, grid.RowCount, headers, sticky);
        output.Line("</table>");
        output.Line("</div>");
    }

    private static void WriteColumns(HtmlOutput output, ColumnWidths columns)
    {
        output.Line("<colgroup>");
        foreach (var percent in columns.Percentages())
            output.Raw("<col").Attribute("style", $"width:{percent.ToString("0.##", CultureInfo.InvariantCulture)}%").Line(">");
        output.Line("</colgroup>");
    }

    private static void WriteSection(HtmlRenderContext context, TableGrid grid, string tag, int firstRow, int endRow,
        HtmlTableHeaders? headers, HtmlStickyLabels? sticky)
    {
        if (firstRow >= endRow)
            return;
        var output = context.Output;
        output.Line($"<{tag}>");
        for (var row = firstRow; row < endRow; row++)
        {
            output.Line("<tr>");
            foreach (var cell in grid.OriginsInRow(row))
                WriteCell(context, cell, headers, sticky);
            output.Line("</tr>");
        }
        output.Line($"</{tag}>");
    }

    private static void WriteCell(HtmlRenderContext context, Origin cell, HtmlTableHeaders? headers, HtmlStickyLabels? sticky)
    {
        var output = context.Output;
        var tag = cell.IsHeader ? "th" : "td";
        output.Raw("<" + tag);
        if (cell.IsHeader && headers is not null)
            output.Attribute("id", headers.IdOf(cell));
        if (ScopeOf(cell.Scope) is { } scope)
            output.Attribute("scope", scope);
        if (cell.ColSpan > 1)
            output.Attribute("colspan", cell.ColSpan.ToString(CultureInfo.InvariantCulture));
        if (cell.RowSpan > 1)
            output.Attribute("rowspan", cell.RowSpan.ToString(CultureInfo.InvariantCulture));
        if (headers?.HeadersOf(cell) is { } ids)
            output.Attribute("headers", ids);
        // Row labels are left-aligned by the th[scope^="row"] rule; other left cells need the class. Label cells
        // that stay in view while the table scrolls on a phone carry the sticky classes (HtmlStickyLabels).
        var classes = new List<string>();
        if (cell.Alignment == CellAlignment.Left && !cell.IsRowHeader)
            classes.Add("label");
        if (sticky is not null)
            classes.AddRange(sticky.ClassesOf(cell));
        if (classes.Count > 0)
            output.Attribute("class", string.Join(' ', classes));
        output.Raw(">");
        context.WriteInlines(cell.Content);
        output.Line($"</{tag}>");
    }

    private static string? ScopeOf(HeaderScope scope) => scope switch
    {
        HeaderScope.Column => "col",
        HeaderScope.ColumnGroup => "colgroup",
        HeaderScope.Row => "row",
        HeaderScope.RowGroup => "rowgroup",
        _ => null,
    };
}

using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace GovReportGen.Tests.EndToEnd;

/// <summary>One cell of an HTML table, placed on the grid rebuilt from colspan/rowspan.</summary>
public sealed record GridCell(IHtmlTableCellElement Element, string Section, int Row, int Col, int RowSpan, int ColSpan)
{
    public bool IsHeader => Element.LocalName == "th";
    public string Text => Element.TextContent.Trim();

    /// <summary>Position, span, tag and text in one line, so a whole table compares as text with a readable diff.</summary>
    public string Describe() => $"{Section} r{Row} c{Col} {RowSpan}x{ColSpan} {(IsHeader ? "th" : "td")} {Text}";
}

/// <summary>
/// An HTML table read back the way a browser lays it out (HTML's table model, simplified to what
/// reports use): each cell takes the next free slot of its row and covers rowspan × colspan slots.
/// Holes, overlaps and spans leaving their section are collected as problems rather than thrown.
/// </summary>
public sealed class HtmlTableGrid
{
    private readonly List<GridCell> _cells = new();
    private readonly Dictionary<(int Row, int Col), GridCell> _slots = new();
    private readonly List<string> _problems = new();

    public IReadOnlyList<GridCell> Cells => _cells;
    public IReadOnlyList<string> Problems => _problems;
    public int HeadRows { get; private set; }
    public int BodyRows { get; private set; }
    public int RowCount => HeadRows + BodyRows;
    public int ColumnCount { get; private set; }

    public GridCell? At(int row, int col) => _slots.GetValueOrDefault((row, col));

    public IEnumerable<GridCell> Head => _cells.Where(c => c.Section == "thead");
    public IEnumerable<GridCell> Body => _cells.Where(c => c.Section == "tbody");

    /// <summary>The number cells (td) in reading order: row by row, left to right.</summary>
    public IReadOnlyList<GridCell> Figures => _cells.Where(c => !c.IsHeader).ToList();

    public static HtmlTableGrid Read(IHtmlTableElement table)
    {
        var grid = new HtmlTableGrid();
        if (table.Foot is not null) grid._problems.Add("unexpected <tfoot>");
        var row = 0;
        if (table.Head is { } head)
        {
            grid.ReadSection("thead", head.Rows, row);
            grid.HeadRows = head.Rows.Length;
            row += grid.HeadRows;
        }
        // Rows placed directly in <table> are parsed into an implied tbody, so Bodies holds every body row.
        foreach (var body in table.Bodies)
        {
            grid.ReadSection("tbody", body.Rows, row);
            grid.BodyRows += body.Rows.Length;
            row += body.Rows.Length;
        }
        grid.ColumnCount = grid._slots.Count == 0 ? 0 : grid._slots.Keys.Max(k => k.Col) + 1;
        for (var r = 0; r < grid.RowCount; r++)
            for (var c = 0; c < grid.ColumnCount; c++)
                if (!grid._slots.ContainsKey((r, c))) grid._problems.Add($"hole at r{r} c{c}");
        return grid;
    }

    private void ReadSection(string section, IEnumerable<IHtmlTableRowElement> rows, int firstRow)
    {
        var rowList = rows.ToList();
        for (var i = 0; i < rowList.Count; i++)
        {
            var r = firstRow + i;
            var col = 0;
            foreach (var element in rowList[i].Cells)
            {
                while (_slots.ContainsKey((r, col))) col++;
                var rowSpan = Math.Max(1, (int)element.RowSpan);
                var colSpan = Math.Max(1, (int)element.ColumnSpan);
                var cell = new GridCell(element, section, r, col, rowSpan, colSpan);
                _cells.Add(cell);
                if (i + rowSpan > rowList.Count)
                    _problems.Add($"{cell.Describe()}: rowspan runs past the end of its <{section}>");
                for (var dr = 0; dr < rowSpan; dr++)
                    for (var dc = 0; dc < colSpan; dc++)
                        if (!_slots.TryAdd((r + dr, col + dc), cell))
                            _problems.Add($"{cell.Describe()}: overlaps {_slots[(r + dr, col + dc)].Describe()} at r{r + dr} c{col + dc}");
                col += colSpan;
            }
        }
    }

    /// <summary>The texts of the distinct cells covering <paramref name="col"/> in rows <paramref name="rows"/>, top down.</summary>
    public IReadOnlyList<string> ColumnPath(int col, IEnumerable<int> rows) =>
        rows.Select(r => At(r, col)).OfType<GridCell>().Distinct().Select(c => c.Text).ToList();

    /// <summary>The texts of the distinct cells covering <paramref name="cols"/> of row <paramref name="row"/>, left to right.</summary>
    public IReadOnlyList<string> RowPath(int row, IEnumerable<int> cols) =>
        cols.Select(c => At(row, c)).OfType<GridCell>().Distinct().Select(c => c.Text).ToList();
}

/// <summary>The three tables of a rendered report, each found through its section heading.</summary>
public static class ReportTables
{
    public const string Heading2 = "二、主动公开政府信息情况";
    public const string Heading3 = "三、收到和处理政府信息公开申请情况";
    public const string Heading4 = "四、政府信息公开行政复议、行政诉讼情况";

    public static IHtmlTableElement Table(IHtmlDocument doc, string heading)
    {
        var h2 = doc.QuerySelectorAll("h2").Where(h => h.TextContent.Trim() == heading).ToList();
        Assert.True(h2.Count == 1, $"expected one <h2>{heading}</h2>, found {h2.Count}");
        var id = h2[0].Id;
        Assert.False(string.IsNullOrEmpty(id), $"<h2>{heading}</h2> has no id for aria-labelledby to point at");
        var tables = doc.QuerySelectorAll("table").OfType<IHtmlTableElement>()
            .Where(t => t.GetAttribute("aria-labelledby") == id).ToList();
        Assert.True(tables.Count == 1, $"expected one table with aria-labelledby=\"{id}\" ({heading}), found {tables.Count}");
        return tables[0];
    }

    public static HtmlTableGrid Grid(IHtmlDocument doc, string heading)
    {
        var grid = HtmlTableGrid.Read(Table(doc, heading));
        Assert.True(grid.Problems.Count == 0, $"{heading}: the table does not form a clean grid:\n" + string.Join("\n", grid.Problems));
        return grid;
    }

    /// <summary>The last &lt;h2&gt; before <paramref name="element"/> in document order: the section it sits in.</summary>
    public static IElement? SectionHeadingOf(IHtmlDocument doc, IElement element)
    {
        IElement? last = null;
        foreach (var e in doc.All)
        {
            if (e == element) return last;
            if (e.LocalName == "h2") last = e;
        }
        return null;
    }
}

namespace GovReportGen.Writers.Pdf.Layout.Tables;

/// <summary>
/// The borders of one page's piece of a table, collapsed: every cell edge is recorded as unit segments of the
/// grid (one column wide, or one row high), so an edge shared by two cells is drawn once, then runs of
/// segments on one line are joined into a single stroke.
/// </summary>
internal sealed class TableBorders
{
    private readonly SortedSet<(int Line, int Unit)> _horizontal = [];
    private readonly SortedSet<(int Line, int Unit)> _vertical = [];

    /// <summary>Adds the box of rows [<paramref name="rowFrom"/>, <paramref name="rowTo"/>) × columns [<paramref name="columnFrom"/>, <paramref name="columnTo"/>) in page-row indices.</summary>
    public void AddBox(int rowFrom, int rowTo, int columnFrom, int columnTo)
    {
        for (var c = columnFrom; c < columnTo; c++)
        {
            _horizontal.Add((rowFrom, c));
            _horizontal.Add((rowTo, c));
        }
        for (var r = rowFrom; r < rowTo; r++)
        {
            _vertical.Add((columnFrom, r));
            _vertical.Add((columnTo, r));
        }
    }

    /// <summary>Draws the strokes; <paramref name="rowY"/> and <paramref name="columnX"/> give each grid line's position.</summary>
    public void Draw(PageCanvas canvas, IReadOnlyList<double> rowY, IReadOnlyList<double> columnX)
    {
        foreach (var (line, from, to) in Runs(_horizontal))
            canvas.Rule(columnX[from], rowY[line], columnX[to], rowY[line]);
        foreach (var (line, from, to) in Runs(_vertical))
            canvas.Rule(columnX[line], rowY[from], columnX[line], rowY[to]);
    }

    /// <summary>Consecutive units on one line, as (line, first unit, end unit).</summary>
    private static IEnumerable<(int Line, int From, int To)> Runs(SortedSet<(int Line, int Unit)> segments)
    {
        (int Line, int From, int To)? current = null;
        foreach (var (line, unit) in segments)
        {
            if (current is { } run && run.Line == line && run.To == unit)
            {
                current = run with { To = unit + 1 };
                continue;
            }
            if (current is { } done)
                yield return done;
            current = (line, unit, unit + 1);
        }
        if (current is { } last)
            yield return last;
    }
}

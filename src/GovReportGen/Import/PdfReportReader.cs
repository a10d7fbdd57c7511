using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace GovReportGen.Import;

/// <summary>
/// Reads a published PDF: tables are rebuilt from the ruling lines of each page (a lattice: the distinct x and y of
/// the lines give the grid, a missing line between two slots makes them one spanning cell), and every letter is put
/// into the cell its centre falls in. Text order in the file is never trusted for tables. The letters outside tables
/// become lines, and lines become paragraphs by indentation and font, the way a reader sees them.
/// </summary>
internal static class PdfReportReader
{
    public const string Kind = "PDF";

    /// <summary>Lines closer than this (points) are one line: borders drawn twice, or half a line width apart.</summary>
    private const double Snap = 1.5;

    private sealed record Segment(bool Horizontal, double At, double From, double To);

    private sealed record Glyph(string Value, double X, double Right, double Baseline, double Size, string Font)
    {
        public double CentreX => (X + Right) / 2;
        public double CentreY => Baseline + Size * 0.35;
    }

    private sealed record TextLine(int Page, double Left, double Right, double Baseline, double Size, string Font, string Text);

    public static SourceDocument Read(string file, byte[] bytes)
    {
        using var pdf = PdfDocument.Open(bytes);
        var tables = new List<SourceTable>();
        var lines = new List<TextLine>();
        double? leftMargin = null, rightMargin = null;
        foreach (var page in pdf.GetPages())
        {
            var glyphs = page.Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value))
                .Select(l => new Glyph(l.Value, l.StartBaseLine.X, Math.Max(l.EndBaseLine.X, l.StartBaseLine.X + l.Width), l.StartBaseLine.Y, l.PointSize, l.FontName ?? ""))
                .ToList();
            var grids = Grids(Segments(page)).ToList();
            var inTables = new HashSet<Glyph>();
            foreach (var grid in grids)
            {
                var table = Fill(grid, glyphs, inTables, page.Number, tables.Count + 1);
                if (table is not null) tables.Add(table);
            }
            var outside = glyphs.Where(g => !inTables.Contains(g)).ToList();
            var pageLines = Lines(outside, page.Number).Where(l => !IsPageNumber(l, page.Height)).ToList();
            lines.AddRange(pageLines);
            if (pageLines.Count > 0)
            {
                leftMargin = Math.Min(leftMargin ?? double.MaxValue, pageLines.Min(l => l.Left));
                rightMargin = Math.Max(rightMargin ?? double.MinValue, pageLines.Max(l => l.Right));
            }
        }
        return new SourceDocument(file, Kind, tables, Paragraphs(lines, leftMargin ?? 0, rightMargin ?? 0));
    }

    /// <summary>Straight segments of the page's paths: stroked lines, and thin filled rectangles (how some producers draw borders).</summary>
    private static List<Segment> Segments(Page page)
    {
        var segments = new List<Segment>();
        void Add(PdfPoint a, PdfPoint b)
        {
            if (Math.Abs(a.Y - b.Y) < 0.5 && Math.Abs(a.X - b.X) > Snap) segments.Add(new Segment(true, (a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
            else if (Math.Abs(a.X - b.X) < 0.5 && Math.Abs(a.Y - b.Y) > Snap) segments.Add(new Segment(false, (a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
        }
        foreach (var path in page.Paths)
        {
            if (path.IsClipping) continue;
            foreach (var subpath in path)
            {
                var box = subpath.GetBoundingRectangle();
                if (box is { } r && path.IsFilled && !path.IsStroked && (r.Width <= 2.5 || r.Height <= 2.5))
                {
                    // A thin filled bar is a ruling line along its long side.
                    if (r.Width > r.Height) Add(new PdfPoint(r.Left, r.Bottom + r.Height / 2), new PdfPoint(r.Right, r.Bottom + r.Height / 2));
                    else Add(new PdfPoint(r.Left + r.Width / 2, r.Bottom), new PdfPoint(r.Left + r.Width / 2, r.Top));
                    continue;
                }
                // A filled area (a page background, a shaded cell) is not a border: its edges would frame the whole page.
                if (!path.IsStroked) continue;
                PdfPoint? start = null, current = null;
                foreach (var command in subpath.Commands)
                {
                    switch (command)
                    {
                        case PdfSubpath.Move m: start = current = m.Location; break;
                        case PdfSubpath.Line l: Add(l.From, l.To); current = l.To; break;
                        case PdfSubpath.Close when start is { } s && current is { } c: Add(c, s); current = s; break;
                    }
                }
            }
        }
        return segments;
    }

    /// <summary>One table's lattice: the sorted distinct x (columns' edges) and y (rows' edges, top first) and its lines.</summary>
    private sealed record Lattice(double[] Xs, double[] Ys, List<Segment> Lines);

    /// <summary>Groups touching segments into tables (connected components) and gives each its lattice.</summary>
    private static IEnumerable<Lattice> Grids(List<Segment> segments)
    {
        var parent = Enumerable.Range(0, segments.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var i = 0; i < segments.Count; i++)
            for (var j = i + 1; j < segments.Count; j++)
                if (Touch(segments[i], segments[j])) parent[Find(i)] = Find(j);
        foreach (var group in Enumerable.Range(0, segments.Count).GroupBy(Find))
        {
            var lines = group.Select(i => segments[i]).ToList();
            var xs = Distinct(lines.Where(l => !l.Horizontal).Select(l => l.At)).ToArray();
            var ys = Distinct(lines.Where(l => l.Horizontal).Select(l => l.At)).OrderByDescending(y => y).ToArray();
            if (xs.Length >= 2 && ys.Length >= 2) yield return new Lattice(xs, ys, lines);
        }
    }

    private static bool Touch(Segment a, Segment b)
    {
        if (a.Horizontal == b.Horizontal)
            return Math.Abs(a.At - b.At) <= Snap && a.From <= b.To + Snap && b.From <= a.To + Snap;
        var (h, v) = a.Horizontal ? (a, b) : (b, a);
        return v.At >= h.From - Snap && v.At <= h.To + Snap && h.At >= v.From - Snap && h.At <= v.To + Snap;
    }

    private static IEnumerable<double> Distinct(IEnumerable<double> values)
    {
        double? last = null;
        foreach (var v in values.Order())
        {
            if (last is { } l && v - l <= Snap) continue;
            last = v;
            yield return v;
        }
    }

    private static bool Covered(IEnumerable<Segment> lines, bool horizontal, double at, double from, double to) =>
        lines.Any(l => l.Horizontal == horizontal && Math.Abs(l.At - at) <= Snap && l.From <= from + Snap && l.To >= to - Snap);

    /// <summary>The lattice's slots merged where no line separates them, with the letters inside each cell.</summary>
    private static SourceTable? Fill(Lattice grid, List<Glyph> glyphs, HashSet<Glyph> taken, int page, int number)
    {
        int rows = grid.Ys.Length - 1, columns = grid.Xs.Length - 1;
        var owner = new int[rows, columns];
        var parent = Enumerable.Range(0, rows * columns).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        for (var r = 0; r < rows; r++)
            for (var c = 0; c < columns; c++)
            {
                var (top, bottom, left, right) = (grid.Ys[r], grid.Ys[r + 1], grid.Xs[c], grid.Xs[c + 1]);
                // No vertical line between this slot and the one to its right over the row's middle: one cell.
                var mid = (top + bottom) / 2;
                if (c + 1 < columns && !Covered(grid.Lines, false, right, mid - 0.25, mid + 0.25)) parent[Find(r * columns + c)] = Find(r * columns + c + 1);
                var centre = (left + right) / 2;
                if (r + 1 < rows && !Covered(grid.Lines, true, bottom, centre - 0.25, centre + 0.25)) parent[Find(r * columns + c)] = Find((r + 1) * columns + c);
            }
        var builder = new List<SourceCell>();
        var groups = Enumerable.Range(0, rows * columns).GroupBy(Find).OrderBy(g => g.Min());
        var cellGlyphs = new Dictionary<int, List<Glyph>>();
        foreach (var glyph in glyphs)
        {
            if (glyph.CentreX <= grid.Xs[0] || glyph.CentreX >= grid.Xs[^1] || glyph.CentreY >= grid.Ys[0] || glyph.CentreY <= grid.Ys[^1]) continue;
            var c = Array.FindLastIndex(grid.Xs, x => x <= glyph.CentreX);
            var r = Array.FindLastIndex(grid.Ys, y => y >= glyph.CentreY);
            if (c < 0 || r < 0 || c >= columns || r >= rows) continue;
            var root = Find(r * columns + c);
            (cellGlyphs.TryGetValue(root, out var list) ? list : cellGlyphs[root] = new List<Glyph>()).Add(glyph);
            taken.Add(glyph);
        }
        foreach (var group in groups)
        {
            var slots = group.Select(i => (Row: i / columns, Column: i % columns)).ToList();
            var (r0, c0) = (slots.Min(s => s.Row), slots.Min(s => s.Column));
            var (r1, c1) = (slots.Max(s => s.Row), slots.Max(s => s.Column));
            var text = cellGlyphs.TryGetValue(group.Key, out var inside) ? string.Join("\n", Lines(inside, page).Select(l => l.Text)) : "";
            builder.Add(new SourceCell(text, r0, c0, r1 - r0 + 1, c1 - c0 + 1, $"PDF第{page}页表格{number}第{r0 + 1}行第{c0 + 1}列"));
        }
        // A lone box (a frame around a heading, a text box) is not a table.
        if (rows < 2 || columns < 2) return null;
        return new SourceTable(number, builder);
    }

    /// <summary>Letters into lines: same baseline (within a third of the size), left to right, a space where a gap is wide.</summary>
    private static List<TextLine> Lines(List<Glyph> glyphs, int page)
    {
        var result = new List<TextLine>();
        foreach (var run in Cluster(glyphs.OrderByDescending(g => g.Baseline).ThenBy(g => g.X).ToList()))
        {
            var ordered = run.OrderBy(g => g.X).ToList();
            var b = new StringBuilder();
            Glyph? previous = null;
            foreach (var g in ordered)
            {
                if (previous is not null && g.X - previous.Right > g.Size * 0.3) b.Append(' ');
                b.Append(g.Value);
                previous = g;
            }
            var size = ordered.GroupBy(g => Math.Round(g.Size, 1)).MaxBy(x => x.Count())!.Key;
            var font = ordered.GroupBy(g => g.Font).MaxBy(x => x.Count())!.Key;
            result.Add(new TextLine(page, ordered[0].X, ordered[^1].Right, ordered[0].Baseline, size, font, b.ToString()));
        }
        return result;
    }

    private static IEnumerable<List<Glyph>> Cluster(List<Glyph> byBaseline)
    {
        var current = new List<Glyph>();
        foreach (var g in byBaseline)
        {
            if (current.Count > 0 && Math.Abs(current[0].Baseline - g.Baseline) > Math.Max(current[0].Size, g.Size) / 3)
            {
                yield return current;
                current = new List<Glyph>();
            }
            current.Add(g);
        }
        if (current.Count > 0) yield return current;
    }

    /// <summary>A folio (<c>— 3 —</c>, <c>3</c>) in the top or bottom tenth of the page is not text of the report.</summary>
    private static bool IsPageNumber(TextLine line, double pageHeight)
    {
        var text = Labels.Squeeze(line.Text).Trim('—', '-', '–', '－', '第', '页');
        var margin = line.Baseline < pageHeight * 0.1 || line.Baseline > pageHeight * 0.92;
        return margin && text.Length > 0 && text.All(char.IsAsciiDigit);
    }

    /// <summary>
    /// Lines into paragraphs: a paragraph begins where a line is indented, set in another size or font, or follows a
    /// line that stopped short of the right margin (a heading, a paragraph's last line). A page break does not end one.
    /// </summary>
    private static List<SourceParagraph> Paragraphs(List<TextLine> lines, double left, double right)
    {
        var paragraphs = new List<SourceParagraph>();
        var current = new List<TextLine>();
        void Flush()
        {
            if (current.Count == 0) return;
            var text = TextTidy.JoinLines(current.Select(l => l.Text));
            paragraphs.Add(new SourceParagraph(text, null, $"PDF第{current[0].Page}页第{paragraphs.Count + 1}段"));
            current.Clear();
        }
        foreach (var line in lines)
        {
            if (current.Count > 0)
            {
                var previous = current[^1];
                var indented = line.Left > left + line.Size * 0.8;
                var shortBefore = previous.Right < right - previous.Size * 1.5;
                var otherType = Math.Abs(previous.Size - line.Size) > 0.5 || previous.Font != line.Font;
                if (indented || shortBefore || otherType) Flush();
            }
            current.Add(line);
        }
        Flush();
        return paragraphs;
    }
}

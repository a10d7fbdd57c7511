using System.Text;
using GovReportGen.Data.Model;
using GovReportGen.Diagnostics;
using GovReportGen.Documents;
using GovReportGen.Documents.Tables;

namespace GovReportGen.Templating;

/// <summary>
/// GRG4009: compares the Document a report's templates produced with its format's <see cref="OfficialStructure"/>,
/// so no edited template or agency override can publish a renamed heading, a moved or missing row, or a figure
/// cell showing another cell's value. Checked: the level-2 headings and their order; each official table under its
/// heading, its head rows, and its grid slot by slot — labels, spans, and the key each figure cell shows. Free:
/// the title, the sub-headings, paragraphs (narrative, intro sentences before a table). Labels are compared as
/// printing may change them: line breaks, spaces and full/half-width parentheses do not count.
/// Each finding is located where the template wrote the element (for a cell a template function printed, the
/// function's call).
/// </summary>
internal static class OfficialStructureCheck
{
    public const string DiagnosticId = "GRG4009";

    /// <summary>A table whose rows all moved (one deleted) would give a finding per row; the first ones say it.</summary>
    private const int MaxFindingsPerTable = 12;

    /// <summary>Per row, the findings listed; the rest of the row is counted in the last one.</summary>
    private const int MaxFindingsPerRow = 2;

    /// <param name="fallback">Where to point when the Document has no element to blame (e.g. a missing heading in an empty report).</param>
    public static IReadOnlyList<Diagnostic> Check(Document document, OfficialStructure structure, SourceSpan fallback)
    {
        var findings = new DiagnosticBag();
        var headings = document.Blocks.OfType<Heading>().Where(h => h.Level == 2).ToList();
        CheckHeadings(headings, structure.SectionHeadings, fallback, findings);
        CheckTables(document, structure, fallback, findings);
        return findings.Items;
    }

    /// <summary>Label text as compared: no line breaks or spaces, parentheses half-width.</summary>
    public static string NormalizeLabel(string text)
    {
        var normalized = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            if (char.IsWhiteSpace(ch)) continue;
            normalized.Append(ch switch { '（' => '(', '）' => ')', _ => ch });
        }
        return normalized.ToString();
    }

    private static bool SameLabel(string actual, string expected) => NormalizeLabel(actual) == NormalizeLabel(expected);

    private static string Text(IEnumerable<Inline> inlines) => InlineText.ToSingleLine(inlines);

    private static void CheckHeadings(List<Heading> headings, IReadOnlyList<string> expected, SourceSpan fallback, DiagnosticBag findings)
    {
        var actual = headings.Select(h => Text(h.Inlines)).ToList();
        // Align the two lists (edit distance) so one missing or added heading is one finding, not one per heading after it.
        var cost = new int[actual.Count + 1, expected.Count + 1];
        for (var i = 0; i <= actual.Count; i++) cost[i, 0] = i;
        for (var j = 0; j <= expected.Count; j++) cost[0, j] = j;
        for (var i = 1; i <= actual.Count; i++)
            for (var j = 1; j <= expected.Count; j++)
                cost[i, j] = Math.Min(
                    cost[i - 1, j - 1] + (SameLabel(actual[i - 1], expected[j - 1]) ? 0 : 1),
                    Math.Min(cost[i - 1, j], cost[i, j - 1]) + 1);

        var steps = new List<(int Actual, int Expected)>();
        for (int i = actual.Count, j = expected.Count; i > 0 || j > 0;)
        {
            if (i > 0 && j > 0 && cost[i, j] == cost[i - 1, j - 1] + (SameLabel(actual[i - 1], expected[j - 1]) ? 0 : 1))
                steps.Add((--i, --j));
            else if (i > 0 && cost[i, j] == cost[i - 1, j] + 1)
                steps.Add((--i, -1));
            else
                steps.Add((-1, --j));
        }
        steps.Reverse();

        for (var s = 0; s < steps.Count; s++)
        {
            var (a, e) = steps[s];
            if (a >= 0 && e >= 0)
            {
                if (!SameLabel(actual[a], expected[e]))
                    findings.Error(DiagnosticId, headings[a].Source ?? fallback, $"章节标题“{actual[a]}”与官方格式“{expected[e]}”不一致");
            }
            else if (a >= 0)
                findings.Error(DiagnosticId, headings[a].Source ?? fallback,
                    $"章节标题“{actual[a]}”不在官方格式中：二级标题只能是官方的六个章节标题（{string.Join("、", expected.Select(h => h[..1]))}），其下的小标题用 h3");
            else
            {
                // Point at the heading that now stands where the missing one belongs (or the last one).
                var next = steps.Skip(s + 1).Where(x => x.Actual >= 0).Select(x => (int?)x.Actual).FirstOrDefault();
                var at = (next is { } n ? headings[n].Source : headings.LastOrDefault()?.Source) ?? fallback;
                findings.Error(DiagnosticId, at, $"缺少官方格式的章节标题“{expected[e]}”");
            }
        }
    }

    private static void CheckTables(Document document, OfficialStructure structure, SourceSpan fallback, DiagnosticBag findings)
    {
        var tables = new List<(Table Table, int Section)>();
        var section = -1;
        foreach (var block in document.Blocks)
        {
            if (block is Heading { Level: 2 }) section++;
            else if (block is Table table) tables.Add((table, section));
        }

        var expected = structure.Tables;
        for (var t = 0; t < Math.Max(tables.Count, expected.Count); t++)
        {
            if (t >= tables.Count)
            {
                var at = tables.Count > 0 ? tables[^1].Table.Source ?? fallback : fallback;
                findings.Error(DiagnosticId, at, $"缺少{expected[t].Name}：官方格式在“{structure.SectionHeadings[expected[t].Section]}”之下有{expected[t].Name}");
                continue;
            }
            var (actual, actualSection) = tables[t];
            var tableAt = actual.Source ?? fallback;
            if (t >= expected.Count)
            {
                findings.Error(DiagnosticId, tableAt, $"表格不在官方格式中：官方格式只有{string.Join("、", expected.Select(x => x.Name))}{expected.Count}张表格");
                continue;
            }
            var spec = expected[t];
            if (actualSection != spec.Section)
                findings.Error(DiagnosticId, tableAt, $"{spec.Name}应位于章节“{structure.SectionHeadings[spec.Section]}”之下");
            new GridComparison(spec, actual, tableAt, findings).Run();
        }
    }

    /// <summary>One official table against the grid a template produced, slot by slot.</summary>
    private sealed class GridComparison(OfficialTable spec, Table actual, SourceSpan tableAt, DiagnosticBag findings)
    {
        private readonly TableGrid _grid = actual.Grid;
        private int _reported;
        private int _unreported;

        public void Run()
        {
            var expected = Place(spec);
            var expectedColumns = expected.Count == 0 ? 0 : expected[0].Length;
            if (_grid.HeaderRowCount != spec.HeaderRows)
                Report(tableAt, $"{spec.Name}的表头（thead）有 {_grid.HeaderRowCount} 行，官方格式为 {spec.HeaderRows} 行");
            if (_grid.RowCount != expected.Count || _grid.ColumnCount != expectedColumns)
                Report(tableAt, $"{spec.Name}有 {_grid.RowCount} 行 {_grid.ColumnCount} 列，官方格式为 {expected.Count} 行 {expectedColumns} 列");

            for (var r = 0; r < Math.Min(_grid.RowCount, expected.Count); r++)
            {
                var rowFindings = new List<(SourceSpan At, string Message)>();
                for (var c = 0; c < Math.Min(_grid.ColumnCount, expectedColumns); c++)
                    if (Compare(r, c, expected[r][c]) is { } finding)
                        rowFindings.Add(finding);
                for (var i = 0; i < Math.Min(rowFindings.Count, MaxFindingsPerRow); i++)
                {
                    var (at, message) = rowFindings[i];
                    var more = rowFindings.Count - MaxFindingsPerRow;
                    Report(at, i == MaxFindingsPerRow - 1 && more > 0 ? $"{message}（本行另有 {more} 处不一致）" : message);
                }
            }
            if (_unreported > 0)
                findings.Error(DiagnosticId, tableAt, $"{spec.Name}另有 {_unreported} 处与官方格式不一致（只列出前 {MaxFindingsPerTable} 处）");
        }

        private void Report(SourceSpan at, string message)
        {
            if (_reported++ < MaxFindingsPerTable) findings.Error(DiagnosticId, at, message);
            else _unreported++;
        }

        private (SourceSpan, string)? Compare(int r, int c, ExpectedSlot slot)
        {
            var where = $"{spec.Name}第{r + 1}行第{c + 1}列";
            var actualSlot = _grid[r, c];
            if (!slot.IsOrigin)
            {
                // The official table has no cell starting here: it is covered by a spanning cell above or to the left.
                return actualSlot is Origin extra
                    ? (extra.Source ?? tableAt, $"{where}多出单元格{Describe(extra)}：官方格式中此处属于跨行或跨列的“{slot.Cell.Name}”")
                    : null;
            }
            var cell = slot.Cell;
            if (actualSlot is not Origin origin)
            {
                var owner = actualSlot.Owner;
                return (owner.Source ?? tableAt, $"{where}应为{Expected(cell)}，却被跨行或跨列的单元格{Describe(owner)}覆盖");
            }
            var at = origin.Source ?? tableAt;
            if (cell.IsFigure)
            {
                var figure = $"{cell.Name}（{spec.Name}第{r + 1}行第{c + 1}列）";
                if (origin.Kind != CellKind.Data)
                    return (at, $"{figure}应为数字单元格，显示 {cell.Key}，实为标签{Describe(origin)}");
                if (origin.Key is null)
                    return (at, $"{figure}应显示 {cell.Key}，但单元格没有注明所显示的键（data-key）：数字单元格请用 functions.sbn 的 cell 函数输出");
                if (origin.Key != cell.Key)
                    return (at, $"{figure}应显示 {cell.Key}，模板在此显示的却是 {origin.Key}");
            }
            else
            {
                if (origin.Kind != CellKind.Header)
                    return (at, $"{where}应为标签“{cell.Label}”，实为数字单元格{Describe(origin)}");
                if (!SameLabel(origin.PlainText, cell.Label!))
                    return (at, $"{where}标签“{Text(origin.Content)}”与官方格式“{cell.Label}”不一致");
            }
            if (origin.RowSpan != cell.RowSpan || origin.ColSpan != cell.ColSpan)
                return (at, $"{where}{Describe(origin)}跨 {origin.RowSpan} 行 {origin.ColSpan} 列，官方格式为跨 {cell.RowSpan} 行 {cell.ColSpan} 列");
            return null;
        }

        private static string Expected(OfficialCell cell) => cell.IsFigure ? $"数字单元格{cell.Name}（{cell.Key}）" : $"标签“{cell.Label}”";

        private static string Describe(Origin origin) =>
            origin.Kind == CellKind.Data && origin.Key is not null ? $"“{Text(origin.Content)}”（{origin.Key}）" : $"“{Text(origin.Content)}”";
    }

    private readonly record struct ExpectedSlot(OfficialCell Cell, bool IsOrigin);

    /// <summary>The official table's cells placed into a grid the way the HTML table model places markup cells.</summary>
    private static List<ExpectedSlot[]> Place(OfficialTable spec)
    {
        var width = spec.Rows.Count == 0 ? 0 : spec.Rows[0].Sum(cell => cell.ColSpan);
        var slots = spec.Rows.Select(_ => new ExpectedSlot?[width]).ToList();
        for (var r = 0; r < spec.Rows.Count; r++)
        {
            var c = 0;
            foreach (var cell in spec.Rows[r])
            {
                while (slots[r][c] is not null) c++;
                for (var dr = 0; dr < cell.RowSpan; dr++)
                    for (var dc = 0; dc < cell.ColSpan; dc++)
                        slots[r + dr][c + dc] = new ExpectedSlot(cell, dr == 0 && dc == 0);
                c += cell.ColSpan;
            }
        }
        return slots.Select(row => row.Select(slot => slot!.Value).ToArray()).ToList();
    }
}

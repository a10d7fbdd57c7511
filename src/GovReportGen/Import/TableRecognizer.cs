using GovReportGen.Data.Model;
using GovReportGen.Diagnostics;

namespace GovReportGen.Import;

/// <summary>The figures a source's tables yield for one format, with every assumption and every cell left out.</summary>
internal sealed record TableReading(IFormatDefinition Format, IReadOnlyDictionary<string, decimal> Figures,
    IReadOnlyList<ImportFinding> Findings, int Expected, int Read);

/// <summary>
/// Maps the printed tables' cells to keys by their labels, never by their order: a figure belongs to the official
/// cell whose row label and column labels it sits under (docs/import.md §2). Which format the report uses is the one
/// whose official cells the tables match best.
/// </summary>
internal static class TableRecognizer
{
    public static TableReading Recognise(SourceDocument source, IReadOnlyList<IFormatDefinition> formats, int? yearHint)
    {
        TableReading? best = null;
        foreach (var format in formats)
        {
            var reading = Read(source, format);
            var better = best is null || reading.Read > best.Read
                || (reading.Read == best.Read && yearHint is { } y && y >= format.FirstYear && (format.LastYear is null || y <= format.LastYear));
            if (better) best = reading;
        }
        return best!;
    }

    private sealed record Match(OfficialFigureCell Official, SourceCell Cell, bool Loose, string Printed);

    public static TableReading Read(SourceDocument source, IFormatDefinition format)
    {
        var official = OfficialCells.Of(format);
        // Every printed label meets every official one many times over (each figure is matched by its row and column
        // labels); a report has a few hundred distinct labels, so the comparisons are remembered for this reading.
        var compared = new Dictionary<(string, string), LabelMatch>();
        LabelMatch compare(string printed, string officialLabel)
        {
            if (!compared.TryGetValue((printed, officialLabel), out var m)) compared[(printed, officialLabel)] = m = Labels.Compare(printed, officialLabel);
            return m;
        }
        var columnLeaves = official.Select(o => o.ColumnLeaf).Distinct().ToList();
        var columnWords = official.SelectMany(o => o.ColumnLabels).Select(Labels.Core).Where(w => w.Length > 0).ToHashSet();
        var isColumnLabel = new Dictionary<string, bool>();
        bool IsColumnLabel(string text)
        {
            if (!isColumnLabel.TryGetValue(text, out var known)) isColumnLabel[text] = known = columnWords.Contains(Labels.Core(text));
            return known;
        }
        var findings = new List<ImportFinding>();
        var matches = new List<Match>();
        var extraColumns = new Dictionary<(int Table, int Column), string>();
        var unknownRows = new List<(SourceTable Table, int Row, string Label, string Where)>();
        (SourceTable Table, IReadOnlyList<int> Rows)? lastHeader = null;

        foreach (var table in source.Tables)
        {
            var tableMatched = false;
            var labelRow = Enumerable.Range(0, table.RowCount).Select(r => TableLayout.IsLabelRow(table, r, IsColumnLabel)).ToArray();
            List<int> LabelRowsAbove(int row)
            {
                var rows = new List<int>();
                var above = row - 1;
                while (above >= 0 && !labelRow[above]) above--;
                while (above >= 0 && labelRow[above]) rows.Insert(0, above--);
                return rows;
            }
            for (var r = 0; r < table.RowCount; r++)
            {
                if (labelRow[r]) continue;
                var own = LabelRowsAbove(r);
                (SourceTable Table, IReadOnlyList<int> Rows)? header = own.Count > 0 ? (table, own)
                    // A table split across pages without its header repeated: the part goes on under the last header seen.
                    : lastHeader is { } h && h.Table.ColumnCount == table.ColumnCount ? h : null;
                if (own.Count > 0) lastHeader = (table, own);

                IReadOnlyList<string> ColumnLabels(int c) => header is { } hh ? TableLayout.ColumnLabels(hh.Table, hh.Rows, c) : Array.Empty<string>();
                bool UnderFigureHeading(int c) => ColumnLabels(c) is { Count: > 0 } l && columnLeaves.Any(leaf => compare(l[^1], leaf) != LabelMatch.None);
                // A figure column is one under an official figure heading, or one whose cell here holds a number (an
                // extra column such as 小计, listed later). A blank under a label heading is a label cell left empty
                // (a vertical merge going on after a page break), not a figure.
                bool IsFigureColumn(int c) => table.Slots[r, c] is { } cell
                    && (UnderFigureHeading(c) || (TableLayout.LooksLikeFigure(cell.Text) && Labels.Squeeze(cell.Text).Length > 0));
                var figureColumns = Enumerable.Range(0, table.ColumnCount).Where(IsFigureColumn).ToList();
                if (figureColumns.Count == 0) continue;
                var rowLabels = TableLayout.RowLabels(table, r, figureColumns[0], c => !figureColumns.Contains(c));
                var rowLeaf = rowLabels.Count == 0 ? null : rowLabels[^1];

                var rowMatched = false;
                SourceCell? previous = null;
                foreach (var c in figureColumns)
                {
                    var cell = table.Slots[r, c]!;
                    if (ReferenceEquals(cell, previous)) continue; // a figure spanning columns is one cell
                    previous = cell;
                    var columnLabels = ColumnLabels(c);
                    var found = Best(official, rowLabels, columnLabels, compare);
                    if (found is { } m)
                    {
                        matches.Add(new Match(m.Cell, cell, m.Loose, m.Printed));
                        rowMatched = tableMatched = true;
                    }
                    else if (columnLabels.Count > 0 && !columnLeaves.Any(leaf => compare(columnLabels[^1], leaf) != LabelMatch.None))
                        extraColumns.TryAdd((table.Number, c), string.Join("/", columnLabels));
                }
                if (!rowMatched && rowLeaf is not null) unknownRows.Add((table, r, rowLeaf, table.Slots[r, 0]?.Where ?? $"表格{table.Number}第{r + 1}行"));
            }
            if (tableMatched)
            {
                foreach (var (c, label) in extraColumns.Where(e => e.Key.Table == table.Number).Select(e => (e.Key.Column, e.Value)).OrderBy(e => e.Column))
                {
                    findings.Add(new ImportFinding(ImportRules.ExtraColumn, Severity.Warning, $"{source.Kind}表格{table.Number}第{c + 1}列",
                        $"“{Labels.Squeeze(label)}”列不是官方表格的列，未导入"));
                }
            }
        }
        foreach (var (table, _, label, where) in unknownRows.DistinctBy(u => (u.Table.Number, u.Row)))
        {
            if (!matches.Any(m => table.Cells.Contains(m.Cell))) continue; // not one of the official tables
            findings.Add(new ImportFinding(ImportRules.ExtraRow, Severity.Warning, where, $"“{Labels.Squeeze(label)}”行不是官方表格的行，未导入"));
        }

        // One value per official cell: two printed cells for one key must agree (a part repeated after a page break).
        var figures = new SortedDictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var group in matches.GroupBy(m => m.Official.Key))
        {
            var first = group.First();
            var o = first.Official;
            var readings = group.Select(m => (m, CellValues.Read(m.Cell.Text, o.Kind))).ToList();
            var distinct = readings.Where(x => x.Item2.IsRead).Select(x => x.Item2.Value!.Value).Distinct().ToList();
            if (distinct.Count > 1)
            {
                findings.Add(new ImportFinding(ImportRules.Conflict, Severity.Error, string.Join("；", group.Select(g => g.Cell.Where)),
                    $"{o.Name}：同一单元格印有不同的数字（{string.Join("、", group.Select(g => Labels.Squeeze(g.Cell.Text)))}），未导入")
                    { Cell = o.Name, KeyPath = o.Key });
                continue;
            }
            var (match, reading) = readings.FirstOrDefault(x => x.Item2.IsRead) is { Item1: not null } ok ? ok : readings[0];
            if (match.Loose)
                findings.Add(new ImportFinding(ImportRules.LooseLabel, Severity.Warning, match.Cell.Where,
                    $"{o.Name}：标签“{Labels.Squeeze(match.Printed)}”按官方标签宽松匹配") { Cell = o.Name, KeyPath = o.Key });
            if (!reading.IsRead)
            {
                findings.Add(new ImportFinding(ImportRules.Unreadable, Severity.Error, match.Cell.Where,
                    $"{o.Name}：{reading.Problem}，未导入（请核对原文后填写）") { Cell = o.Name, KeyPath = o.Key, Actual = Labels.Squeeze(match.Cell.Text) });
                continue;
            }
            if (reading.Assumption is not null)
                findings.Add(new ImportFinding(reading.AssumptionId!, Severity.Warning, match.Cell.Where, $"{o.Name}：{reading.Assumption}")
                    { Cell = o.Name, KeyPath = o.Key, Actual = Labels.Squeeze(match.Cell.Text) });
            figures[o.Key] = reading.Value!.Value;
        }
        foreach (var o in official.Where(o => !matches.Any(m => m.Official.Key == o.Key)))
        {
            if (o.IsTotal) continue; // derived when left out (docs/formats.md §5)
            findings.Add(new ImportFinding(ImportRules.Missing, Severity.Error, source.Kind, $"{o.Name}：原文中没有找到此单元格，未导入")
                { Cell = o.Name, KeyPath = o.Key });
        }
        var expected = official.Count;
        return new TableReading(format, figures, findings, expected, figures.Count);
    }

    /// <summary>The official cell a printed figure sits under: row and column leaves must match, the other labels break ties.</summary>
    private static (OfficialFigureCell Cell, bool Loose, string Printed)? Best(IReadOnlyList<OfficialFigureCell> official,
        IReadOnlyList<string> rowLabels, IReadOnlyList<string> columnLabels, Func<string, string, LabelMatch> compare)
    {
        if (columnLabels.Count == 0) return null;
        var rowLeaf = rowLabels.Count == 0 ? null : rowLabels[^1];
        var scored = new List<(OfficialFigureCell Cell, int Score, bool Loose, string Printed)>();
        foreach (var o in official)
        {
            LabelMatch row;
            if (o.RowLeaf is null) row = rowLeaf is null ? LabelMatch.Exact : LabelMatch.None;
            else row = rowLeaf is null ? LabelMatch.None : compare(rowLeaf, o.RowLeaf);
            if (row == LabelMatch.None) continue;
            var column = compare(columnLabels[^1], o.ColumnLeaf);
            if (column == LabelMatch.None) continue;
            var score = (int)row * 10 + (int)column * 10;
            score += o.RowLabels.Take(o.RowLabels.Count - 1).Count(p => rowLabels.Any(s => compare(s, p) != LabelMatch.None));
            score += o.ColumnLabels.Take(o.ColumnLabels.Count - 1).Count(p => columnLabels.Any(s => compare(s, p) != LabelMatch.None));
            var printed = row == LabelMatch.Loose ? rowLeaf! : columnLabels[^1];
            scored.Add((o, score, row == LabelMatch.Loose || column == LabelMatch.Loose, printed));
        }
        if (scored.Count == 0) return null;
        var top = scored.Max(s => s.Score);
        var best = scored.Where(s => s.Score == top).ToList();
        if (best.Select(b => b.Cell.Key).Distinct().Count() > 1) return null; // ambiguous: not guessed
        return (best[0].Cell, best[0].Loose, best[0].Printed);
    }
}

using System.Globalization;
using GovReportGen.Data.Common;
using GovReportGen.Data.Model;
using GovReportGen.Data.Schema;
using GovReportGen.Formats;

namespace GovReportGen.Form;

/// <summary>What a cell of the form is for; decides its style, whether it is locked, and whether import reads it.</summary>
internal enum FormRole
{
    /// <summary>A sheet's title (the section heading).</summary>
    Title,
    /// <summary>An official label (or an info label of 正文): locked.</summary>
    Label,
    /// <summary>A figure or text the agency types: unlocked, validated.</summary>
    Input,
    /// <summary>A 总计 the form computes (a formula, locked); import leaves it to the loader to derive.</summary>
    Total,
    /// <summary>A 勾稽 check: a formula showing 相符 or 不符, red when 不符.</summary>
    Check,
    /// <summary>What a check row checks.</summary>
    CheckLabel,
    /// <summary>A hint or a carry-over note under a table.</summary>
    Note,
    /// <summary>A fact about the form (agency, year, format): locked, shown on 正文.</summary>
    Info,
}

/// <summary>
/// One cell of the form. <see cref="Key"/> is the year-file key path of an input or total (for 正文 also
/// <c>published_on</c>, <c>title_style</c>, <c>preamble</c> and <c>narrative.overview.topics[i].heading|text</c>).
/// </summary>
internal sealed record FormCell(int Row, int Column, FormRole Role, string? Text = null, int RowSpan = 1, int ColSpan = 1)
{
    public string? Key { get; init; }
    public ValueKind Kind { get; init; }
    /// <summary>How messages name the cell: the official cell name (<c>表三“…”行“自然人”列</c>) or the 正文 label.</summary>
    public string? Name { get; init; }
    /// <summary>A total's or a check's formula, without the leading '='.</summary>
    public string? Formula { get; init; }
    /// <summary>The figure the form starts with: last year's carry-over, else 0 (null for text and formulas).</summary>
    public decimal? Value { get; init; }
    /// <summary>True when <see cref="Value"/> came from last year's report.</summary>
    public bool Carried { get; init; }
    /// <summary>The choices of a list input (正文's 标题写法, 前言).</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    public string Address => FormLayout.Address(Row, Column);
}

/// <summary>A sheet of the form: its cells, column widths (in characters) and page orientation.</summary>
internal sealed record FormSheet(string Name, IReadOnlyList<FormCell> Cells, IReadOnlyList<double> Widths, bool Landscape)
{
    public FormCell? At(int row, int column) => Cells.FirstOrDefault(c => c.Row == row && c.Column == column);
}

/// <summary>
/// Where everything sits in the spreadsheet form (docs/import.md §7): 表二, 表三 and 表四 laid out from the format's
/// <see cref="OfficialStructure"/> exactly as the official blank form (row 1 the section heading, the table from row 2,
/// labels and spans as printed), the 勾稽 checks under each table, and 正文 with the narrative fields under the official
/// section headings. The writer draws it, and import reads the same positions back, so the two cannot disagree.
/// Positions of inputs do not depend on last year's report; only rows under the tables (checks, notes) do.
/// </summary>
internal sealed class FormLayout
{
    public const string TextSheet = "正文";
    public const string PublishedOnKey = "published_on";
    public const string TitleStyleKey = "title_style";
    public const string PreambleKey = "preamble";
    public const string TopicsKey = "narrative.overview.topics";
    /// <summary>gov-2019's free topics of section 一: this many heading/text pairs (the samples use four).</summary>
    public const int TopicSlots = 10;

    public static readonly IReadOnlyList<string> TitleStyles = new[] { "年", "年度" };
    public static readonly IReadOnlyList<string> YesNo = new[] { "否", "是" };

    private FormLayout(IReportFormat format, IReadOnlyList<FormSheet> sheets)
    {
        Format = format;
        Sheets = sheets;
    }

    public IReportFormat Format { get; }
    public IReadOnlyList<FormSheet> Sheets { get; }

    public FormSheet? Sheet(string name) => Sheets.FirstOrDefault(s => s.Name == name);

    /// <summary>The layout of <paramref name="format"/>'s form, starting from <paramref name="carried"/> figures and checking against <paramref name="previous"/>.</summary>
    /// <param name="info">The info rows of 正文 (label, value), e.g. 机关名称, 机关标识, 年度.</param>
    public static FormLayout Build(IReportFormat format, IReadOnlyList<(string Label, string Value)> info,
        IReadOnlyDictionary<string, decimal>? carried = null, IReadOnlyDictionary<string, string>? notes = null, ReportData? previous = null)
    {
        carried ??= new Dictionary<string, decimal>();
        var sheets = new List<FormSheet>();
        foreach (var table in format.Structure.Tables)
        {
            var checks = table.Name switch
            {
                "表二" => format.Checks(previous?.Format.Id == format.Id ? previous : null).Select(c => new[] { c }).ToList(),
                "表三" => Table3Checks(previous),
                _ => new List<BalanceCheck[]>(),
            };
            sheets.Add(TableSheet(format, table, checks, carried, notes ?? new Dictionary<string, string>()));
        }
        sheets.Add(Text(format, info));
        return new FormLayout(format, sheets);
    }

    /// <summary>Excel's A1 address of a 1-based row and column.</summary>
    public static string Address(int row, int column)
    {
        var letters = "";
        for (var c = column; c > 0; c = (c - 1) / 26) letters = (char)('A' + (c - 1) % 26) + letters;
        return letters + row.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The input cells, sheet by sheet.</summary>
    public IEnumerable<(FormSheet Sheet, FormCell Cell)> Inputs =>
        Sheets.SelectMany(s => s.Cells.Where(c => c.Role == FormRole.Input).Select(c => (s, c)));

    // ---- 表二、表三、表四 ----

    /// <summary>
    /// GRG2001 per column (一 + 二 = 三（七）总计 + 四) and, with last year's report in any format, GRG3001 per column
    /// (二、上年结转 = last year's 四、结转下年度继续办理): one row each, a check under every column.
    /// </summary>
    private static List<BalanceCheck[]> Table3Checks(ReportData? previous)
    {
        const string rows = "table3.rows";
        var balance = Table3Schema.Columns.Select(c => new BalanceCheck("GRG2001",
            $"{Table3Schema.NewRequestsLabel[..1]} + {Table3Schema.CarriedInLabel[..1]} = {Table3Schema.ResultsLabel[..1]}{Table3Schema.ResultsTotalLabel} + {Table3Schema.CarriedForwardLabel[..1]}",
            [($"{rows}.new_requests.{c.Key}", 1), ($"{rows}.carried_in.{c.Key}", 1), ($"{rows}.results.total.{c.Key}", -1), ($"{rows}.carried_forward.{c.Key}", -1)],
            BalanceRelation.Equal, 0)).ToArray();
        var result = new List<BalanceCheck[]> { balance };
        if (previous is not null)
        {
            var last = previous.Table3.CarriedForward;
            result.Add(Table3Schema.Columns.Select((c, i) => new BalanceCheck("GRG3001",
                $"{Table3Schema.CarriedInLabel[..2]}上年结转 = {previous.Year}年度“{Table3Schema.CarriedForwardLabel}”",
                [($"{rows}.carried_in.{c.Key}", 1)], BalanceRelation.Equal,
                i == Table3Schema.TotalColumn ? last.SumOfApplicants : last.Cells[i])).ToArray());
        }
        return result;
    }

    private static FormSheet TableSheet(IReportFormat format, OfficialTable table, List<BalanceCheck[]> checks,
        IReadOnlyDictionary<string, decimal> carried, IReadOnlyDictionary<string, string> notes)
    {
        const int top = 2;
        var cells = new List<FormCell>();
        var taken = new HashSet<(int, int)>();
        var width = 0;
        var row = top;
        foreach (var officialRow in table.Rows)
        {
            var column = 1;
            foreach (var cell in officialRow)
            {
                while (taken.Contains((row, column))) column++;
                for (var r = row; r < row + cell.RowSpan; r++)
                    for (var c = column; c < column + cell.ColSpan; c++)
                        taken.Add((r, c));
                cells.Add(cell.IsFigure ? Figure(format, cell, row, column, carried) : new FormCell(row, column, FormRole.Label, cell.Label, cell.RowSpan, cell.ColSpan));
                column += cell.ColSpan;
                width = Math.Max(width, column - 1);
            }
            row++;
        }
        cells.Insert(0, new FormCell(1, 1, FormRole.Title, format.Structure.SectionHeadings[table.Section], ColSpan: width));

        // Totals become formulas over the cells they add up (as the loader derives them).
        var byKey = cells.Where(c => c.Key is not null).ToDictionary(c => c.Key!, StringComparer.Ordinal);
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].Role != FormRole.Total) continue;
            var terms = TotalTerms(cells[i].Key!, byKey.Keys);
            cells[i] = cells[i] with { Formula = Sum(terms.Select(k => byKey[k]).ToList()) };
        }

        // The 勾稽 checks: a row per check (表二), or a row per rule with a check under each column (表三).
        if (checks.Count > 0)
        {
            row++;
            cells.Add(new FormCell(row++, 1, FormRole.Note, "勾稽检查（按校验规则计算；显示“不符”并变红时，请核对有关数字）", ColSpan: width));
            foreach (var group in checks)
            {
                if (group.Length == 1)
                {
                    cells.Add(new FormCell(row, 1, FormRole.CheckLabel, $"{group[0].RuleId} {group[0].Label}", ColSpan: width - 1));
                    cells.Add(CheckCell(group[0], row, width, byKey));
                }
                else
                {
                    var firstColumn = byKey[group[0].Terms[0].Key].Column;
                    cells.Add(new FormCell(row, 1, FormRole.CheckLabel, $"{group[0].RuleId} {group[0].Label}", ColSpan: firstColumn - 1));
                    foreach (var check in group) cells.Add(CheckCell(check, row, byKey[check.Terms[0].Key].Column, byKey));
                }
                row++;
            }
        }
        var carriedNotes = cells.Where(c => c.Carried).Select(c => $"{c.Address}（{c.Name}）：{notes.GetValueOrDefault(c.Key!) ?? notes.GetValueOrDefault(c.Key![..c.Key!.LastIndexOf('.')]) ?? "取自上年度报告"}").ToList();
        if (carriedNotes.Count > 0)
        {
            row++;
            cells.Add(new FormCell(row++, 1, FormRole.Note, "已填入上年度结转的数字（黄色单元格），请核对：", ColSpan: width));
            foreach (var note in carriedNotes) cells.Add(new FormCell(row++, 1, FormRole.Note, note, ColSpan: width));
        }
        row++;
        cells.Add(new FormCell(row, 1, FormRole.Note, "白色单元格请填写数字（没有的填 0）；灰色的标签、总计和检查结果已锁定，总计自动计算。", ColSpan: width));

        var widths = table.Name switch
        {
            "表二" => new double[] { 24, 18, 18, 18 },
            "表三" => new double[] { 10, 16, 40 }.Concat(Enumerable.Repeat(10.0, width - 3)).ToArray(),
            _ => Enumerable.Repeat(9.0, width).ToArray(),
        };
        return new FormSheet(table.Name, cells, widths, Landscape: width > 4);
    }

    private static FormCell Figure(IReportFormat format, OfficialCell cell, int row, int column, IReadOnlyDictionary<string, decimal> carried)
    {
        var node = (ValueSchema)format.Schema.Descendant(cell.Key!)!;
        if (node.IsDerivedTotal) return new FormCell(row, column, FormRole.Total, ColSpan: cell.ColSpan) { Key = cell.Key, Kind = node.Kind, Name = cell.Name };
        var isCarried = carried.TryGetValue(cell.Key!, out var value);
        return new FormCell(row, column, FormRole.Input, ColSpan: cell.ColSpan)
            { Key = cell.Key, Kind = node.Kind, Name = cell.Name, Value = isCarried ? value : 0, Carried = isCarried };
    }

    private static FormCell CheckCell(BalanceCheck check, int row, int column, IReadOnlyDictionary<string, FormCell> byKey)
    {
        var expression = string.Concat(check.Terms.Select((t, i) => (t.Coefficient < 0 ? "-" : i == 0 ? "" : "+") + byKey[t.Key].Address));
        var relation = check.Relation switch { BalanceRelation.Equal => "=", BalanceRelation.AtLeast => ">=", _ => "<=" };
        var constant = check.Constant.ToString(CultureInfo.InvariantCulture);
        return new FormCell(row, column, FormRole.Check)
        {
            Formula = $"IF({expression}{relation}{constant},\"{Passed}\",\"{Failed}\")",
            Name = check.RuleId,
        };
    }

    public const string Passed = "相符";
    public const string Failed = "不符";

    /// <summary>
    /// The cells a derived total adds up, as the loader derives it: <c>….total</c> sums its row's other cells;
    /// <c>table3.rows.results.total.&lt;column&gt;</c> sums that column of every result row.
    /// </summary>
    public static IReadOnlyList<string> TotalTerms(string key, IEnumerable<string> keys)
    {
        const string resultsTotal = "table3.rows.results.total.";
        if (key.EndsWith(".total", StringComparison.Ordinal) && !key.StartsWith(resultsTotal, StringComparison.Ordinal))
        {
            var prefix = key[..(key.Length - "total".Length)];
            return keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal) && k != key && !k[prefix.Length..].Contains('.')).ToList();
        }
        if (key.StartsWith(resultsTotal, StringComparison.Ordinal))
        {
            var column = key[resultsTotal.Length..];
            if (column == "total") return keys.Where(k => k.StartsWith(resultsTotal, StringComparison.Ordinal) && k != key).ToList();
            return keys.Where(k => k.StartsWith("table3.rows.results.", StringComparison.Ordinal) && !k.StartsWith(resultsTotal, StringComparison.Ordinal)
                && k.EndsWith("." + column, StringComparison.Ordinal)).ToList();
        }
        throw new ArgumentException($"{key} is not a derived total", nameof(key));
    }

    /// <summary>SUM over the cells: one range when they are a run along a row or a column, else each cell.</summary>
    private static string Sum(IReadOnlyList<FormCell> cells)
    {
        var rows = cells.Select(c => c.Row).Distinct().ToList();
        var columns = cells.Select(c => c.Column).Distinct().ToList();
        var first = cells.MinBy(c => (c.Row, c.Column))!;
        var last = cells.MaxBy(c => (c.Row, c.Column))!;
        var run = (rows.Count == 1 && columns.Count == last.Column - first.Column + 1)
            || (columns.Count == 1 && rows.Count == last.Row - first.Row + 1);
        return run ? $"SUM({first.Address}:{last.Address})" : $"SUM({string.Join(",", cells.Select(c => c.Address))})";
    }

    // ---- 正文 ----

    /// <summary>
    /// 正文: the form's facts (locked), the report's date and title style, then under each official narrative heading
    /// (一、五、六) a row per narrative field: its label and a text cell (paragraphs on separate lines).
    /// </summary>
    private static FormSheet Text(IReportFormat format, IReadOnlyList<(string Label, string Value)> info)
    {
        var cells = new List<FormCell>();
        var row = 1;
        cells.Add(new FormCell(row++, 1, FormRole.Title, "正文及报告信息", ColSpan: 2));
        foreach (var (label, value) in info)
        {
            cells.Add(new FormCell(row, 1, FormRole.Label, label));
            cells.Add(new FormCell(row++, 2, FormRole.Info, value));
        }
        var top = (MapSchema)format.Schema;
        void Input(string label, string key, ValueKind kind, string name, IReadOnlyList<string>? choices = null)
        {
            cells.Add(new FormCell(row, 1, FormRole.Label, label));
            cells.Add(new FormCell(row++, 2, FormRole.Input) { Key = key, Kind = kind, Name = name, Choices = choices });
        }
        Input("成文日期（如 2025-01-15）", PublishedOnKey, ValueKind.Date, "成文日期");
        Input("标题写法（××年 / ××年度）", TitleStyleKey, ValueKind.Choice, "标题写法", TitleStyles);
        Input("是否印前言", PreambleKey, ValueKind.Choice, "是否印前言", YesNo);

        var narrative = (MapSchema)top.Child("narrative")!;
        foreach (var section in narrative.Children.OfType<MapSchema>())
        {
            row++;
            cells.Add(new FormCell(row++, 1, FormRole.Title, section.Label, ColSpan: 2));
            foreach (var child in section.Children)
            {
                var path = $"narrative.{section.Key}.{child.Key}";
                switch (child)
                {
                    case ValueSchema v:
                        Input(Described(v), path, v.Kind, v.CellName);
                        break;
                    case MapSchema m:
                        foreach (var v in m.Children.OfType<ValueSchema>())
                            Input(v.Kind == ValueKind.Money ? $"{v.Label}（元）" : Described(v), $"{path}.{v.Key}", v.Kind, v.CellName);
                        break;
                    case ListSchema { Key: "topics" } list:
                        var heading = (ValueSchema)list.Item.Child("heading")!;
                        var text = (ValueSchema)list.Item.Child("text")!;
                        for (var i = 0; i < TopicSlots; i++)
                        {
                            Input($"{list.Label}{i + 1}：{heading.Label}", $"{TopicsKey}[{i}].heading", ValueKind.Text, $"{CommonSchema.Section1}{list.Label}{i + 1}的{heading.Label}");
                            Input($"{list.Label}{i + 1}：内容", $"{TopicsKey}[{i}].text", ValueKind.Narrative, $"{CommonSchema.Section1}{list.Label}{i + 1}的内容");
                        }
                        break;
                }
            }
        }
        row++;
        cells.Add(new FormCell(row++, 1, FormRole.Note, "说明：分段处按 Alt+Enter 换行（WPS 同）；没有的栏目留空。花括号中的 {table3.rows…} 是对表格数字的引用，生成报告时换成表中的数字，请勿改动。", ColSpan: 2));
        return new FormSheet(TextSheet, cells, new double[] { 34, 100 }, Landscape: false);
    }

    private static string Described(ValueSchema v) => v.Required ? $"{v.Label}（必填）" : v.Label;
}

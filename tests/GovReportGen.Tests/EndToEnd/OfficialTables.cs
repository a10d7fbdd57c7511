using System.Globalization;

namespace GovReportGen.Tests.EndToEnd;

/// <summary>
/// The official tables as docs/formats.md §2.1–2.3 and §3.1–3.2 describe them, written out here
/// independently of the templates: every label's wording and place on the grid. Number cells are
/// placeholders filled, in reading order, with the figures a test expects.
/// </summary>
public static class OfficialTables
{
    /// <summary>A cell of the expected grid; <see cref="Text"/> is null for a number cell.</summary>
    public sealed record Cell(string Section, int Row, int Col, int RowSpan, int ColSpan, string? Text)
    {
        public string Describe(string? figure = null) =>
            $"{Section} r{Row} c{Col} {RowSpan}x{ColSpan} {(Text is null ? "td" : "th")} {Text ?? figure}";
    }

    /// <summary>How the report prints a figure: plain, '-' for negatives, no trailing zeros, no separators.</summary>
    public static string Figure(decimal value) => value.ToString("0.############################", CultureInfo.InvariantCulture);

    /// <summary>The expected table, one line per cell, with the figures put into the number cells in order.</summary>
    public static IReadOnlyList<string> Describe(IReadOnlyList<Cell> layout, IReadOnlyList<decimal> figures)
    {
        var numberCells = layout.Count(c => c.Text is null);
        Assert.True(numberCells == figures.Count, $"test bug: {numberCells} number cells but {figures.Count} figures");
        var next = 0;
        return layout.Select(c => c.Text is null ? c.Describe(Figure(figures[next++])) : c.Describe()).ToList();
    }

    // ---- 表二 ----------------------------------------------------------------------------------

    private sealed class Table2Builder
    {
        private readonly List<Cell> _cells = new();
        private int _row;

        /// <summary>A block: the title row spanning all 4 columns, the header row, then its data rows.</summary>
        public Table2Builder Block(string title, string[] headers, params (string Label, int Figures)[] rows)
        {
            _cells.Add(new Cell("tbody", _row++, 0, 1, 4, title));
            var spans = Spans(headers.Length);
            var col = 0;
            for (var i = 0; i < headers.Length; i++)
            {
                _cells.Add(new Cell("tbody", _row, col, 1, spans[i], headers[i]));
                col += spans[i];
            }
            _row++;
            foreach (var (label, figures) in rows)
            {
                Assert.Equal(headers.Length - 1, figures);
                _cells.Add(new Cell("tbody", _row, 0, 1, 1, label));
                col = 1;
                for (var i = 1; i < headers.Length; i++)
                {
                    _cells.Add(new Cell("tbody", _row, col, 1, spans[i], null));
                    col += spans[i];
                }
                _row++;
            }
            return this;
        }

        // A block with fewer columns than the 4-column grid lets its last cell take the rest
        // (docs/formats.md §2.1: (五)(六)(八) value spans columns 2–4; §3.1: (八)(九) last cell spans 2).
        private static int[] Spans(int columns)
        {
            var spans = Enumerable.Repeat(1, columns).ToArray();
            spans[^1] = 4 - (columns - 1);
            return spans;
        }

        public IReadOnlyList<Cell> Build() => _cells;
    }

    public static readonly IReadOnlyList<Cell> Table2Gov2021 = new Table2Builder()
        .Block("第二十条第（一）项", new[] { "信息内容", "本年制发件数", "本年废止件数", "现行有效件数" }, ("规章", 3), ("行政规范性文件", 3))
        .Block("第二十条第（五）项", new[] { "信息内容", "本年处理决定数量" }, ("行政许可", 1))
        .Block("第二十条第（六）项", new[] { "信息内容", "本年处理决定数量" }, ("行政处罚", 1), ("行政强制", 1))
        .Block("第二十条第（八）项", new[] { "信息内容", "本年收费金额（单位：万元）" }, ("行政事业性收费", 1))
        .Build();

    public static readonly IReadOnlyList<Cell> Table2Gov2019 = new Table2Builder()
        .Block("第二十条第（一）项", new[] { "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量" }, ("规章", 3), ("规范性文件", 3))
        .Block("第二十条第（五）项", new[] { "信息内容", "上一年项目数量", "本年增/减", "处理决定数量" }, ("行政许可", 3), ("其他对外管理服务事项", 3))
        .Block("第二十条第（六）项", new[] { "信息内容", "上一年项目数量", "本年增/减", "处理决定数量" }, ("行政处罚", 3), ("行政强制", 3))
        .Block("第二十条第（八）项", new[] { "信息内容", "上一年项目数量", "本年增/减" }, ("行政事业性收费", 2))
        .Block("第二十条第（九）项", new[] { "信息内容", "采购项目数量", "采购总金额" }, ("政府集中采购", 2))
        .Build();

    // ---- 表三 ----------------------------------------------------------------------------------

    public const string Table3Note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    public const string Results = "三、本年度办理结果";

    /// <summary>The 7 number columns, left to right.</summary>
    public static readonly string[] ApplicantColumns = { "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计" };

    /// <summary>A body row's label cells: L1 alone (spans L1–L3), a result (L2–L3 under 三), or a sub-row (L2 group, L3).</summary>
    public sealed record Table3Row(string? L1, string? Group, string Label);

    private static readonly (string Group, string[] Subs)[] WithheldToNotProcessed =
    {
        ("（三）不予公开", new[]
        {
            "1.属于国家秘密", "2.其他法律行政法规禁止公开", "3.危及“三安全一稳定”", "4.保护第三方合法权益",
            "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷", "8.属于行政查询事项",
        }),
        ("（四）无法提供", new[] { "1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确" }),
        ("（五）不予处理", new[]
        {
            "1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请", "5.要求行政机关确认或重新出具已获取信息",
        }),
    };

    private static readonly string[] OtherHandling2021 =
    {
        "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        "3.其他",
    };

    public static IReadOnlyList<Table3Row> Table3Rows(bool otherHandlingHasSubRows)
    {
        var rows = new List<Table3Row>
        {
            new("一、本年新收政府信息公开申请数量", null, "一、本年新收政府信息公开申请数量"),
            new("二、上年结转政府信息公开申请数量", null, "二、上年结转政府信息公开申请数量"),
            new(null, null, "（一）予以公开"),
            new(null, null, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
        };
        foreach (var (group, subs) in WithheldToNotProcessed)
            rows.AddRange(subs.Select(s => new Table3Row(null, group, s)));
        if (otherHandlingHasSubRows) rows.AddRange(OtherHandling2021.Select(s => new Table3Row(null, "（六）其他处理", s)));
        else rows.Add(new Table3Row(null, null, "（六）其他处理"));
        rows.Add(new Table3Row(null, null, "（七）总计"));
        rows.Add(new Table3Row("四、结转下年度继续办理", null, "四、结转下年度继续办理"));
        return rows;
    }

    public static IReadOnlyList<Cell> Table3(bool otherHandlingHasSubRows)
    {
        var cells = new List<Cell>
        {
            new("thead", 0, 0, 3, 3, Table3Note),
            new("thead", 0, 3, 1, 7, "申请人情况"),
            new("thead", 1, 3, 2, 1, "自然人"),
            new("thead", 1, 4, 1, 5, "法人或其他组织"),
            new("thead", 1, 9, 2, 1, "总计"),
        };
        cells.AddRange(ApplicantColumns.Skip(1).Take(5).Select((label, i) => new Cell("thead", 2, 4 + i, 1, 1, label)));

        var rows = Table3Rows(otherHandlingHasSubRows);
        var resultRows = rows.Count(r => r.L1 is null);
        for (var i = 0; i < rows.Count; i++)
        {
            var row = 3 + i;
            var r = rows[i];
            if (r.L1 is not null) cells.Add(new Cell("tbody", row, 0, 1, 3, r.L1));
            else
            {
                if (i == 0 || rows[i - 1].L1 is not null) cells.Add(new Cell("tbody", row, 0, resultRows, 1, Results));
                if (r.Group is null) cells.Add(new Cell("tbody", row, 1, 1, 2, r.Label));
                else
                {
                    if (rows[i - 1].Group != r.Group) cells.Add(new Cell("tbody", row, 1, rows.Count(x => x.Group == r.Group), 1, r.Group));
                    cells.Add(new Cell("tbody", row, 2, 1, 1, r.Label));
                }
            }
            for (var c = 0; c < 7; c++) cells.Add(new Cell("tbody", row, 3 + c, 1, 1, null));
        }
        return cells;
    }

    // ---- 表四 ----------------------------------------------------------------------------------

    public static readonly string[] Table4Results = { "结果维持", "结果纠正", "其他结果", "尚未审结", "总计" };

    public static IReadOnlyList<Cell> Table4()
    {
        var cells = new List<Cell>
        {
            new("thead", 0, 0, 1, 5, "行政复议"),
            new("thead", 0, 5, 1, 10, "行政诉讼"),
        };
        cells.AddRange(Table4Results.Select((label, i) => new Cell("thead", 1, i, 2, 1, label)));
        cells.Add(new Cell("thead", 1, 5, 1, 5, "未经复议直接起诉"));
        cells.Add(new Cell("thead", 1, 10, 1, 5, "复议后起诉"));
        cells.AddRange(Table4Results.Concat(Table4Results).Select((label, i) => new Cell("thead", 2, 5 + i, 1, 1, label)));
        cells.AddRange(Enumerable.Range(0, 15).Select(c => new Cell("tbody", 3, c, 1, 1, null)));
        return cells;
    }
}

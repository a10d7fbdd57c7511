using GovReportGen.Data.Schema;
using GovReportGen.Data.Common;

namespace GovReportGen.Formats.Gov2021;

/// <summary>The gov-2021 data file (docs/formats.md §5.1–§5.5).</summary>
internal static class Gov2021Schema
{
    public static string Cell(string row, string column) => $"表二“{row} {column}”";

    private static MapSchema Block(string key, string rowLabel, params (string Key, string Column, ValueKind Kind)[] cells) =>
        new(key, rowLabel, cells.Select(c => (SchemaNode)new ValueSchema(c.Key, c.Column, c.Kind) { CellName = Cell(rowLabel, c.Column) }).ToList());

    public static MapSchema Table2() => new("table2", "表二（主动公开政府信息情况）", Gov2021Table2.RegulationRows
        .Select(r => Block(r.Key, r.Label, ("issued", "本年制发件数", ValueKind.Count), ("repealed", "本年废止件数", ValueKind.Count), ("in_force", "现行有效件数", ValueKind.Count)))
        .Concat(new SchemaNode[]
    {
        Block("licensing", "行政许可", ("decisions", "本年处理决定数量", ValueKind.Count)),
        Block("penalties", "行政处罚", ("decisions", "本年处理决定数量", ValueKind.Count)),
        Block("coercive_measures", "行政强制", ("decisions", "本年处理决定数量", ValueKind.Count)),
        Block("administrative_fees", "行政事业性收费", ("amount_wan_yuan", "本年收费金额（单位：万元）", ValueKind.Money)),
    }).ToList());

    public static MapSchema Narrative() => new("narrative", "正文", new SchemaNode[]
    {
        CommonSchema.Overview(topicsRequired: false, allowFreeTopics: false),
        new MapSchema("problems", "五、存在的主要问题及改进情况", new SchemaNode[]
        {
            CommonSchema.Text("last_year_rectification", "上年度存在问题整改情况", CommonSchema.Section5),
            CommonSchema.Text("current", "存在的主要问题", CommonSchema.Section5, required: true),
            CommonSchema.Text("improvements", "改进情况", CommonSchema.Section5, required: true),
        }),
        new MapSchema("other_matters", "六、其他需要报告的事项", new SchemaNode[]
        {
            // Required, but its absence is GRG4004 (a named rule), not a bare GRG1008.
            new MapSchema("processing_fees", "收取信息处理费情况", new SchemaNode[]
            {
                new ValueSchema("amount_yuan", "信息处理费", ValueKind.Money) { CellName = "第六部分“信息处理费（元）”" },
                CommonSchema.Text("note", "信息处理费说明", CommonSchema.Section6),
            }, Required: false),
            CommonSchema.Text("work_points", "落实上级年度政务公开工作要点情况", CommonSchema.Section6),
            CommonSchema.Text("deputy_proposals", "人大代表建议和政协提案办理结果情况", CommonSchema.Section6),
            CommonSchema.Text("innovation", "年度政务公开工作创新情况", CommonSchema.Section6),
            CommonSchema.Text("other", "其他需要报告的事项", CommonSchema.Section6),
        }),
    });

    public static MapSchema Build(IReadOnlyList<string> formatIds) => new("", "年度报告数据",
        CommonSchema.TopLevel(formatIds)
            .Append(Table2())
            .Append(Table3Schema.Build(otherHandlingHasSubRows: true))
            .Append(Table4Schema.Build())
            .Append(Narrative())
            .ToList());
}

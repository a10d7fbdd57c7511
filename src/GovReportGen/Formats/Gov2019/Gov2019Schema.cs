using GovReportGen.Data.Schema;
using GovReportGen.Data.Common;

namespace GovReportGen.Formats.Gov2019;

/// <summary>The gov-2019 data file (docs/formats.md §5.2 gov-2019, §3.4 narrative).</summary>
internal static class Gov2019Schema
{
    public static string Cell(string row, string column) => $"表二“{row} {column}”";

    private static MapSchema Block(string key, string rowLabel, params (string Key, string Column, ValueKind Kind)[] cells) =>
        new(key, rowLabel, cells.Select(c => (SchemaNode)new ValueSchema(c.Key, c.Column, c.Kind) { CellName = Cell(rowLabel, c.Column) }).ToList());

    private static MapSchema Publications(string key, string label) => Block(key, label,
        ("newly_made", "本年新制作数量", ValueKind.Count), ("newly_published", "本年新公开数量", ValueKind.Count), ("total_published", "对外公开总数量", ValueKind.Count));

    private static MapSchema Items(string key, string label, bool decisions) => decisions
        ? Block(key, label, ("previous_year_items", "上一年项目数量", ValueKind.Count), ("change", "本年增/减", ValueKind.SignedCount), ("decisions", "处理决定数量", ValueKind.Count))
        : Block(key, label, ("previous_year_items", "上一年项目数量", ValueKind.Count), ("change", "本年增/减", ValueKind.SignedCount));

    public static MapSchema Table2() => new("table2", "表二（主动公开政府信息情况）", Gov2019Table2.RegulationRows
        .Select(r => Publications(r.Key, r.Label))
        .Concat(new SchemaNode[]
    {
        Items("licensing", "行政许可", true),
        Items("other_services", "其他对外管理服务事项", true),
        Items("penalties", "行政处罚", true),
        Items("coercive_measures", "行政强制", true),
        Items("administrative_fees", "行政事业性收费", false),
        Block("centralized_procurement", "政府集中采购", ("projects", "采购项目数量", ValueKind.Count), ("amount_wan_yuan", "采购总金额", ValueKind.Money)),
    }).ToList());

    public static MapSchema Narrative() => new("narrative", "正文", new SchemaNode[]
    {
        CommonSchema.Overview(topicsRequired: false, allowFreeTopics: true),
        new MapSchema("problems", "五、存在的主要问题及改进情况", new SchemaNode[]
        {
            CommonSchema.Text("current", "存在的主要问题", CommonSchema.Section5, required: true),
            CommonSchema.Text("improvements", "改进情况", CommonSchema.Section5, required: true),
        }),
        new MapSchema("other_matters", "六、其他需要报告的事项", new SchemaNode[]
        {
            CommonSchema.Text("other", "其他需要报告的事项", CommonSchema.Section6, required: true),
        }),
    });

    public static MapSchema Build(IReadOnlyList<string> formatIds) => new("", "年度报告数据",
        CommonSchema.TopLevel(formatIds)
            .Append(Table2())
            .Append(Table3Schema.Build(otherHandlingHasSubRows: false))
            .Append(Table4Schema.Build())
            .Append(Narrative())
            .ToList());
}

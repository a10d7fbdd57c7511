using GovReportGen.Data.Schema;

namespace GovReportGen.Data.Common;

/// <summary>表四 (both formats): 行政复议 and the two 行政诉讼 groups, 5 cells each.</summary>
internal static class Table4Schema
{
    public static readonly IReadOnlyList<(string Key, string Label)> Groups = new[]
    {
        ("reconsideration", "行政复议"),
        ("litigation_direct", "行政诉讼·未经复议直接起诉"),
        ("litigation_after_reconsideration", "行政诉讼·复议后起诉"),
    };

    public static readonly IReadOnlyList<(string Key, string Label)> Columns = new[]
    {
        ("upheld", "结果维持"),
        ("corrected", "结果纠正"),
        ("other", "其他结果"),
        ("pending", "尚未审结"),
        ("total", "总计"),
    };

    public static string CellName(string groupLabel, string columnLabel) => $"表四“{groupLabel}”“{columnLabel}”";

    public static MapSchema Build() => new("table4", "表四（政府信息公开行政复议、行政诉讼情况）",
        Groups.Select(g => (SchemaNode)new MapSchema(g.Key, g.Label,
            Columns.Select((c, i) => (SchemaNode)new ValueSchema(c.Key, c.Label, ValueKind.Count, Required: i < 4)
            {
                CellName = CellName(g.Label, c.Label),
                IsDerivedTotal = i == 4,
            }).ToList())).ToList());
}

using GovReportGen.Data.Model;
using GovReportGen.Data.Schema;

namespace GovReportGen.Formats.Gov2019;

/// <summary>规章 / 规范性文件: 本年新制作数量, 本年新公开数量, 对外公开总数量.</summary>
internal sealed record PublicationCounts(long NewlyMade, long NewlyPublished, long TotalPublished);

/// <summary>上一年项目数量, 本年增/减 (signed), 处理决定数量 (absent for 行政事业性收费).</summary>
internal sealed record ItemCounts(string Key, string Label, long PreviousYearItems, long Change, long? Decisions)
{
    public long ItemsAtYearEnd => PreviousYearItems + Change;
}

/// <summary>gov-2019 表二 (docs/formats.md §3.1, 22 cells).</summary>
internal sealed record Gov2019Table2(
    PublicationCounts GovernmentRules,
    PublicationCounts NormativeDocuments,
    ItemCounts Licensing,
    ItemCounts OtherServices,
    ItemCounts Penalties,
    ItemCounts CoerciveMeasures,
    ItemCounts AdministrativeFees,
    long ProcurementProjects,
    decimal ProcurementAmountWanYuan) : ITable2
{
    /// <summary>
    /// The 表二 rows that count documents, in table order: the one list the schema, this record, the rules
    /// and the carry-over read, so a renamed or added row is changed once.
    /// </summary>
    public static readonly IReadOnlyList<(string Key, string Label)> RegulationRows = new[]
    {
        ("government_rules", "规章"),
        ("normative_documents", "规范性文件"),
    };

    /// <summary>The 条例 clause that titles each 表二 row (the new file's comments print it; a test checks every row has one).</summary>
    public static readonly IReadOnlyDictionary<string, string> Articles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["government_rules"] = "第二十条第（一）项",
        ["normative_documents"] = "第二十条第（一）项",
        ["licensing"] = "第二十条第（五）项",
        ["other_services"] = "第二十条第（五）项",
        ["penalties"] = "第二十条第（六）项",
        ["coercive_measures"] = "第二十条第（六）项",
        ["administrative_fees"] = "第二十条第（八）项",
        ["centralized_procurement"] = "第二十条第（九）项",
    };

    /// <summary>The <see cref="RegulationRows"/> with this report's counts.</summary>
    public IEnumerable<(string Key, string Label, PublicationCounts Counts)> Regulations =>
        RegulationRows.Zip(new[] { GovernmentRules, NormativeDocuments }, (row, counts) => (row.Key, row.Label, counts));

    public IReadOnlyList<ItemCounts> ItemRows => new[] { Licensing, OtherServices, Penalties, CoerciveMeasures, AdministrativeFees };

    public IEnumerable<(string Path, string CellName, decimal Value)> Cells
    {
        get
        {
            foreach (var (key, label, counts) in Regulations)
            {
                yield return ($"table2.{key}.newly_made", Gov2019Schema.Cell(label, "本年新制作数量"), counts.NewlyMade);
                yield return ($"table2.{key}.newly_published", Gov2019Schema.Cell(label, "本年新公开数量"), counts.NewlyPublished);
                yield return ($"table2.{key}.total_published", Gov2019Schema.Cell(label, "对外公开总数量"), counts.TotalPublished);
            }
            foreach (var row in ItemRows)
            {
                yield return ($"table2.{row.Key}.previous_year_items", Gov2019Schema.Cell(row.Label, "上一年项目数量"), row.PreviousYearItems);
                if (row.Decisions is { } d) yield return ($"table2.{row.Key}.decisions", Gov2019Schema.Cell(row.Label, "处理决定数量"), d);
            }
            yield return ("table2.centralized_procurement.projects", Gov2019Schema.Cell("政府集中采购", "采购项目数量"), ProcurementProjects);
        }
    }

    internal static Gov2019Table2 Read(FieldSet f)
    {
        PublicationCounts Pub(string key) => new(f.Count($"table2.{key}.newly_made"), f.Count($"table2.{key}.newly_published"), f.Count($"table2.{key}.total_published"));
        ItemCounts Items(string key, string label, bool hasDecisions) => new(key, label,
            f.Count($"table2.{key}.previous_year_items"), f.Count($"table2.{key}.change"), hasDecisions ? f.Count($"table2.{key}.decisions") : null);
        return new Gov2019Table2(
            Pub(RegulationRows[0].Key),
            Pub(RegulationRows[1].Key),
            Items("licensing", "行政许可", true),
            Items("other_services", "其他对外管理服务事项", true),
            Items("penalties", "行政处罚", true),
            Items("coercive_measures", "行政强制", true),
            Items("administrative_fees", "行政事业性收费", false),
            f.Count("table2.centralized_procurement.projects"),
            f.Money("table2.centralized_procurement.amount_wan_yuan"));
    }
}

using GovReportGen.Data.Schema;

namespace GovReportGen.Formats.Gov2021;

/// <summary>规章 / 行政规范性文件: 本年制发件数, 本年废止件数, 现行有效件数.</summary>
public sealed record DocumentCounts(long Issued, long Repealed, long InForce);

/// <summary>gov-2021 表二 (docs/formats.md §2.1, 10 cells).</summary>
public sealed record Gov2021Table2(
    DocumentCounts GovernmentRules,
    DocumentCounts NormativeDocuments,
    long LicensingDecisions,
    long PenaltyDecisions,
    long CoerciveMeasureDecisions,
    decimal AdministrativeFeesWanYuan) : ITable2
{
    public IEnumerable<(string Path, string CellName, decimal Value)> Cells => new (string, string, decimal)[]
    {
        ("table2.government_rules.issued", Gov2021Schema.Cell("规章", "本年制发件数"), GovernmentRules.Issued),
        ("table2.government_rules.repealed", Gov2021Schema.Cell("规章", "本年废止件数"), GovernmentRules.Repealed),
        ("table2.government_rules.in_force", Gov2021Schema.Cell("规章", "现行有效件数"), GovernmentRules.InForce),
        ("table2.normative_documents.issued", Gov2021Schema.Cell("行政规范性文件", "本年制发件数"), NormativeDocuments.Issued),
        ("table2.normative_documents.repealed", Gov2021Schema.Cell("行政规范性文件", "本年废止件数"), NormativeDocuments.Repealed),
        ("table2.normative_documents.in_force", Gov2021Schema.Cell("行政规范性文件", "现行有效件数"), NormativeDocuments.InForce),
        ("table2.licensing.decisions", Gov2021Schema.Cell("行政许可", "本年处理决定数量"), LicensingDecisions),
        ("table2.penalties.decisions", Gov2021Schema.Cell("行政处罚", "本年处理决定数量"), PenaltyDecisions),
        ("table2.coercive_measures.decisions", Gov2021Schema.Cell("行政强制", "本年处理决定数量"), CoerciveMeasureDecisions),
    };

    internal static Gov2021Table2 Read(FieldSet f)
    {
        DocumentCounts Docs(string key) => new(f.Count($"table2.{key}.issued"), f.Count($"table2.{key}.repealed"), f.Count($"table2.{key}.in_force"));
        return new Gov2021Table2(
            Docs("government_rules"),
            Docs("normative_documents"),
            f.Count("table2.licensing.decisions"),
            f.Count("table2.penalties.decisions"),
            f.Count("table2.coercive_measures.decisions"),
            f.Money("table2.administrative_fees.amount_wan_yuan"));
    }
}

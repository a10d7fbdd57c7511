using GovReportGen.Data.Model;
using GovReportGen.Data.Schema;

namespace GovReportGen.Formats.Gov2021;

/// <summary>规章 / 行政规范性文件: 本年制发件数, 本年废止件数, 现行有效件数.</summary>
internal sealed record DocumentCounts(long Issued, long Repealed, long InForce);

/// <summary>gov-2021 表二 (docs/formats.md §2.1, 10 cells).</summary>
internal sealed record Gov2021Table2(
    DocumentCounts GovernmentRules,
    DocumentCounts NormativeDocuments,
    long LicensingDecisions,
    long PenaltyDecisions,
    long CoerciveMeasureDecisions,
    decimal AdministrativeFeesWanYuan) : ITable2
{
    /// <summary>
    /// The 表二 rows that count documents, in table order: the one list the schema, this record, the rules
    /// and the carry-over read, so a renamed or added row is changed once.
    /// </summary>
    public static readonly IReadOnlyList<(string Key, string Label)> RegulationRows = new[]
    {
        ("government_rules", "规章"),
        ("normative_documents", "行政规范性文件"),
    };

    /// <summary>The 条例 clause that titles each 表二 row (the new file's comments print it; a test checks every row has one).</summary>
    public static readonly IReadOnlyDictionary<string, string> Articles = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["government_rules"] = "第二十条第（一）项",
        ["normative_documents"] = "第二十条第（一）项",
        ["licensing"] = "第二十条第（五）项",
        ["penalties"] = "第二十条第（六）项",
        ["coercive_measures"] = "第二十条第（六）项",
        ["administrative_fees"] = "第二十条第（八）项",
    };

    /// <summary>The <see cref="RegulationRows"/> with this report's counts.</summary>
    public IEnumerable<(string Key, string Label, DocumentCounts Counts)> Regulations =>
        RegulationRows.Zip(new[] { GovernmentRules, NormativeDocuments }, (row, counts) => (row.Key, row.Label, counts));

    public IEnumerable<(string Path, string CellName, decimal Value)> Cells =>
        Regulations.SelectMany(r => new (string, string, decimal)[]
        {
            ($"table2.{r.Key}.issued", Gov2021Schema.Cell(r.Label, "本年制发件数"), r.Counts.Issued),
            ($"table2.{r.Key}.repealed", Gov2021Schema.Cell(r.Label, "本年废止件数"), r.Counts.Repealed),
            ($"table2.{r.Key}.in_force", Gov2021Schema.Cell(r.Label, "现行有效件数"), r.Counts.InForce),
        }).Concat(new (string, string, decimal)[]
        {
            ("table2.licensing.decisions", Gov2021Schema.Cell("行政许可", "本年处理决定数量"), LicensingDecisions),
            ("table2.penalties.decisions", Gov2021Schema.Cell("行政处罚", "本年处理决定数量"), PenaltyDecisions),
            ("table2.coercive_measures.decisions", Gov2021Schema.Cell("行政强制", "本年处理决定数量"), CoerciveMeasureDecisions),
        });

    internal static Gov2021Table2 Read(FieldSet f)
    {
        DocumentCounts Docs(string key) => new(f.Count($"table2.{key}.issued"), f.Count($"table2.{key}.repealed"), f.Count($"table2.{key}.in_force"));
        return new Gov2021Table2(
            Docs(RegulationRows[0].Key),
            Docs(RegulationRows[1].Key),
            f.Count("table2.licensing.decisions"),
            f.Count("table2.penalties.decisions"),
            f.Count("table2.coercive_measures.decisions"),
            f.Money("table2.administrative_fees.amount_wan_yuan"));
    }
}

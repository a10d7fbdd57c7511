using GovReportGen.Data.Model;
using GovReportGen.Data.Schema;
using GovReportGen.Validation;

namespace GovReportGen.Formats.Gov2019;

/// <summary>The earlier (trial) format, for reports on 2019 and 2020 (seed 002).</summary>
internal sealed class Gov2019Format : IReportFormat
{
    public const string FormatId = "gov-2019";

    private static readonly Lazy<MapSchema> LazySchema = new(() => Gov2019Schema.Build(FormatRegistry.Ids));

    public string Id => FormatId;
    public int FirstYear => 2019;
    public int? LastYear => 2020;
    public MapSchema Schema => LazySchema.Value;
    public bool OtherHandlingHasSubRows => false;

    private static readonly Lazy<OfficialStructure> LazyStructure = new(() => OfficialTables.Build(LazySchema.Value, Gov2019Table2.Articles, otherHandlingHasSubRows: false));

    /// <summary>The headings and tables of docs/formats.md §3, checked against every report rendered in this format.</summary>
    public OfficialStructure Structure => LazyStructure.Value;

    public ITable2 ReadTable2(FieldSet fields) => Gov2019Table2.Read(fields);

    public IEnumerable<IRule> Rules => Gov2019Rules.All;

    public IEnumerable<CarriedFigure> CarryOver(ReportData previous) =>
        previous.Table2 is Gov2019Table2 t ? Gov2019CarryOver.From(t, previous.Year) : Array.Empty<CarriedFigure>();

    public string? Table2Article(string rowKey) => Gov2019Table2.Articles.GetValueOrDefault(rowKey);

    public IEnumerable<BalanceCheck> Checks(ReportData? previous) =>
        Gov2019Rules.Checks(Schema, previous?.Table2 as Gov2019Table2, previous?.Year ?? 0);
}

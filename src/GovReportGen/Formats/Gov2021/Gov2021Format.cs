using GovReportGen.Data.Model;
using GovReportGen.Data.Schema;
using GovReportGen.Validation;

namespace GovReportGen.Formats.Gov2021;

/// <summary>国办公开办函〔2021〕30号: reports on 2021 and later.</summary>
internal sealed class Gov2021Format : IReportFormat
{
    public const string FormatId = "gov-2021";

    private static readonly Lazy<MapSchema> LazySchema = new(() => Gov2021Schema.Build(FormatRegistry.Ids));

    public string Id => FormatId;
    public int FirstYear => 2021;
    public int? LastYear => null;
    public MapSchema Schema => LazySchema.Value;
    public bool OtherHandlingHasSubRows => true;

    private static readonly Lazy<OfficialStructure> LazyStructure = new(() => OfficialTables.Build(LazySchema.Value, Gov2021Table2.Articles, otherHandlingHasSubRows: true));

    /// <summary>The headings and tables of docs/formats.md §2, checked against every report rendered in this format.</summary>
    public OfficialStructure Structure => LazyStructure.Value;

    public ITable2 ReadTable2(FieldSet fields) => Gov2021Table2.Read(fields);

    public IEnumerable<IRule> Rules => Gov2021Rules.All;

    public IEnumerable<CarriedFigure> CarryOver(ReportData previous) =>
        previous.Table2 is Gov2021Table2 t ? Gov2021CarryOver.From(t, previous.Year) : Array.Empty<CarriedFigure>();

    public string? Table2Article(string rowKey) => Gov2021Table2.Articles.GetValueOrDefault(rowKey);

    public IEnumerable<BalanceCheck> Checks(ReportData? previous) =>
        Gov2021Rules.Checks(previous?.Table2 as Gov2021Table2, previous?.Year ?? 0);
}

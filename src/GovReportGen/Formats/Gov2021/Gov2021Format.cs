using GovReportGen.Data.Schema;
using GovReportGen.Validation;

namespace GovReportGen.Formats.Gov2021;

/// <summary>国办公开办函〔2021〕30号: reports on 2021 and later.</summary>
public sealed class Gov2021Format : IReportFormat
{
    public const string FormatId = "gov-2021";

    private static readonly Lazy<MapSchema> LazySchema = new(() => Gov2021Schema.Build(new[] { "gov-2019", FormatId }));

    public string Id => FormatId;
    public int FirstYear => 2021;
    public int? LastYear => null;
    public MapSchema Schema => LazySchema.Value;
    public bool OtherHandlingHasSubRows => true;

    public ITable2 ReadTable2(FieldSet fields) => Gov2021Table2.Read(fields);

    public IEnumerable<IRule> Rules => Gov2021Rules.All;
}

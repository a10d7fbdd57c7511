using GovReportGen.Data.Model;
using GovReportGen.Data.Schema;
using GovReportGen.Validation;

namespace GovReportGen.Formats;

/// <summary>
/// An official table format (docs/formats.md): its schema, its 表二, its own rules. Adding a format is
/// adding a folder with one of these, not editing if-chains elsewhere.
/// </summary>
public interface IReportFormat
{
    /// <summary><c>gov-2021</c> or <c>gov-2019</c>.</summary>
    string Id { get; }

    /// <summary>The first and last report year this format is for (GRG5001).</summary>
    int FirstYear { get; }
    int? LastYear { get; }

    MapSchema Schema { get; }

    bool OtherHandlingHasSubRows { get; }

    ITable2 ReadTable2(FieldSet fields);

    /// <summary>Rules that only make sense for this format (e.g. gov-2019's signed 本年增/减).</summary>
    IEnumerable<IRule> Rules { get; }
}

/// <summary>A format's 表二 record. Each format defines its own; rules and templates see the concrete type.</summary>
public interface ITable2
{
    /// <summary>Every count cell with its key path and Chinese cell name, for generic rules (year-on-year jumps).</summary>
    IEnumerable<(string Path, string CellName, decimal Value)> Cells { get; }
}

public static class FormatRegistry
{
    public static readonly IReadOnlyList<IReportFormat> All = new IReportFormat[] { new Gov2019.Gov2019Format(), new Gov2021.Gov2021Format() };

    public static IReadOnlyList<string> Ids => All.Select(f => f.Id).ToList();

    public static IReportFormat? ById(string id) => All.FirstOrDefault(f => f.Id == id);

    /// <summary>The format a report year must use; null before 2019 (unsupported).</summary>
    public static IReportFormat? ForYear(int year) =>
        All.FirstOrDefault(f => year >= f.FirstYear && (f.LastYear is null || year <= f.LastYear));
}

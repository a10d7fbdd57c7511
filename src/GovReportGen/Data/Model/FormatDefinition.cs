using GovReportGen.Data.Schema;

namespace GovReportGen.Data.Model;

/// <summary>
/// The data side of an official table format: what the loader needs to read a year file written in it.
/// The format's rules, carry-over and templates belong to its folder under Formats, which Data does not see.
/// </summary>
public interface IFormatDefinition
{
    /// <summary><c>gov-2021</c> or <c>gov-2019</c>: the value of <c>format:</c> and the name of its template folder.</summary>
    string Id { get; }

    /// <summary>The first and last report year this format is for (GRG5001).</summary>
    int FirstYear { get; }
    int? LastYear { get; }

    MapSchema Schema { get; }

    /// <summary>Whether 表三 （六）其他处理 has sub-rows (gov-2021) or is one row (gov-2019).</summary>
    bool OtherHandlingHasSubRows { get; }

    ITable2 ReadTable2(FieldSet fields);
}

/// <summary>A format's 表二 record. Each format defines its own; format rules and templates see the concrete type.</summary>
public interface ITable2
{
    /// <summary>Every count cell with its key path and Chinese cell name, for generic rules (year-on-year jumps).</summary>
    IEnumerable<(string Path, string CellName, decimal Value)> Cells { get; }
}

/// <summary>The formats a run knows, in registration order. Built once by the format registry and handed down.</summary>
public sealed class FormatCatalog(IReadOnlyList<IFormatDefinition> formats)
{
    public IReadOnlyList<IFormatDefinition> All { get; } = formats;

    public IReadOnlyList<string> Ids { get; } = formats.Select(f => f.Id).ToList();

    public IFormatDefinition? ById(string id) => All.FirstOrDefault(f => f.Id == id);

    /// <summary>The format a report year must use; null before the first format's year (unsupported).</summary>
    public IFormatDefinition? ForYear(int year) =>
        All.FirstOrDefault(f => year >= f.FirstYear && (f.LastYear is null || year <= f.LastYear));

    public int FirstSupportedYear => All.Min(f => f.FirstYear);
}

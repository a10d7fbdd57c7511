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

    /// <summary>The headings and official tables every report of this format prints (checked at render time, GRG4009).</summary>
    OfficialStructure Structure { get; }
}

using GovReportGen.Data.Schema;

namespace GovReportGen.Data.Model;

/// <summary>
/// The figures of a report's official tables (表二, 表三, 表四) by the key each printed cell shows, as numbers to add
/// up across reports: the region's summary sums them and the hierarchy check compares a government's with its
/// subordinates'. Values come through <see cref="Bindings"/>, so they are exactly what the report prints (derived
/// totals included).
/// </summary>
public static class OfficialFigures
{
    /// <summary>Every figure cell of the format's official tables, in table order.</summary>
    public static IEnumerable<(OfficialTable Table, OfficialCell Cell)> Cells(IFormatDefinition format) =>
        format.Structure.Tables.SelectMany(t => t.Rows.SelectMany(r => r).Where(c => c.IsFigure).Select(c => (t, c)));

    /// <summary>The value the report prints at <paramref name="key"/>, a figure cell of its format.</summary>
    public static decimal Value(ReportData report, string key) =>
        Bindings.ResolveNumber(report, key)
        ?? throw new ArgumentException($"{key} is not a figure cell of format {report.Format.Id}", nameof(key));

    /// <summary>
    /// True for a 总计 the loader derives when the file leaves it out (the 总计 column, （七）总计, 表四 总计): it moves
    /// whenever a cell it sums moves, so a comparison that already names that cell need not name the total too.
    /// </summary>
    public static bool IsTotal(IFormatDefinition format, string key) => format.Schema.Descendant(key) is ValueSchema { IsDerivedTotal: true };

    /// <summary>How a figure prints (docs/formats.md §1.6): no trailing zeros, no separators, '-' for negatives.</summary>
    public static string Print(decimal value) => ScalarParser.FormatDecimal(value);
}

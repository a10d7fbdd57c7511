using GovReportGen.Theme;

namespace GovReportGen.Documents.Tables;

/// <summary>
/// The numbers column widths are computed from (docs/typesetting.md §4), in points, taken from the page
/// specification: table text at 五号 10.5 pt, 2 pt padding left and right, the full 版心 width of
/// 156 mm = 442.20 pt. Each writer converts the widths to its own unit.
/// </summary>
internal sealed record TableMetrics(double FontSize, double PaddingLeft, double PaddingRight, double TotalWidth)
{
    public static TableMetrics Default { get; } = For(PageSpec.Default);

    public static TableMetrics For(PageSpec page) => new(page.TableSize, page.TablePaddingX, page.TablePaddingX, page.TextWidth);

    public double Padding => PaddingLeft + PaddingRight;
}

internal enum WidthUnit
{
    Point,
    Millimetre,
    Percent,
}

/// <summary>A width a template fixed with <c>&lt;col width="…"&gt;</c>: <c>60pt</c>, <c>20mm</c> or <c>15%</c> of the table.</summary>
internal sealed record ColumnWidthSpec(double Value, WidthUnit Unit)
{
    public double ToPoints(double tableWidth) => Unit switch
    {
        WidthUnit.Point => Value,
        WidthUnit.Millimetre => Value * 72 / 25.4,
        _ => tableWidth * Value / 100,
    };

    /// <summary>Parses <c>60pt</c>, <c>20mm</c>, <c>15%</c>; a bare number means points. Null if malformed.</summary>
    public static ColumnWidthSpec? Parse(string text)
    {
        var trimmed = text.Trim();
        var (unit, number) = trimmed switch
        {
            _ when trimmed.EndsWith("pt", StringComparison.Ordinal) => (WidthUnit.Point, trimmed[..^2]),
            _ when trimmed.EndsWith("mm", StringComparison.Ordinal) => (WidthUnit.Millimetre, trimmed[..^2]),
            _ when trimmed.EndsWith('%') => (WidthUnit.Percent, trimmed[..^1]),
            _ => (WidthUnit.Point, trimmed),
        };
        if (number.Length == 0 || !number.All(ch => char.IsAsciiDigit(ch) || ch == '.')
            || !double.TryParse(number, System.Globalization.NumberStyles.AllowDecimalPoint,
                   System.Globalization.CultureInfo.InvariantCulture, out var value)
            || value <= 0)
            return null;
        return new ColumnWidthSpec(value, unit);
    }
}

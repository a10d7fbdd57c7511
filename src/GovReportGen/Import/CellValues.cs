using System.Globalization;
using System.Text.RegularExpressions;

namespace GovReportGen.Import;

/// <summary>What kind of figure an official cell holds, as the schema says (docs/formats.md §5).</summary>
internal enum FigureKind { Count, SignedCount, Money }

/// <summary>How a printed cell was read: the value, or why there is none, and what was assumed on the way.</summary>
internal sealed record CellReading(decimal? Value, string? Assumption, string? AssumptionId, string? Problem)
{
    public bool IsRead => Value is not null;
}

/// <summary>
/// Reads one printed figure. Only what publications really print is accepted — a blank or a dash for none, a thousands
/// separator, a trailing unit the column already states — and each is named; anything else is not guessed at.
/// </summary>
internal static partial class CellValues
{
    public const string BlankAsZero = "GRG8002";
    public const string Tidied = "GRG8003";

    // Not "一": it is how some clerks type a dash, but it is also the numeral one, and a figure is never guessed.
    private static readonly string[] NoneMarks = { "/", "／", "—", "——", "-", "－", "–", "无", "\\" };

    public static CellReading Read(string text, FigureKind kind)
    {
        var s = Labels.Squeeze(text);
        if (s.Length == 0) return new CellReading(0, "空白单元格按 0 读取", BlankAsZero, null);
        if (NoneMarks.Contains(s)) return new CellReading(0, $"“{s}”按 0 读取", BlankAsZero, null);

        var notes = new List<string>();
        var folded = s.Normalize(System.Text.NormalizationForm.FormKC);
        if (folded != s) notes.Add("全角字符按半角读取");
        var unit = TrailingUnit().Match(folded);
        if (unit.Success)
        {
            var u = unit.Groups["unit"].Value;
            // 元 in a 万元 column would be a different number: not ours to convert.
            if (kind == FigureKind.Money && u != "万元") return new CellReading(null, null, null, $"单位“{u}”与本栏单位（万元）不同，未换算");
            if (kind != FigureKind.Money && u.Contains('元')) return new CellReading(null, null, null, $"件数栏中有金额单位“{u}”");
            notes.Add($"去掉单位“{u}”");
            folded = folded[..unit.Index];
        }
        if (folded.Contains(','))
        {
            if (!Grouped().IsMatch(folded)) return new CellReading(null, null, null, $"无法识别的数字“{text.Trim()}”");
            notes.Add("去掉千位分隔符");
            folded = folded.Replace(",", "");
        }
        if (folded.StartsWith('+'))
        {
            if (kind != FigureKind.SignedCount) return new CellReading(null, null, null, $"无法识别的数字“{text.Trim()}”");
            folded = folded[1..];
        }
        if (!Plain().IsMatch(folded) || !decimal.TryParse(folded, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return new CellReading(null, null, null, $"无法识别的数字“{text.Trim()}”");
        if (value < 0 && kind != FigureKind.SignedCount) return new CellReading(null, null, null, $"本栏不能为负数（“{text.Trim()}”）");
        if (kind != FigureKind.Money && value != decimal.Truncate(value)) return new CellReading(null, null, null, $"件数不能为小数（“{text.Trim()}”）");
        if (value > 1_000_000_000m) return new CellReading(null, null, null, $"数字过大（“{text.Trim()}”）");
        return notes.Count == 0
            ? new CellReading(value, null, null, null)
            : new CellReading(value, string.Join("，", notes), Tidied, null);
    }

    [GeneratedRegex(@"(?<unit>万元|元|件|个|项|条|次|人次)$")] private static partial Regex TrailingUnit();
    [GeneratedRegex(@"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")] private static partial Regex Grouped();
    [GeneratedRegex(@"^-?\d+(\.\d+)?$")] private static partial Regex Plain();
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GovReportGen.Data.Schema;

/// <summary>
/// Parses the text of a number cell the way an office clerk may have typed it, and says
/// exactly what is wrong (in Chinese) when it is not a plain number.
/// </summary>
internal static partial class ScalarParser
{
    /// <summary>Counts above this are rejected: no agency handles a trillion requests, and sums stay far from overflow.</summary>
    public const long MaxCount = 999_999_999_999;

    public const decimal MaxMoney = 999_999_999_999m;

    public readonly record struct Result<T>(bool Ok, T Value, string? Error, string? Id = null);

    // [0-9], not \d: \d also matches full-width and other Unicode digits, which long.Parse rejects, so "５"
    // was reported as out of range instead of getting the full-width hint.
    [GeneratedRegex(@"^[+-]?[0-9]+$")] private static partial Regex IntegerPattern();
    [GeneratedRegex(@"^[+-]?[0-9]+\.[0-9]+$")] private static partial Regex DecimalPattern();
    [GeneratedRegex(@"^([+-]?[0-9]+(?:\.[0-9]+)?)\s*(万元|元|件|条|个|项|次|人)$")] private static partial Regex UnitSuffixPattern();
    [GeneratedRegex(@"^[+-]?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$")] private static partial Regex ThousandsPattern();

    public static Result<long> ParseCount(string raw, bool signed, string cellName)
    {
        var text = raw.Trim();
        if (IntegerPattern().IsMatch(text))
        {
            if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || Math.Abs(value) > MaxCount)
                return Fail<long>($"{cellName}的数值“{Short(text)}”超出允许范围（最大 {MaxCount}）");
            if (value < 0 && !signed)
                return new Result<long>(false, value, $"{cellName}不能为负数（{value}）", "GRG2006");
            return new Result<long>(true, value, null);
        }
        var hint = Hint(text, isMoney: false);
        if (DecimalPattern().IsMatch(text))
            return Fail<long>($"{cellName}是件数，应为整数，不能是小数“{text}”");
        return Fail<long>($"{cellName}应为整数{hint}");
    }

    public static Result<decimal> ParseMoney(string raw, string cellName, string unit)
    {
        var text = raw.Trim();
        if (IntegerPattern().IsMatch(text) || DecimalPattern().IsMatch(text))
        {
            if (!decimal.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
                || Math.Abs(value) > MaxMoney)
                return Fail<decimal>($"{cellName}的数值“{Short(text)}”超出允许范围");
            if (value < 0)
                return new Result<decimal>(false, value, $"{cellName}不能为负数（{text}）", "GRG2007");
            var dot = text.IndexOf('.');
            if (dot >= 0 && text.Length - dot - 1 > 4)
                return new Result<decimal>(false, value, $"{cellName}最多保留 4 位小数（1 元 = 0.0001 万元），现为“{text}”", "GRG2007");
            return new Result<decimal>(true, value, null);
        }
        return Fail<decimal>($"{cellName}应为数字（单位：{unit}）{Hint(text, isMoney: true, unit)}");
    }

    /// <summary>The "why and what to write instead" part of a number-cell type error.</summary>
    private static string Hint(string text, bool isMoney, string unit = "万元")
    {
        var halfWidth = ToHalfWidthDigits(text);
        if (halfWidth != text && (IntegerPattern().IsMatch(halfWidth) || DecimalPattern().IsMatch(halfWidth)))
            return $"，不能用全角数字：“{text}”→ 写 {halfWidth}";
        if (ThousandsPattern().IsMatch(halfWidth))
            return $"，不能带千位分隔符：“{text}”→ 写 {halfWidth.Replace(",", "")}";
        var unitMatch = UnitSuffixPattern().Match(halfWidth);
        if (unitMatch.Success)
        {
            var number = decimal.Parse(unitMatch.Groups[1].Value, CultureInfo.InvariantCulture);
            var typedUnit = unitMatch.Groups[2].Value;
            if (isMoney && unit == "万元" && typedUnit == "元")
                return $"，不能带单位：“{text}”→ 写 {FormatDecimal(number / 10000m)}（单位已是万元，{FormatDecimal(number)}元 = {FormatDecimal(number / 10000m)}万元）";
            if (isMoney && unit == "元" && typedUnit == "万元")
                return $"，不能带单位：“{text}”→ 写 {FormatDecimal(number * 10000m)}（单位是元）";
            return $"，不能带单位：“{text}”→ 写 {FormatDecimal(number)}";
        }
        return $"，不能是文字“{Short(text)}”";
    }

    public static string ToHalfWidthDigits(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                >= '０' and <= '９' => (char)(c - '０' + '0'),
                '．' => '.',
                '－' => '-',
                '＋' => '+',
                '，' => ',',
                _ => c,
            });
        }
        return sb.ToString();
    }

    /// <summary>Decimals print without trailing zeros (docs/formats.md §1.6).</summary>
    public static string FormatDecimal(decimal value)
    {
        var s = value.ToString("0.############################", CultureInfo.InvariantCulture);
        return s == "-0" ? "0" : s;
    }

    private static Result<T> Fail<T>(string message) => new(false, default!, message, "GRG1009");

    private static string Short(string s) => s.Length <= 30 ? s : s[..30] + "…";
}

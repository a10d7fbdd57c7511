using System.Globalization;
using System.Text.RegularExpressions;
using GovReportGen.Data.Model;
using GovReportGen.Data.Schema;

namespace GovReportGen.Validation.Rules;

/// <summary>Text helpers shared by the narrative heuristics: sentences, counts written in digits or Chinese numerals, years.</summary>
internal static partial class NarrativeScan
{
    /// <summary>A count as clerks type it: ASCII digits, or small Chinese numerals (两, 十二, 一百零五).</summary>
    public const string Number = @"(?:\d+|[零〇一二两三四五六七八九十百]+)";

    [GeneratedRegex(@"(?<![0-9０-９])([2２][0０][0-9０-９]{2})\s*年")] private static partial Regex YearPattern();

    [GeneratedRegex(@"[^。；;！!？?\n]+[。；;！!？?]?")] private static partial Regex SentencePattern();

    private const string Digits = "零〇一二两三四五六七八九";
    private static readonly int[] DigitValues = { 0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9 };

    private static readonly string[] NothingWords = { "无", "暂无", "没有", "无此项", "本年度无" };

    /// <summary>“无”/“暂无” when that is all the text says (trailing full stop allowed), otherwise null.</summary>
    public static string? SaysNothing(NarrativeText text)
    {
        var all = string.Concat(text.Paragraphs.Select(p => p.Text)).Trim().TrimEnd('。', '.', '；', ';').Trim();
        return NothingWords.FirstOrDefault(w => w == all);
    }

    /// <summary>Sentences of a paragraph with their start index; a sentence ends at 。；！？ or a line break.</summary>
    public static IEnumerable<(int Start, string Text)> Sentences(string text) =>
        SentencePattern().Matches(text).Select(m => (m.Index, m.Value));

    /// <summary>Every 4-digit year 20xx written as “20xx年”.</summary>
    public static IEnumerable<int> Years(string text) =>
        YearPattern().Matches(text).Select(m => m.Groups[1].Value.Aggregate(0, (year, c) => year * 10 + (c >= '０' ? c - '０' : c - '0')));

    /// <summary>The value of a count written in digits or Chinese numerals; null when it is not a plain count.</summary>
    public static long? ParseNumber(string s)
    {
        if (s.Length == 0) return null;
        if (s.All(char.IsAsciiDigit))
            return s.Length <= 12 ? long.Parse(s, CultureInfo.InvariantCulture) : null;

        long total = 0, current = 0;
        var lastWasDigit = false;
        foreach (var c in s)
        {
            var digit = Digits.IndexOf(c) is var i and >= 0 ? DigitValues[i] : -1;
            if (digit >= 0)
            {
                // “二〇二四” or “一一” is a year or a code, not a count.
                if (lastWasDigit && digit != 0) return null;
                current = digit;
                lastWasDigit = digit != 0;
                continue;
            }
            lastWasDigit = false;
            if (c == '十') { total += (current == 0 ? 1 : current) * 10; current = 0; }
            else if (c == '百') { if (current == 0) return null; total += current * 100; current = 0; }
            else return null;
        }
        return total + current;
    }

    /// <summary>A number or a binding written where a count stands; bindings resolve to their table value.</summary>
    public static decimal? Value(ReportData report, string token)
    {
        if (token.StartsWith('{')) return Bindings.ResolveNumber(report, token.Trim('{', '}'));
        return ParseNumber(token);
    }

    /// <summary>True when the index falls inside a binding, whose figures are the table's own.</summary>
    public static bool InsideBinding(IReadOnlyList<BindingRef> bindings, int index) =>
        bindings.Any(b => index >= b.Start && index < b.Start + b.Length);

    public static string Quote(string excerpt) => excerpt.Length <= 40 ? excerpt : excerpt[..40] + "…";
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GovReportGen.Import;

/// <summary>How well a printed label matched an official one: word for word (spaces and line breaks aside) or only loosely.</summary>
internal enum LabelMatch { None, Loose, Exact }

/// <summary>
/// Compares printed labels with the official wording. Publications wrap labels at other places, type half-width
/// brackets, number rows <c>1、</c> instead of <c>1.</c> or not at all, and shorten long labels; all of that is a loose
/// match (listed in the import report), never a silent one.
/// </summary>
internal static partial class Labels
{
    /// <summary>Whitespace removed (labels are wrapped anywhere), nothing else: an equal result is an exact match.</summary>
    public static string Squeeze(string text) => WhitespaceRun().Replace(text.Normalize(NormalizationForm.FormC), "");

    /// <summary>
    /// The label's words only: full-width forms folded to half-width, brackets and quotes unified, leading numbering
    /// (一、 （一） 1. 1、 (1) ①) and punctuation dropped.
    /// </summary>
    public static string Core(string text)
    {
        var s = Squeeze(text).Normalize(NormalizationForm.FormKC);
        s = LeadingNumbering().Replace(s, "");
        var b = new StringBuilder(s.Length);
        foreach (var ch in s)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(ch);
            if (cat is UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation
                or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OtherPunctuation or UnicodeCategory.DashPunctuation
                or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.MathSymbol) continue;
            b.Append(ch);
        }
        return b.ToString();
    }

    public static LabelMatch Compare(string printed, string official)
    {
        if (Squeeze(printed) == Squeeze(official)) return LabelMatch.Exact;
        var p = Core(printed);
        var o = Core(official);
        if (p.Length == 0 || o.Length == 0) return LabelMatch.None;
        if (p == o) return LabelMatch.Loose;
        // A shortened label (（二）部分公开 for the official one with its parenthesis) or a lengthened one: the printed
        // words must begin the official ones (or the reverse) and be long enough not to be a mere common word.
        if (Math.Min(p.Length, o.Length) >= 4 && (o.StartsWith(p, StringComparison.Ordinal) || p.StartsWith(o, StringComparison.Ordinal)))
            return LabelMatch.Loose;
        return LabelMatch.None;
    }

    [GeneratedRegex(@"\s+")] private static partial Regex WhitespaceRun();

    [GeneratedRegex(@"^(?:[(（]?[一二三四五六七八九十]+[)）、.．]|[(（]\d+[)）]|\d+[、.．)）]|[①-⑳])+")]
    private static partial Regex LeadingNumbering();
}

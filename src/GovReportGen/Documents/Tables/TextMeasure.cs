using System.Text;

namespace GovReportGen.Documents.Tables;

/// <summary>
/// The font-independent width measure of docs/typesetting.md §4, in ems: a full-width character is 1 em, a digit,
/// Latin letter, space or half-width mark 0.6 em (the widest digits of the faces in the chains: Noto Serif CJK SC's are
/// 0.55 em and LXGW WenKai's 0.6 em; 仿宋_GB2312's 0.5 em). It needs no font, so PDF and DOCX get the same column
/// widths whichever fonts a machine has.
/// </summary>
internal static class TextMeasure
{
    /// <summary>The widest line (lines separated by <c>\n</c>).</summary>
    public static double MaxContentEm(string text) => WidestLineEm(text, NarrowEm);

    /// <summary>
    /// The widest piece that cannot be broken: one full-width character, or a run of narrow characters
    /// (a number, a Latin word) between spaces and full-width characters.
    /// </summary>
    public static double MinContentEm(string text)
    {
        double widest = 0, run = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            if (CjkText.IsFullWidth(rune.Value) || CjkText.IsAsciiWhitespace(rune.Value))
            {
                widest = Math.Max(widest, run);
                run = 0;
                if (CjkText.IsFullWidth(rune.Value))
                    widest = Math.Max(widest, 1);
                continue;
            }
            run += Width(rune, NarrowEm);
        }
        return Math.Max(widest, run);
    }

    /// <summary>
    /// The width of one line in the government 仿宋, whose digits and Latin letters are half an em: what Word on an
    /// office PC sets the DOCX signature in, so its date lines up there (TextMeasure's 0.6 em is for column widths,
    /// which must hold the widest free face too).
    /// </summary>
    public static double GovernmentFontEm(string text) => WidestLineEm(text, narrowEm: 0.5);

    private static double WidestLineEm(string text, double narrowEm) =>
        text.Split('\n').Max(line => line.EnumerateRunes().Sum(r => Width(r, narrowEm)));

    private static double Width(Rune rune, double narrowEm) =>
        CjkText.IsFullWidth(rune.Value) ? 1 : CjkText.IsZeroWidth(rune) ? 0 : narrowEm;

    /// <summary>The width of a digit, Latin letter or half-width mark, in ems.</summary>
    public const double NarrowEm = 0.6;
}

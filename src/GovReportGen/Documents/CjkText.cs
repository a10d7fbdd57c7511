using System.Globalization;
using System.Text;

namespace GovReportGen.Documents;

/// <summary>
/// Character classes the whitespace rules and the font-independent width measure share.
/// </summary>
internal static class CjkText
{
    /// <summary>
    /// True for characters set one em wide in Chinese text: East Asian Wide/Fullwidth (ideographs, CJK and
    /// full-width punctuation, kana, Hangul) plus the East Asian Ambiguous marks Chinese fonts draw full
    /// width (“ ” ‘ ’ — … · ‰ ℃ ①). Unicode leaves Ambiguous to context; our context is always zh-CN.
    /// </summary>
    public static bool IsFullWidth(int codePoint) => codePoint switch
    {
        >= 0x1100 and <= 0x115F => true,   // Hangul Jamo leading consonants
        0x00B7 or 0x2014 or 0x2015 or 0x2018 or 0x2019 or 0x201C or 0x201D or 0x2026 or 0x2030
            or 0x203B or 0x2103 or 0x2116 or 0x2605 or 0x2606 => true,
        >= 0x2160 and <= 0x217F => true,   // Roman numerals
        >= 0x2460 and <= 0x24FF => true,   // circled and parenthesised numbers
        >= 0x25A0 and <= 0x25FF => true,   // geometric shapes (■ □ ▲ ○)
        >= 0x2E80 and <= 0x303E => true,   // CJK radicals, Kangxi, symbols and punctuation (、。〈〉【】)
        >= 0x3041 and <= 0x33FF => true,   // kana, Bopomofo, Hangul compatibility, enclosed CJK
        >= 0x3400 and <= 0x4DBF => true,   // Extension A
        >= 0x4E00 and <= 0x9FFF => true,   // Unified Ideographs
        >= 0xA000 and <= 0xA4CF => true,   // Yi
        >= 0xAC00 and <= 0xD7A3 => true,   // Hangul syllables
        >= 0xF900 and <= 0xFAFF => true,   // compatibility ideographs
        >= 0xFE10 and <= 0xFE19 => true,   // vertical forms
        >= 0xFE30 and <= 0xFE6F => true,   // compatibility and small forms
        >= 0xFF01 and <= 0xFF60 => true,   // full-width forms (，（）：；！？％０-９)
        >= 0xFFE0 and <= 0xFFE6 => true,   // full-width signs (￥)
        >= 0x20000 and <= 0x3FFFD => true, // Extensions B onwards
        _ => false,
    };

    /// <summary>Characters that take no width: format characters (RTL marks, ZWSP, BOM) and combining marks.</summary>
    public static bool IsZeroWidth(Rune rune)
    {
        var category = Rune.GetUnicodeCategory(rune);
        return category is UnicodeCategory.Format or UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark;
    }

    /// <summary>HTML's ASCII whitespace (tab, LF, FF, CR, space); other spaces such as U+3000 are content.</summary>
    public static bool IsAsciiWhitespace(int codePoint) =>
        codePoint is '\t' or '\n' or '\f' or '\r' or ' ';
}

using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace GovReportGen.Documents.Markup;

/// <summary>
/// Checks the raw markup for what the XML parser would report only in English, or not at all: named
/// entities other than XML's five (<c>&amp;nbsp;</c>), a bare <c>&amp;</c>, and characters that XML
/// accepts but HTML forbids (C1 controls, DEL, noncharacters), also when written as numeric references.
/// </summary>
internal static partial class MarkupPrescan
{
    private static readonly string[] XmlEntities = ["amp", "lt", "gt", "quot", "apos"];

    [GeneratedRegex(@"\G&(?:#(?<dec>[0-9]+)|#x(?<hex>[0-9A-Fa-f]+)|(?<name>[A-Za-z_][A-Za-z0-9._-]*));")]
    private static partial Regex Reference();

    public static void Check(string markup, MarkupErrors errors)
    {
        var i = 0;
        while (i < markup.Length)
        {
            if (SkipSection(markup, ref i, "<!--", "-->", checkCharacters: true, errors)
                || SkipSection(markup, ref i, "<![CDATA[", "]]>", checkCharacters: true, errors))
                continue;
            if (markup[i] == '&')
            {
                CheckReference(markup, i, errors);
                i++;
                continue;
            }
            i += CheckCharacter(markup, i, errors);
        }
    }

    private static bool SkipSection(string markup, ref int i, string open, string close, bool checkCharacters, MarkupErrors errors)
    {
        if (string.CompareOrdinal(markup, i, open, 0, open.Length) != 0)
            return false;
        var end = markup.IndexOf(close, i + open.Length, StringComparison.Ordinal);
        end = end < 0 ? markup.Length : end + close.Length;
        while (checkCharacters && i < end)
            i += CheckCharacter(markup, i, errors);
        i = end;
        return true;
    }

    private static void CheckReference(string markup, int index, MarkupErrors errors)
    {
        var match = Reference().Match(markup, index);
        var at = errors.Locator.AtIndex(index);
        if (!match.Success)
        {
            errors.At(at, "未转义的 & 字符：文本中的 & 应写作 &amp;");
            return;
        }
        if (match.Groups["name"] is { Success: true } name)
        {
            if (!XmlEntities.Contains(name.Value, StringComparer.Ordinal))
                errors.At(at, $"报告标记中不允许的实体引用 {match.Value}（只允许 &amp; &lt; &gt; &quot; &apos; 和数字字符引用）");
            return;
        }
        var (digits, style) = match.Groups["dec"].Success
            ? (match.Groups["dec"].Value, NumberStyles.None)
            : (match.Groups["hex"].Value, NumberStyles.AllowHexSpecifier);
        if (!int.TryParse(digits, style, CultureInfo.InvariantCulture, out var codePoint)
            || !Rune.IsValid(codePoint) || IsForbidden(codePoint))
            errors.At(at, $"字符引用 {match.Value} 指向不允许的字符");
    }

    /// <summary>Checks the character at <paramref name="index"/>; returns how many UTF-16 units it took.</summary>
    private static int CheckCharacter(string markup, int index, MarkupErrors errors)
    {
        if (Rune.DecodeFromUtf16(markup.AsSpan(index), out var rune, out var length) != System.Buffers.OperationStatus.Done)
        {
            errors.At(errors.Locator.AtIndex(index), $"报告标记中有不成对的 UTF-16 代理项 U+{(int)markup[index]:X4}");
            return 1;
        }
        if (IsForbidden(rune.Value))
            errors.At(errors.Locator.AtIndex(index), $"报告标记中有不允许的控制字符或非字符 U+{rune.Value:X4}");
        return length;
    }

    /// <summary>
    /// Controls other than tab/LF/CR (XML forbids C0, HTML forbids DEL and C1), and noncharacters
    /// (U+FDD0–U+FDEF and every U+xxFFFE/U+xxFFFF), which the Nu checker rejects in HTML.
    /// </summary>
    public static bool IsForbidden(int codePoint) =>
        codePoint is < 0x20 and not ('\t' or '\n' or '\r')
        || codePoint is >= 0x7F and <= 0x9F
        || codePoint is >= 0xFDD0 and <= 0xFDEF
        || (codePoint & 0xFFFE) == 0xFFFE;
}

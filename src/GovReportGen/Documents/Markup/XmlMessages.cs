using System.Text.RegularExpressions;

namespace GovReportGen.Documents.Markup;

/// <summary>
/// System.Xml's parser messages in Chinese (issue 12.3: every message a user sees is Chinese). The messages a
/// template edit can cause are translated with the token they name; any other is dropped for a general hint, since
/// the diagnostic's position already says where the markup broke.
/// </summary>
internal static partial class XmlMessages
{
    private static readonly (Regex English, string Chinese)[] Known =
    [
        (new(@"^'(?<a>.*)' is an unexpected token\. The expected token is '(?<b>.*)' or '(?<c>.*)'\.?$"), "此处不应出现“${a}”，应为“${b}”或“${c}”"),
        (new(@"^'(?<a>.*)' is an unexpected token\. The expected token is '(?<b>.*)'\.?$"), "此处不应出现“${a}”，应为“${b}”"),
        (new(@"^'(?<a>.*)' is an unexpected token\. Expecting white ?space\.?$"), "此处不应出现“${a}”，应为空白（属性之间要用空格分开）"),
        (new(@"^Unexpected end of file has occurred\. The following elements are not closed: (?<a>.*?)\.?$"), "报告标记意外结束，以下元素没有结束标签：${a}"),
        (new(@"^Unexpected end of file while parsing Name has occurred\.?$"), "报告标记在元素或属性名中间意外结束"),
        (new(@"^Unexpected end of file while parsing Comment has occurred\.?$"), "注释（<!-- … -->）没有结束"),
        (new(@"^Unexpected end of file while parsing CDATA has occurred\.?$"), "CDATA 段没有结束"),
        (new(@"^Unexpected end of file.*$"), "报告标记意外结束"),
        (new(@"^Name cannot begin with the '(?<a>.*)' character, hexadecimal value (?<b>0x[0-9A-Fa-f]+)\.?$"), "元素或属性名不能以字符“${a}”（${b}）开头；文字中的 < 请写作 &lt;"),
        (new(@"^The '(?<a>.*)' character, hexadecimal value (?<b>0x[0-9A-Fa-f]+), cannot be included in a name\.?$"), "元素或属性名中不能有字符“${a}”（${b}）"),
        (new(@"^'(?<a>.*)', hexadecimal value (?<b>0x[0-9A-Fa-f]+), is an invalid attribute character\.?$"), "属性值中不能有字符“${a}”（${b}）；属性值中的 < 请写作 &lt;"),
        (new(@"^'(?<a>.*)', hexadecimal value (?<b>0x[0-9A-Fa-f]+), is an invalid character\.?$"), "XML 中不允许出现字符（${b}）"),
        (new(@"^Reference to undeclared entity '(?<a>.*)'\.?$"), "引用了未定义的实体 &${a};（文字中的 & 请写作 &amp;）"),
        (new(@"^An error occurred while parsing EntityName\.?$"), "& 后面不是实体名（文字中的 & 请写作 &amp;）"),
        (new(@"^Invalid syntax for a (decimal|hexadecimal) numeric entity reference\.?$"), "数字字符引用（&#…;）的写法不对"),
        (new(@"^'(?<a>.*)' is a duplicate attribute name\.?$"), "属性“${a}”重复出现"),
        (new(@"^There are multiple root elements\.?$"), "报告标记有多个根元素"),
        (new(@"^Data at the root level is invalid\.?$"), "报告标记最外层出现了无效内容"),
        (new(@"^Root element is missing\.?$"), "报告标记没有根元素"),
        (new(@"^There is an unclosed literal string\.?$"), "属性值的引号没有闭合"),
        (new(@"^An XML comment cannot contain '--', and '-' cannot be the last character\.?$"), "注释中不能有“--”，也不能以“-”结尾"),
        (new(@"^'(?<a>.*)' is an invalid name for processing instructions\.?$"), "“${a}”不是有效的处理指令名"),
        (new(@"^'\]\]>' is not allowed in character data\.?$"), "文字中不允许出现“]]>”"),
        (new(@"^'(?<a>.*)' is an undeclared prefix\.?$"), "使用了未声明的命名空间前缀“${a}”"),
        (new(@"^Unexpected DTD declaration\.?$|^.*DTD is prohibited.*$"), "报告标记中不允许 DOCTYPE（DTD）"),
        (new(@"^Unexpected XML declaration\..*$"), "XML 声明（<?xml …?>）只能出现在文档开头，报告标记中不应出现"),
        (new(@"^Invalid (high|low) surrogate character.*$"), "出现了不成对的代理字符"),
    ];

    public static string Translate(string message)
    {
        foreach (var (english, chinese) in Known)
        {
            var match = english.Match(message.Trim());
            if (match.Success) return match.Result(chinese);
        }
        return "请检查此处的标签是否配对、属性值是否加了引号、文字中的 < 和 & 是否写成 &lt; 和 &amp;";
    }
}

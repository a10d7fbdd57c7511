using GovReportGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GovReportGen.Data.Yaml;

/// <summary>
/// Turns what YamlDotNet throws into a GRG1001 diagnostic a person filling in the form can act on: in Chinese,
/// at the place the mistake is (not where the parser gave up), with the parser's own words kept.
/// </summary>
internal static class YamlErrorTranslator
{
    public static Diagnostic DescribeParserFailure(string displayPath, (SourceSpan Span, char Open)? openFlow, ParsingEvent? last)
    {
        if (openFlow is { } open)
            return new Diagnostic("GRG1001", Severity.Error, open.Span,
                $"YAML 格式错误：此处的“{open.Open}”没有配对的“{Closing(open.Open)}”，请检查括号是否配对");
        var span = last is null ? SourceSpan.StartOf(displayPath) : new SourceSpan(displayPath, Math.Max(1, (int)last.End.Line), Math.Max(1, (int)last.End.Column));
        return new Diagnostic("GRG1001", Severity.Error, span, "YAML 格式错误：此处之后的内容无法解析，请检查括号、引号和缩进");
    }

    private static char Closing(char open) => open == '{' ? '}' : ']';

    public static Diagnostic DescribeSyntaxError(YamlException e, string text, string displayPath, (SourceSpan Span, char Open)? openFlow)
    {
        // YamlDotNet reports "invalid tab as indentation" at (1,1), so the tab's line is found here. A tab-indented
        // line after the failure point of another error did not cause it (the parser stops at the first fault).
        var tabLine = FindTabIndentedLine(text);
        var blamesTab = e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase);
        if (tabLine > 0 && (blamesTab || tabLine <= Math.Max(1, (int)e.Start.Line)))
        {
            return new Diagnostic("GRG1001", Severity.Error, new SourceSpan(displayPath, tabLine, 1),
                "YAML 格式错误：此行用制表符（Tab）缩进，YAML 只允许用空格缩进");
        }
        var line = Math.Max(1, (int)e.Start.Line);
        var column = Math.Max(1, (int)e.Start.Column);
        // At the end of a file cut short YamlDotNet may mark a line past the end; point at the last line's end
        // (after a final newline that is the empty line an editor shows there).
        var lines = text.Split('\n');
        var lastLine = lines.Length;
        if (line > lastLine)
        {
            line = Math.Max(1, lastLine);
            column = lines[line - 1].TrimEnd('\r').Length + 1;
        }
        var reason = e.InnerException?.Message ?? e.Message;
        var where = openFlow is { } open && (reason.Contains("did not find expected ',' or", StringComparison.Ordinal))
            ? $"（未配对的“{open.Open}”在第 {open.Span.Line} 行第 {open.Span.Column} 列）"
            : "";
        return new Diagnostic("GRG1001", Severity.Error, new SourceSpan(displayPath, line, column),
            $"YAML 格式错误：{TranslateParserMessage(reason)}{where}");
    }

    private static int FindTabIndentedLine(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var l = lines[i];
            var j = 0;
            while (j < l.Length && (l[j] == ' ' || l[j] == '\t'))
            {
                if (l[j] == '\t' && j + 1 < l.Length && l.Trim().Length > 0) return i + 1;
                j++;
            }
        }
        return 0;
    }

    /// <summary>
    /// The parser's English reason told in Chinese. Known reasons get a sentence that says what to change; any other
    /// is described by what the parser was reading when it stopped (a quoted value, a list, a mapping …), so no
    /// English reaches the person filling in the form.
    /// </summary>
    internal static string TranslateParserMessage(string message)
    {
        foreach (var (needle, chinese) in KnownReasons)
            if (message.Contains(needle, StringComparison.OrdinalIgnoreCase)) return chinese;
        foreach (var (context, chinese) in Contexts)
            if (message.Contains(context, StringComparison.OrdinalIgnoreCase)) return $"{chinese}时遇到无法理解的内容，请检查引号、括号、冒号和缩进";
        return "此处的内容无法解析，请检查引号、括号、冒号和缩进";
    }

    private static readonly (string Needle, string Chinese)[] KnownReasons =
    {
        ("mapping values are not allowed", "此处不允许出现“: ”（值中含冒号时请加引号）"),
        ("found invalid mapping", "此处不允许出现“: ”（值中含冒号时请加引号）"),
        ("did not find expected ',' or '}'", "花括号“{ }”内缺少逗号或右花括号“}”，请检查括号是否配对"),
        ("did not find expected ',' or ']'", "方括号“[ ]”内缺少逗号或右方括号“]”，请检查括号是否配对"),
        ("did not find expected '-' indicator", "列表的缩进不一致：同一列表的每一项都应以同样缩进的“- ”开头"),
        ("did not find expected key", "缩进不一致或缺少键：同一层的键应左对齐，每个键后接“: ”"),
        ("found more than one anchor", "值以“&”开头会被当作 YAML 锚点；若“&”是文字内容，请给整个值加引号"),
        ("Anchor before sequence entry", "值以“&”开头会被当作 YAML 锚点；若“&”是文字内容，请给整个值加引号"),
        ("found character that cannot start any token", "出现不能作为值开头的字符（如 @、`、%），请给整个值加引号"),
        ("found undefined tag handle", "值以“!”开头会被当作 YAML 标签；若“!”是文字内容，请给整个值加引号"),
        ("did not find expected node content", "此处缺少值，或值以不能开头的字符开头（如“- ”“? ”“: ”），请补上值或给值加引号"),
        ("Block sequence entries are not allowed", "此处不能开始一个“- ”列表：列表应另起一行并缩进"),
        ("Mapping keys are not allowed", "此处不能出现“? ”键标记，请给值加引号"),
        ("could not find expected ':'", "键后缺少冒号“:”，或者一个值跨了多行（多行文字请用“|”或给值加引号）"),
        ("found unknown escape character", "双引号中的“\\”后跟了无效的转义字符；文字中的反斜杠请写成“\\\\”，或改用单引号"),
        ("found invalid Unicode character escape", "双引号中的“\\u”“\\x”转义码无效"),
        ("found invalid Unicode surrogates", "双引号中的“\\u”转义给出了不成对的代理项字符，请删除或改写"),
        ("quoted scalar, found unexpected end of stream", "引号没有闭合：从此处开始的值缺少结尾的引号"),
        ("quoted scalar, found unexpected document indicator", "引号没有闭合：值中遇到了“---”或“...”"),
        ("a comment between adjacent scalars", "值的中间出现了“ #”：“#”之后会被当作注释，请给整个值加引号"),
        ("found a comment without whtespace", "块文字的“>”或“|”之后缺少空格"),
        ("found extra spaces in first line", "块文字（“|”“>”）第一行的缩进多于后面各行"),
        ("found more spaces in lines above first content line", "块文字（“|”“>”）开头的空行缩进多于正文"),
        ("an indentation indicator equal to 0", "块文字的缩进标记不能为 0"),
        ("found value containing disallowed", "锚点或别名（&、*）的名称含不允许的字符；若是文字内容，请给整个值加引号"),
        ("invalid tab as indentation", "用制表符（Tab）缩进，YAML 只允许用空格缩进"),
        ("Did not find expected <document start>", "文件中有多余的内容：一个文件只能写一份数据"),
        ("Did not find expected <document end>", "文件中有多余的内容：一个文件只能写一份数据"),
        ("Expected nothing after STREAM-END", "文件末尾有多余的内容"),
        ("document end, found invalid content after", "“...”之后还有内容：一个文件只能写一份数据"),
        ("directive", "以“%”开头的行会被当作 YAML 指令；若是文字内容，请给整个值加引号"),
    };

    private static readonly (string Context, string Chinese)[] Contexts =
    {
        ("quoted scalar", "读取带引号的值"),
        ("plain scalar", "读取值"),
        ("block scalar", "读取块文字（“|”“>”）"),
        ("flow mapping", "读取花括号“{ }”"),
        ("flow sequence", "读取方括号“[ ]”"),
        ("block mapping", "读取键值对"),
        ("block collection", "读取列表"),
        ("simple key", "读取键"),
        ("tag", "读取以“!”开头的值"),
        ("anchor or alias", "读取以“&”或“*”开头的值"),
        ("node", "读取值"),
    };
}

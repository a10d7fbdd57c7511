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

    private static string TranslateParserMessage(string message)
    {
        // The parser's English reason is kept after a Chinese lead, so nothing the parser knows is lost.
        if (message.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase)
            || message.Contains("found invalid mapping", StringComparison.OrdinalIgnoreCase))
            return "此处不允许出现“: ”（值中含冒号时请加引号）（" + message + "）";
        if (message.Contains("did not find expected ',' or '}'", StringComparison.OrdinalIgnoreCase))
            return "花括号“{ }”内缺少逗号或右花括号“}”，请检查括号是否配对（" + message + "）";
        if (message.Contains("did not find expected ',' or ']'", StringComparison.OrdinalIgnoreCase))
            return "方括号“[ ]”内缺少逗号或右方括号“]”，请检查括号是否配对（" + message + "）";
        if (message.Contains("did not find expected key", StringComparison.OrdinalIgnoreCase))
            return "缩进不一致或缺少键（" + message + "）";
        if (message.Contains("found more than one anchor", StringComparison.OrdinalIgnoreCase))
            return "值以“&”开头会被当作 YAML 锚点；若“&”是文字内容，请给整个值加引号（" + message + "）";
        if (message.Contains("found character that cannot start any token", StringComparison.OrdinalIgnoreCase))
            return "出现不能作为开头的字符，如 @ 或 `，请给值加引号（" + message + "）";
        return message;
    }
}

using System.Text.RegularExpressions;

namespace GovReportGen.Templating;

/// <summary>Scriban's English runtime messages, told in Chinese for editors (the original follows in brackets).</summary>
internal static partial class TemplateMessages
{
    [GeneratedRegex(@"Cannot get member with name (\S+?)\.?$")] private static partial Regex UnknownMember();
    [GeneratedRegex(@"The variable or function `([^`]+)` was not found")] private static partial Regex UnknownVariable();
    [GeneratedRegex(@"iteration limit `(\d+)`")] private static partial Regex LoopLimit();
    [GeneratedRegex(@"recursive depth limit `(\d+)`")] private static partial Regex RecursionLimit();
    [GeneratedRegex(@"Object `([^`]+)` is null")] private static partial Regex NullObject();
    [GeneratedRegex(@"exceeds OutputLimit `(\d+)`")] private static partial Regex OutputLimit();
    [GeneratedRegex(@"reaches LimitToString `(\d+)`")] private static partial Regex StringLimit();

    public static string Translate(string message)
    {
        Match m;
        if ((m = UnknownMember().Match(message)).Success) return $"模板引用了不存在的成员“{m.Groups[1].Value}”（{message}）";
        if ((m = UnknownVariable().Match(message)).Success) return $"模板引用了未定义的变量或函数“{m.Groups[1].Value}”（{message}）";
        if ((m = LoopLimit().Match(message)).Success) return $"模板循环次数超过上限 {m.Groups[1].Value}，可能是死循环（{message}）";
        if ((m = RecursionLimit().Match(message)).Success) return $"模板递归层数超过上限 {m.Groups[1].Value}（{message}）";
        if ((m = NullObject().Match(message)).Success) return $"模板访问了空值“{m.Groups[1].Value}”的成员，请先用 if 判断（{message}）";
        if ((m = OutputLimit().Match(message)).Success) return $"模板输出超过上限 {m.Groups[1].Value} 个字符，已停止（{message}）";
        if ((m = StringLimit().Match(message)).Success) return $"模板输出的单个值超过上限 {m.Groups[1].Value} 个字符（{message}）";
        return $"模板运行错误：{message}";
    }
}

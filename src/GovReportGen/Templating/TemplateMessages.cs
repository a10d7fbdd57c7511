using System.Text.RegularExpressions;

namespace GovReportGen.Templating;

/// <summary>
/// Scriban's English messages, told in Chinese for editors. Messages we know are translated with their
/// details (the token, the name, the limit); any other is replaced by a Chinese sentence that keeps only the
/// quoted token, never Scriban's English, which an editor of these reports need not read.
/// </summary>
internal static partial class TemplateMessages
{
    private static readonly (Regex Pattern, Func<Match, string> Chinese)[] Runtime =
    {
        (new(@"Cannot get member with name (\S+?)\.?$"), m => $"模板引用了不存在的成员“{m.Groups[1].Value}”"),
        (new(@"The variable or function `([^`]+)` was not found"), m => $"模板引用了未定义的变量或函数“{m.Groups[1].Value}”"),
        (new(@"iteration limit `(\d+)`"), m => $"模板循环次数超过上限 {m.Groups[1].Value}，可能是死循环"),
        (new(@"Range expression exceeds LoopLimit `(\d+)`"), m => $"模板中的范围（如 1..N）超过循环上限 {m.Groups[1].Value}"),
        (new(@"String multiplication exceeds LimitToString `(\d+)`"), m => $"模板中重复生成的文字超过上限 {m.Groups[1].Value} 个字符"),
        (new(@"recursive depth limit `(\d+)`"), m => $"模板递归层数超过上限 {m.Groups[1].Value}"),
        (new(@"Exceeding recursive depth limit, near to stack overflow"), _ => "模板递归过深，已停止"),
        (new(@"Object `([^`]+)` is null"), m => $"模板访问了空值“{m.Groups[1].Value}”的成员，请先用 if 判断"),
        (new(@"exceeds OutputLimit `(\d+)`"), m => $"模板输出超过上限 {m.Groups[1].Value} 个字符，已停止"),
        (new(@"reaches LimitToString `(\d+)`"), m => $"模板输出的单个值超过上限 {m.Groups[1].Value} 个字符"),
        (new(@"Invalid number of arguments `(\d+)` passed to `([^`]+)` while expecting `(\d+)`"), m => $"函数“{m.Groups[2].Value}”需要 {m.Groups[3].Value} 个参数，实际给了 {m.Groups[1].Value} 个"),
        (new(@"Cannot get the member (\S+) for a null object"), m => $"模板访问了空值的成员“{m.Groups[1].Value.Trim('`', '.')}”，请先用 if 判断"),
        (new(@"Cannot divide by 0"), _ => "模板中除数为 0"),
        (new(@"Cannot set (?:a )?(?:value (?:on|for) )?the (?:readonly )?(?:variable|member)[: ]*`?([^`]*)`?"), m => $"不能修改只读的变量或成员“{m.Groups[1].Value.Trim()}”：模板中的数据只能读取"),
        (new(@"Cannot get or set a member on the primitive `([^`/]*)(?:/([^`]*))?` when accessing (?:member|index): (.+)$"), m => $"“{m.Groups[1].Value}”是{TypeName(m.Groups[2].Value)}，没有成员“{m.Groups[3].Value.Trim()}”"),
        (new(@"The value `([^`]*)` is not a number"), m => $"“{m.Groups[1].Value}”不是数字，不能做数值运算"),
        (new(@"[Rr]egex.*(?:time|Timeout)|(?:time|Timeout).*[Rr]egex|RegexMatchTimeout"), _ => "模板中的正则表达式运行超时（超过 1 秒），已停止"),
        (new(@"Unable to convert type `([^`]+)` to `([^`]+)`"), m => $"模板中的值类型不符：不能把 {TypeName(m.Groups[1].Value)} 当作 {TypeName(m.Groups[2].Value)} 使用"),
        (new(@"Invalid argument `([^`]+)` not found for function `([^`]+)`"), m => $"函数“{m.Groups[2].Value}”没有名为“{m.Groups[1].Value}”的参数"),
        (new(@"Expecting a boolean instead of (\S+)"), m => $"此处需要真假值（true/false），实际为 {TypeName(m.Groups[1].Value)}"),
    };

    private static readonly (Regex Pattern, Func<Match, string> Chinese)[] Syntax =
    {
        (new(@"The <end> statement was not found"), _ => "缺少与之配对的 {{ end }}"),
        (new(@"Found <end> statement without a corresponding beginning"), _ => "多出的 {{ end }}：前面没有与之配对的 if、for、while、func 等"),
        (new(@"Expecting <expression> instead of `([^`]*)`"), m => $"此处需要一个表达式，却遇到“{m.Groups[1].Value}”"),
        (new(@"Expecting an <expression> to the right of the operator instead of `([^`]*)`"), m => $"运算符右边需要一个表达式，却遇到“{m.Groups[1].Value}”"),
        (new(@"Expecting 'in' word instead of `([^`]*)`"), m => $"for 语句需要写成 for x in 列表，却遇到“{m.Groups[1].Value}”"),
        (new(@"Expecting a variable instead of `([^`]*)`"), m => $"此处需要一个变量名，却遇到“{m.Groups[1].Value}”"),
        (new(@"Unexpected token (?:found )?`([^`]*)`"), m => $"此处不应出现“{m.Groups[1].Value}”"),
        (new(@"Unexpected keyword found `([^`]*)`"), m => $"此处不应出现关键字“{m.Groups[1].Value}”"),
        (new(@"Unexpected } while no matching \{"), _ => "多出的 }}：前面没有与之配对的 {{"),
        (new(@"Unexpected token while already in a code block"), _ => "在代码块 {{ … }} 之内又写了 {{"),
        (new(@"Unexpected statement/expression `([^`]*)`"), m => $"此处不应出现语句“{m.Groups[1].Value}”"),
        (new(@"Expecting a closing parenthesis"), _ => "缺少右括号 )"),
        (new(@"Expecting a closing `\)`"), _ => "缺少右括号 )"),
        (new(@"Expecting '\]'"), _ => "缺少右方括号 ]"),
        (new(@"string not terminated|(?:string|literal).*not terminated|Unterminated"), _ => "字符串缺少结尾的引号"),
        (new(@"Unexpected end of file|Reached end of file|end of file"), _ => "模板在语句结束之前就结束了：是否缺少 }} 或 end？"),
        (new(@"Invalid identifier|Expecting a simple identifier"), _ => "此处需要一个简单的名称（字母、数字和下划线）"),
        (new(@"Invalid number|Expecting at least one digit"), _ => "数字写法不正确"),
        (new(@"Unexpected token \}$"), _ => "此处不应出现“}”：是否少写了引号或括号？"),
    };

    /// <summary>A Scriban runtime message in Chinese.</summary>
    public static string Translate(string message) =>
        Find(Runtime, message) ?? $"模板运行错误{Token(message)}";

    /// <summary>A Scriban parser message in Chinese, with the <c>模板语法错误：</c> prefix.</summary>
    public static string TranslateSyntax(string message) =>
        "模板语法错误：" + (Find(Syntax, message) ?? Find(Runtime, message) ?? $"无法理解此处的写法{Token(message)}");

    private static string? Find((Regex Pattern, Func<Match, string> Chinese)[] table, string message)
    {
        foreach (var (pattern, chinese) in table)
        {
            var m = pattern.Match(message);
            if (m.Success) return chinese(m);
        }
        return null;
    }

    [GeneratedRegex(@"`([^`]{1,40})`")] private static partial Regex Quoted();

    /// <summary>The first token Scriban quoted, which points the editor at the spot without its English.</summary>
    private static string Token(string message) => Quoted().Match(message) is { Success: true } m ? $"（在“{m.Groups[1].Value}”处）" : "";

    private static string TypeName(string scriban) => scriban.ToLowerInvariant() switch
    {
        "string" or "system.string" => "文字",
        "int" or "long" or "double" or "decimal" or "number" or "system.int32" or "system.int64" or "system.decimal" => "数字",
        "bool" or "boolean" or "system.boolean" => "真假值",
        "null" => "空值",
        _ => $"“{scriban}”",
    };
}

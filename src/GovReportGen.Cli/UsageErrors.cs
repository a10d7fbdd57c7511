using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.RegularExpressions;

namespace GovReportGen.Cli;

/// <summary>
/// System.CommandLine's parse errors told in Chinese, with a did-you-mean for a mistyped verb or option.
/// Its English messages are matched by shape; one we do not know keeps only the tokens it quotes.
/// </summary>
internal static partial class UsageErrors
{
    public static IEnumerable<string> Describe(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        var unrecognized = parse.Errors.Any(e => Unrecognized().IsMatch(e.Message));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var error in parse.Errors)
        {
            // "no command given" beside an unknown word says the same thing twice; the did-you-mean is the useful one.
            if (unrecognized && error.Message.StartsWith("Required command was not provided", StringComparison.Ordinal)) continue;
            var text = Translate(error.Message, command);
            if (seen.Add(text)) yield return text;
        }
    }

    /// <summary>Whether the line has a word the command does not know (a typo deserves its did-you-mean, even beside --help).</summary>
    public static bool NamesUnknownWord(ParseResult parse) => parse.Errors.Any(e => Unrecognized().IsMatch(e.Message));

    private static string Translate(string message, Command command)
    {
        Match m;
        if (message.StartsWith("Required command was not provided", StringComparison.Ordinal))
            return $"缺少子命令：可用的子命令有 {string.Join("、", command.Subcommands.Select(c => c.Name))}";
        if ((m = Unrecognized().Match(message)).Success)
        {
            var token = m.Groups[1].Value;
            var kind = token.StartsWith('-') ? "选项" : command.Subcommands.Count > 0 ? "子命令" : "参数";
            return Suggest(token, command) is { } suggestion
                ? $"无法识别的{kind}“{token}”，是否应为“{suggestion}”？"
                : $"无法识别的{kind}“{token}”";
        }
        if ((m = CannotParse().Match(message)).Success)
            return $"选项 {m.Groups[2].Value} 的值“{m.Groups[1].Value}”不是{TypeName(m.Groups[3].Value)}";
        if ((m = NotOneOf().Match(message)).Success)
        {
            var choices = Quoted().Matches(message).Skip(1).Select(c => c.Groups[1].Value);
            return $"“{m.Groups[1].Value}”不是可选的值，可选：{string.Join("、", choices)}";
        }
        if ((m = MissingValue().Match(message)).Success) return $"选项 {m.Groups[1].Value} 缺少值";
        if ((m = RequiredOption().Match(message)).Success) return $"缺少必需的选项 {m.Groups[1].Value}";
        if ((m = TooMany().Match(message)).Success) return $"多余的参数“{m.Groups[1].Value}”";
        var tokens = Quoted().Matches(message).Select(q => q.Groups[1].Value).ToList();
        return tokens.Count > 0 ? $"命令行有误（涉及“{string.Join("”“", tokens)}”）" : "命令行有误";
    }

    /// <summary>The closest verb or option of the command, when it is close enough to be a typo.</summary>
    private static string? Suggest(string token, Command command)
    {
        var candidates = token.StartsWith('-')
            ? command.Options.SelectMany(o => o.Aliases.Prepend(o.Name))
            : command.Subcommands.Select(c => c.Name);
        return candidates
            .Select(c => (Name: c, Distance: GovReportGen.Diagnostics.DidYouMean.Distance(token, c)))
            .Where(c => c.Distance <= Math.Max(1, c.Name.Length / 3))
            .OrderBy(c => c.Distance).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
    }


    private static string TypeName(string clrType) => clrType switch
    {
        _ when clrType.Contains("Int32") || clrType.Contains("Int64") => "整数",
        _ when clrType.Contains("Decimal") || clrType.Contains("Double") => "数字",
        _ when clrType.Contains("Boolean") => "true 或 false",
        _ when clrType.Contains("DateOnly") || clrType.Contains("DateTime") => "日期（YYYY-MM-DD）",
        _ => "有效的值",
    };

    [GeneratedRegex(@"^Unrecognized command or argument '(.*)'")] private static partial Regex Unrecognized();
    [GeneratedRegex(@"^Cannot parse argument '(.*)' for option '(.*)' as expected type '(.*)'")] private static partial Regex CannotParse();
    [GeneratedRegex(@"^Argument '(.*?)' not recognized")] private static partial Regex NotOneOf();
    [GeneratedRegex(@"^Required argument missing for (?:option|command): '(.*)'")] private static partial Regex MissingValue();
    [GeneratedRegex(@"^Option '(.*)' is required")] private static partial Regex RequiredOption();
    [GeneratedRegex(@"^Unrecognized|^Too many arguments.*'(.*)'")] private static partial Regex TooMany();
    [GeneratedRegex(@"'([^']*)'")] private static partial Regex Quoted();
}

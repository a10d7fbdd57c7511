using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.Text;

namespace GovReportGen.Cli;

/// <summary>
/// <c>--help</c> in Chinese. System.CommandLine 2.0 keeps its HelpBuilder internal and writes its section titles
/// ("Usage:", "Options:", "Commands:") in the UI culture's language, so a Chinese tool replaces the help option's
/// action, the way the library's maintainers recommend, and lays the page out itself.
/// </summary>
public sealed class ChineseHelpAction(TextWriter output) : SynchronousCommandLineAction
{
    /// <summary><c>new --help</c> must show help although the required options are missing.</summary>
    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        output.Write(ChineseHelp.For(parseResult.CommandResult.Command));
        return CliApp.ExitOk;
    }
}

public static class ChineseHelp
{
    public const string HelpDescription = "显示帮助和用法信息";
    public const string VersionDescription = "显示版本信息";

    /// <summary>Puts Chinese descriptions on the built-in options and the Chinese help action on <c>--help</c>.</summary>
    public static void Install(RootCommand root, TextWriter output)
    {
        foreach (var option in root.Options)
        {
            if (option is HelpOption help)
            {
                help.Description = HelpDescription;
                help.Action = new ChineseHelpAction(output);
            }
            else if (option is VersionOption version) version.Description = VersionDescription;
        }
    }

    /// <summary>The spellings System.CommandLine gives its help option.</summary>
    public static bool IsHelpToken(string token) => token is "-h" or "--help" or "-?" or "/?" or "/h";

    public static string For(Command command)
    {
        var page = new StringBuilder();
        if (!string.IsNullOrEmpty(command.Description)) page.Append(command.Description).Append("\n\n");

        page.Append("用法：\n  ").Append(Usage(command)).Append('\n');

        var arguments = command.Arguments.Where(a => !a.Hidden).Select(a => ($"<{a.HelpName ?? a.Name}>", a.Description ?? "")).ToList();
        AppendSection(page, "参数：", arguments);

        var options = AllOptions(command).Select(o => (OptionLabel(o), OptionDescription(o))).ToList();
        AppendSection(page, "选项：", options);

        var subcommands = command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? "")).ToList();
        AppendSection(page, "子命令：", subcommands);
        return page.ToString();
    }

    private static string Usage(Command command)
    {
        var path = command.Parents.OfType<Command>().Reverse().Select(c => c is RootCommand ? "govreport" : c.Name).ToList();
        path.Add(command is RootCommand ? "govreport" : command.Name);
        var usage = string.Join(" ", path.Distinct());
        if (command.Subcommands.Count > 0) usage += " [子命令]";
        foreach (var argument in command.Arguments.Where(a => !a.Hidden))
            usage += argument.Arity.MaximumNumberOfValues > 1 ? $" <{argument.HelpName ?? argument.Name}>…" : $" <{argument.HelpName ?? argument.Name}>";
        return usage + " [选项]";
    }

    /// <summary>The command's own options, then those of its parents that apply to it too (<c>--help</c>).</summary>
    private static IEnumerable<Option> AllOptions(Command command)
    {
        var own = command.Options.Where(o => !o.Hidden);
        var inherited = command.Parents.OfType<Command>().SelectMany(p => p.Options).Where(o => o.Recursive && !o.Hidden);
        return own.Concat(inherited).Distinct();
    }

    private static string OptionLabel(Option option)
    {
        // "/?" and "/h" are Windows spellings of --help; one column of Unix spellings reads better.
        var names = option.Aliases.Append(option.Name).Where(n => !n.StartsWith('/')).Distinct().OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal);
        var label = string.Join(", ", names);
        var takesValue = option.Arity.MaximumNumberOfValues > 0 && option.ValueType != typeof(bool);
        return takesValue ? $"{label} <{option.HelpName ?? "值"}>" : label;
    }

    private static string OptionDescription(Option option)
    {
        var text = option.Description ?? "";
        if (option.Required) text += "（必需）";
        // A description that already says what the default is ("默认为 CPU 核数") needs no machine-specific number beside it.
        else if (!text.Contains("默认") && option.HasDefaultValue && option.ValueType != typeof(bool) && option.GetDefaultValue() is { } value)
            text += $"（默认：{value}）";
        return text;
    }

    private static void AppendSection(StringBuilder page, string title, IReadOnlyList<(string Label, string Description)> rows)
    {
        if (rows.Count == 0) return;
        page.Append('\n').Append(title).Append('\n');
        var width = rows.Max(r => DisplayWidth(r.Label));
        foreach (var (label, description) in rows)
            page.Append("  ").Append(label).Append(' ', width - DisplayWidth(label) + 2).Append(description).Append('\n');
    }

    /// <summary>Columns a terminal gives the text: CJK ideographs and full-width forms take two.</summary>
    public static int DisplayWidth(string text) => text.Sum(c => IsWide(c) ? 2 : 1);

    private static bool IsWide(char c) =>
        c is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';
}

using System.Text.RegularExpressions;
using GovReportGen.Diagnostics;
using Scriban.Runtime;

namespace GovReportGen.Templating;

/// <summary>
/// The did-you-mean of a strict-mode miss: <c>report.yaer</c> → <c>report.year</c>. The path before the unknown name is
/// read from the template line at the error and resolved in the model, so the candidates are that object's members;
/// a bare unknown variable is compared with the model's top-level names, the functions the templates defined, and the builtins.
/// </summary>
internal static partial class MemberSuggestion
{
    [GeneratedRegex(@"^Cannot get member with name (\S+?)\.?$")]
    private static partial Regex UnknownMember();

    [GeneratedRegex(@"The variable or function `([^`]+)` was not found")]
    private static partial Regex UnknownVariable();

    [GeneratedRegex(@"[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$")]
    private static partial Regex PathBefore();

    private static readonly string[] Builtins = { "include", "date", "math", "string", "array", "object", "regex", "html", "timespan" };

    /// <summary>The full suggested path (<c>report.year</c>), or null when nothing is close.</summary>
    public static string? For(string scribanMessage, ScriptObject model, string? source, int line, int column)
    {
        if (UnknownVariable().Match(scribanMessage) is { Success: true } variable)
        {
            var typed = variable.Groups[1].Value;
            return DidYouMean.Closest(typed, model.Keys.Concat(Builtins).Where(k => k != typed).Distinct(), MaxDistance(typed));
        }
        if (UnknownMember().Match(scribanMessage) is not { Success: true } member) return null;
        var name = member.Groups[1].Value;
        var target = TargetPath(source, line, column, name);
        var candidates = target is not null && Resolve(model, target) is ScriptObject obj ? obj.Keys : AllKeys(model).Distinct();
        var closest = DidYouMean.Closest(name, candidates.Where(k => k != name && k != TemplateModel.KeyPathMember), MaxDistance(name));
        return closest is null ? null : target is null ? closest : $"{target}.{closest}";
    }

    private static int MaxDistance(string typed) => Math.Max(1, typed.Length / 3);

    /// <summary>The dotted path written just before <c>.name</c> on the error's line (<c>report</c> in <c>report.yaer</c>).</summary>
    private static string? TargetPath(string? source, int line, int column, string name)
    {
        if (source is null || line < 1) return null;
        var lines = source.Split('\n');
        if (line > lines.Length) return null;
        var text = lines[line - 1];
        // Scriban points at the start of the member expression or at the name; look for ".name" from there on.
        var from = Math.Clamp(column - 1, 0, text.Length);
        var at = text.IndexOf("." + name, from, StringComparison.Ordinal);
        if (at < 0) at = text.LastIndexOf("." + name, StringComparison.Ordinal);
        if (at <= 0) return null;
        return PathBefore().Match(text[..at]) is { Success: true } m ? m.Value : null;
    }

    private static object? Resolve(ScriptObject model, string path)
    {
        object? current = model;
        foreach (var part in path.Split('.'))
        {
            if (current is not ScriptObject obj || !obj.TryGetValue(part, out current)) return null;
        }
        return current;
    }

    private static IEnumerable<string> AllKeys(ScriptObject obj)
    {
        foreach (var (key, value) in obj)
        {
            yield return key;
            if (value is ScriptObject child) foreach (var k in AllKeys(child)) yield return k;
            if (value is ScriptArray { Count: > 0 } array && array[0] is ScriptObject item) foreach (var k in AllKeys(item)) yield return k;
        }
    }
}

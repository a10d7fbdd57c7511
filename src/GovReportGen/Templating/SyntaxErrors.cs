using GovReportGen.Diagnostics;
using Scriban.Parsing;

namespace GovReportGen.Templating;

/// <summary>
/// One diagnostic for one syntax mistake. Scriban goes on parsing after its first error and reports every token that no
/// longer fits (a missing <c>}}</c> gave four errors on one line); only the first is the mistake. A code block
/// opened on the error's line and never closed there is the usual cause: the error then points at that <c>{{</c>.
/// </summary>
internal static class SyntaxErrors
{
    public static Diagnostic First(IEnumerable<LogMessage> messages, Func<Scriban.Parsing.SourceSpan, Diagnostics.SourceSpan> locate, Func<string, string?> read)
    {
        var first = messages.First(m => m.Type == ParserMessageType.Error);
        var span = locate(first.Span);
        var message = TemplateMessages.TranslateSyntax(first.Message);
        if (first.Span.FileName is { } file && read(file) is { } source && UnclosedBlock(source, span.Line, span.Column) is { } open)
            return new Diagnostic("GRG4010", Severity.Error, span with { Column = open },
                "模板语法错误：这里的 {{ 在本行没有配对的 }}（是否漏写了 }}？）");
        return new Diagnostic("GRG4010", Severity.Error, span, message);
    }

    /// <summary>The 1-based column of the last <c>{{</c> before <paramref name="column"/> that has no <c>}}</c> between it and the column.</summary>
    private static int? UnclosedBlock(string source, int line, int column)
    {
        var lines = source.Split('\n');
        if (line < 1 || line > lines.Length) return null;
        var text = lines[line - 1];
        var upTo = text[..Math.Clamp(column - 1, 0, text.Length)];
        var open = upTo.LastIndexOf("{{", StringComparison.Ordinal);
        if (open >= 0 && upTo.IndexOf("}}", open + 2, StringComparison.Ordinal) >= 0) return null;
        if (open < 0) return null;
        // Unclosed when no }} follows on the line, or the next {{ comes before the next }} (that }} closes a later block).
        var close = text.IndexOf("}}", open + 2, StringComparison.Ordinal);
        var next = text.IndexOf("{{", open + 2, StringComparison.Ordinal);
        return close < 0 || (next >= 0 && next < close) ? open + 1 : null;
    }
}

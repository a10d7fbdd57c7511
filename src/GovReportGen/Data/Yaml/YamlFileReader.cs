using GovReportGen.Diagnostics;
using YamlDotNet.Core;

namespace GovReportGen.Data.Yaml;

/// <summary>
/// Reads one data file into a located tree: <see cref="YamlEncoding"/> decodes the bytes,
/// <see cref="YamlTreeBuilder"/> builds the tree from parser events, <see cref="YamlErrorTranslator"/>
/// explains what the parser rejects. Never throws for bad input: every problem becomes a GRG1xxx diagnostic.
/// </summary>
internal static class YamlFileReader
{
    public static YNode? ReadFile(string path, string displayPath, DiagnosticBag diagnostics, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;
        // Only a regular file is read (a FIFO named 2024.yaml would block the run); its size is checked first.
        var bytes = IO.SafeRead.ReadBytes(path, limits.MaxFileBytes, out var refusal);
        if (bytes is null)
        {
            diagnostics.Error("GRG1004", SourceSpan.WholeOf(displayPath), $"无法读取文件：{refusal}");
            return null;
        }
        return ReadBytes(bytes, displayPath, diagnostics, limits);
    }

    public static YNode? ReadBytes(byte[] bytes, string displayPath, DiagnosticBag diagnostics, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;
        if (bytes.Length > limits.MaxFileBytes)
        {
            diagnostics.Error("GRG1004", SourceSpan.WholeOf(displayPath),
                $"文件过大（{bytes.Length} 字节），超过上限 {limits.MaxFileBytes} 字节");
            return null;
        }
        var text = YamlEncoding.Decode(bytes, displayPath, diagnostics);
        if (text is null) return null;
        text = WithoutUnicodeLineBreaks(text, displayPath, diagnostics);
        return Parse(text, displayPath, diagnostics, limits);
    }

    private static YNode? Parse(string text, string displayPath, DiagnosticBag diagnostics, YamlLimits limits)
    {
        var builder = new YamlTreeBuilder(displayPath, diagnostics, limits);
        var parser = new Parser(new StringReader(text));
        while (true)
        {
            bool more;
            try
            {
                more = parser.MoveNext();
            }
            catch (YamlException e)
            {
                diagnostics.Add(YamlErrorTranslator.DescribeSyntaxError(e, text, displayPath, builder.InnermostOpenFlow));
                return null;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // YamlDotNet 18 throws InvalidOperationException from Scanner.ScanPlainScalar on some malformed
                // input, e.g. a flow mapping left open across lines ("a: {b: 1,\n  c: 2\nd: 3"). Bad data all the same.
                diagnostics.Add(YamlErrorTranslator.DescribeParserFailure(displayPath, builder.InnermostOpenFlow, parser.Current));
                return null;
            }
            if (!more) break;
            if (!builder.Accept(parser.Current!)) return null;
        }
        return builder.Finish();
    }

    /// <summary>
    /// YAML 1.1 parsers end a line at U+0085, U+2028 and U+2029, editors and people do not: every line number after
    /// one would be off. They have no place in these reports, so each becomes a space, with a warning where it was.
    /// </summary>
    private static string WithoutUnicodeLineBreaks(string text, string displayPath, DiagnosticBag diagnostics)
    {
        if (text.IndexOfAny(UnicodeLineBreaks) < 0) return text;
        var chars = text.ToCharArray();
        int line = 1, column = 1;
        for (var i = 0; i < chars.Length; i++)
        {
            if (Array.IndexOf(UnicodeLineBreaks, chars[i]) >= 0)
            {
                diagnostics.Warning("GRG1012", new SourceSpan(displayPath, line, column),
                    $"此处有不可见的换行字符（U+{(int)chars[i]:X4}），已替换为空格；换行请直接换行");
                chars[i] = ' ';
            }
            if (chars[i] == '\n') { line++; column = 1; }
            else if (!char.IsLowSurrogate(chars[i])) column++;
        }
        return new string(chars);
    }

    private static readonly char[] UnicodeLineBreaks = { '\u0085', '\u2028', '\u2029' };
}

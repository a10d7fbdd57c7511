using System.Text;
using GovReportGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GovReportGen.Data.Yaml;

/// <summary>Limits that keep a hostile or broken file from costing more than a bounded amount of work.</summary>
public sealed record YamlLimits(int MaxFileBytes = 1024 * 1024, int MaxDepth = 16, int MaxScalarChars = 64 * 1024)
{
    public static readonly YamlLimits Default = new();
}

/// <summary>
/// Reads one data file into a located tree. Works on parser events, so anchors, aliases and
/// duplicate keys are seen before anything is built (an alias bomb is never expanded).
/// Never throws for bad input: every problem becomes a GRG1xxx diagnostic.
/// </summary>
public static class YamlFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static YamlFileReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static YNode? ReadFile(string path, string displayPath, DiagnosticBag diagnostics, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (info.Length > limits.MaxFileBytes)
            {
                diagnostics.Error("GRG1004", SourceSpan.WholeOf(displayPath),
                    $"文件过大（{info.Length} 字节），超过上限 {limits.MaxFileBytes} 字节");
                return null;
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error("GRG1004", SourceSpan.WholeOf(displayPath), $"无法读取文件：{e.Message}");
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
        var text = Decode(bytes, displayPath, diagnostics);
        if (text is null) return null;
        return Parse(text, displayPath, diagnostics, limits);
    }

    private static string? Decode(byte[] bytes, string displayPath, DiagnosticBag diagnostics)
    {
        var offset = 0;
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
        {
            diagnostics.Warning("GRG1003", SourceSpan.StartOf(displayPath), "文件以 UTF-8 BOM 开头，已忽略；建议保存为无 BOM 的 UTF-8");
            offset = 3;
        }
        if (bytes.Length - offset >= 2 && (IsUtf16Bom(bytes, offset) || LooksLikeUtf16WithoutBom(bytes, offset)))
        {
            // Without a BOM iconv cannot tell the byte order, so the command names it.
            var iconvName = IsUtf16Bom(bytes, offset) ? "UTF-16" : bytes[offset] == 0 ? "UTF-16BE" : "UTF-16LE";
            diagnostics.Error("GRG1002", SourceSpan.WholeOf(displayPath),
                $"文件为 UTF-16 编码，请另存为 UTF-8（无 BOM），例如：iconv -f {iconvName} -t UTF-8");
            return null;
        }
        try
        {
            return StrictUtf8.GetString(bytes, offset, bytes.Length - offset);
        }
        catch (DecoderFallbackException e)
        {
            var badIndex = offset + Math.Max(0, e.Index);
            var span = PositionOfByte(bytes, offset, badIndex, displayPath);
            var message = LooksLikeGb18030(bytes, offset)
                ? $"文件不是 UTF-8 编码（疑为 GB18030/GBK），请先转换：iconv -f GB18030 -t UTF-8 \"{Path.GetFileName(displayPath)}\" -o 转换后文件，或在编辑器中另存为 UTF-8"
                : "文件不是有效的 UTF-8 编码，请另存为 UTF-8（无 BOM）";
            diagnostics.Error("GRG1002", span, message);
            return null;
        }
    }

    private static bool IsUtf16Bom(byte[] b, int i) => (b[i] == 0xFF && b[i + 1] == 0xFE) || (b[i] == 0xFE && b[i + 1] == 0xFF);

    /// <summary>
    /// A data file starts with ASCII (a key, '#' or '-'), which UTF-16 pairs with a NUL byte. Without this
    /// check a BOM-less UTF-16 file is reported as "invalid UTF-8" at a column that counts NULs, or, when
    /// all its text is ASCII, even decodes "successfully" into NUL-riddled YAML.
    /// </summary>
    private static bool LooksLikeUtf16WithoutBom(byte[] b, int i) => (b[i] == 0) != (b[i + 1] == 0);

    /// <summary>Line and column of the first undecodable byte, counting the valid UTF-8 before it.</summary>
    private static SourceSpan PositionOfByte(byte[] bytes, int start, int index, string displayPath)
    {
        index = Math.Min(index, bytes.Length);
        int line = 1, column = 1;
        for (var i = start; i < index; i++)
        {
            if (bytes[i] == (byte)'\n') { line++; column = 1; }
            else if ((bytes[i] & 0xC0) != 0x80) column++;
        }
        return new SourceSpan(displayPath, line, column);
    }

    private static bool LooksLikeGb18030(byte[] bytes, int offset)
    {
        try
        {
            var gb = Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            var text = gb.GetString(bytes, offset, bytes.Length - offset);
            var cjk = text.Count(c => c >= '\u4E00' && c <= '\u9FFF');
            return cjk > 0;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static YNode? Parse(string text, string displayPath, DiagnosticBag diagnostics, YamlLimits limits)
    {
        var builder = new TreeBuilder(displayPath, diagnostics, limits);
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
                diagnostics.Add(DescribeSyntaxError(e, text, displayPath, builder.InnermostOpenFlow));
                return null;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // YamlDotNet 18 throws InvalidOperationException from Scanner.ScanPlainScalar on some malformed
                // input, e.g. a flow mapping left open across lines ("a: {b: 1,\n  c: 2\nd: 3"). Bad data all the same.
                diagnostics.Add(DescribeParserFailure(displayPath, builder.InnermostOpenFlow, parser.Current));
                return null;
            }
            if (!more) break;
            if (!builder.Accept(parser.Current!)) return null;
        }
        return builder.Finish();
    }

    private static Diagnostic DescribeParserFailure(string displayPath, (SourceSpan Span, char Open)? openFlow, ParsingEvent? last)
    {
        if (openFlow is { } open)
            return new Diagnostic("GRG1001", Severity.Error, open.Span,
                $"YAML 格式错误：此处的“{open.Open}”没有配对的“{Closing(open.Open)}”，请检查括号是否配对");
        var span = last is null ? SourceSpan.StartOf(displayPath) : new SourceSpan(displayPath, Math.Max(1, (int)last.End.Line), Math.Max(1, (int)last.End.Column));
        return new Diagnostic("GRG1001", Severity.Error, span, "YAML 格式错误：此处之后的内容无法解析，请检查括号、引号和缩进");
    }

    private static char Closing(char open) => open == '{' ? '}' : ']';

    private static Diagnostic DescribeSyntaxError(YamlException e, string text, string displayPath, (SourceSpan Span, char Open)? openFlow)
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

    /// <summary>Turns parser events into the tree, enforcing the limits as it goes.</summary>
    private sealed class TreeBuilder(string file, DiagnosticBag diagnostics, YamlLimits limits)
    {
        private readonly Stack<Frame> _stack = new();
        private YNode? _root;
        private int _documents;

        private sealed class Frame(SourceSpan span, bool isMapping, bool isFlow)
        {
            public SourceSpan Span { get; } = span;
            public bool IsMapping { get; } = isMapping;
            public bool IsFlow { get; } = isFlow;
            public List<YNode> Items { get; } = new();
            public List<YEntry> Entries { get; } = new();
            public YScalar? PendingKey { get; set; }
            public bool DiscardNext { get; set; }
            public Dictionary<string, int> SeenKeys { get; } = new(StringComparer.Ordinal);
        }

        /// <summary>The innermost "{" or "[" still open: where an unclosed bracket began, for the syntax error.</summary>
        public (SourceSpan Span, char Open)? InnermostOpenFlow =>
            _stack.FirstOrDefault(x => x.IsFlow) is { } f ? (f.Span, f.IsMapping ? '{' : '[') : null;

        private SourceSpan At(Mark mark) => new(file, Math.Max(1, (int)mark.Line), Math.Max(1, (int)mark.Column));

        /// <returns>false when reading must stop (the file is rejected).</returns>
        public bool Accept(ParsingEvent e)
        {
            switch (e)
            {
                case StreamStart or StreamEnd or DocumentEnd:
                    return true;
                case DocumentStart:
                    _documents++;
                    if (_documents > 1)
                    {
                        diagnostics.Error("GRG1004", At(e.Start), "文件只能包含一个 YAML 文档（发现第二个“---”文档）");
                        return false;
                    }
                    return true;
                case AnchorAlias alias:
                    diagnostics.Error("GRG1005", At(alias.Start), $"不允许使用 YAML 锚点/别名（&/*）：发现别名“*{alias.Value}”；若“*”是文字内容，请给整个值加引号");
                    return false;
            }

            if (e is NodeEvent node)
            {
                if (!node.Anchor.IsEmpty)
                {
                    diagnostics.Error("GRG1005", At(node.Start), $"不允许使用 YAML 锚点/别名（&/*）：发现锚点“&{node.Anchor.Value}”；若“&”是文字内容，请给整个值加引号");
                    return false;
                }
                if (!node.Tag.IsEmpty && !IsStandardTag(node.Tag.Value))
                {
                    diagnostics.Error("GRG1001", At(node.Start), $"不支持自定义 YAML 标签“{node.Tag.Value}”");
                    return false;
                }
            }

            switch (e)
            {
                case Scalar scalar:
                    if (scalar.Value.Length > limits.MaxScalarChars)
                    {
                        diagnostics.Error("GRG1004", At(scalar.Start), $"单个值过长（{scalar.Value.Length} 字符），超过上限 {limits.MaxScalarChars} 字符");
                        return false;
                    }
                    return AddNode(new YScalar(At(scalar.Start), scalar.Value, scalar.Style == ScalarStyle.Plain));
                case MappingStart m:
                    return Push(new Frame(At(m.Start), isMapping: true, isFlow: m.Style == MappingStyle.Flow), m.Start);
                case SequenceStart s:
                    return Push(new Frame(At(s.Start), isMapping: false, isFlow: s.Style == SequenceStyle.Flow), s.Start);
                case MappingEnd:
                {
                    var frame = _stack.Pop();
                    return AddNode(new YMapping(frame.Span, frame.Entries));
                }
                case SequenceEnd:
                {
                    var frame = _stack.Pop();
                    return AddNode(new YSequence(frame.Span, frame.Items));
                }
            }
            return true;
        }

        private static bool IsStandardTag(string tag) => tag.StartsWith("tag:yaml.org,2002:", StringComparison.Ordinal) || tag == "!";

        private bool Push(Frame frame, Mark start)
        {
            if (_stack.Count >= limits.MaxDepth)
            {
                diagnostics.Error("GRG1004", At(start), $"嵌套层级过深，超过上限 {limits.MaxDepth} 层");
                return false;
            }
            if (_stack.TryPeek(out var parent) && parent.IsMapping && parent.PendingKey is null)
            {
                diagnostics.Error("GRG1001", At(start), "YAML 格式错误：映射的键必须是简单文本，不能是列表或映射");
                return false;
            }
            _stack.Push(frame);
            return true;
        }

        private bool AddNode(YNode node)
        {
            if (_stack.Count == 0)
            {
                _root = node;
                return true;
            }
            var frame = _stack.Peek();
            if (!frame.IsMapping)
            {
                frame.Items.Add(node);
                return true;
            }
            if (frame.PendingKey is null)
            {
                if (node is not YScalar key)
                {
                    diagnostics.Error("GRG1001", node.Span, "YAML 格式错误：映射的键必须是简单文本");
                    return false;
                }
                if (frame.SeenKeys.TryGetValue(key.Value, out var firstLine))
                {
                    // Reported, and the second value dropped, so the rest of the file is still checked.
                    diagnostics.Error("GRG1006", key.Span, $"重复的键“{key.Value}”（首次出现在第 {firstLine} 行）");
                    frame.DiscardNext = true;
                    frame.PendingKey = key;
                    return true;
                }
                frame.SeenKeys[key.Value] = key.Span.Line;
                frame.PendingKey = key;
                return true;
            }
            if (!frame.DiscardNext) frame.Entries.Add(new YEntry(frame.PendingKey, node));
            frame.DiscardNext = false;
            frame.PendingKey = null;
            return true;
        }

        public YNode? Finish()
        {
            if (_root is null || _root is YScalar { IsNull: true })
            {
                diagnostics.Error("GRG1004", SourceSpan.WholeOf(file), "文件为空（没有任何数据）");
                return null;
            }
            return _root;
        }
    }
}

using GovReportGen.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GovReportGen.Data.Yaml;

/// <summary>
/// Turns parser events into the tree, enforcing the limits as it goes. Working on events rather than a loaded
/// document means anchors, aliases and duplicate keys are seen before anything is built (an alias bomb is never expanded).
/// </summary>
internal sealed class YamlTreeBuilder(string file, DiagnosticBag diagnostics, YamlLimits limits)
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

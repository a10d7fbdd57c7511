using System.Collections.Immutable;
using System.Xml.Linq;
using GovReportGen.Documents.Tables;

namespace GovReportGen.Documents.Markup;

/// <summary>Reads the blocks under the wrapper element into a <see cref="Document"/>.</summary>
internal sealed class MarkupReader
{
    private readonly MarkupErrors _errors;
    private readonly InlineReader _inlines;
    private readonly TableReader _tables;
    private readonly HeadingAnchors _anchors = new();
    private string? _title;
    private string? _lastAnchor;

    public MarkupReader(MarkupErrors errors, TableMetrics metrics)
    {
        _errors = errors;
        _inlines = new InlineReader(errors);
        _tables = new TableReader(errors, _inlines, metrics);
    }

    public Document? Read(XElement root)
    {
        var blocks = ImmutableArray.CreateBuilder<Block>();
        foreach (var node in root.Nodes())
        {
            switch (node)
            {
                case XElement element when ReadBlock(element) is { } block:
                    blocks.Add(block);
                    break;
                case XText text when !string.IsNullOrWhiteSpace(text.Value):
                    _errors.At(text, $"块级元素之外不允许出现文本 {MarkupErrors.Quote(text.Value)}");
                    break;
                case XProcessingInstruction instruction:
                    _errors.At(instruction, $"报告标记中不允许处理指令 <?{instruction.Target}?>");
                    break;
            }
        }
        return _errors.Any ? null : new Document(_title ?? "", blocks.ToImmutable());
    }

    private Block? ReadBlock(XElement element)
    {
        if (!MarkupVocabulary.IsKnown(element))
        {
            _errors.At(element, $"报告标记中不允许的元素 {MarkupVocabulary.Display(element)}");
            return null;
        }
        return element.Name.LocalName switch
        {
            "h1" => ReadHeading(element, 1),
            "h2" => ReadHeading(element, 2),
            "h3" => ReadHeading(element, 3),
            "h4" => ReadHeading(element, 4),
            "p" => ReadParagraph(element),
            "table" => _tables.Read(element, _lastAnchor),
            "div" => ReadSignature(element),
            _ => Misplaced(element, "报告标记顶层"),
        };
    }

    private Heading ReadHeading(XElement element, int level)
    {
        var cssClass = MarkupVocabulary.CheckAttributes(element, _errors);
        var content = _inlines.ReadBlockContent(element);
        if (level == 1)
        {
            // The title names the document (HTML <title>, PDF Info); two would leave that ambiguous.
            if (_title is not null)
                _errors.At(element, "报告标记中只能有一个一级标题 <h1>");
            _title ??= InlineText.ToSingleLine(content);
        }
        var anchor = _anchors.Next(level);
        _lastAnchor = anchor ?? _lastAnchor;
        return new Heading(level, content, MarkupVocabulary.ToBlockClass(cssClass), anchor) { Source = _errors.Locator.AuthoredAt(element) };
    }

    private Paragraph ReadParagraph(XElement element)
    {
        var cssClass = MarkupVocabulary.CheckAttributes(element, _errors);
        return new Paragraph(_inlines.ReadBlockContent(element), MarkupVocabulary.ToBlockClass(cssClass));
    }

    private Signature? ReadSignature(XElement div)
    {
        MarkupVocabulary.CheckAttributes(div, _errors, requiredClass: "signature");
        var lines = ImmutableArray.CreateBuilder<Paragraph>();
        foreach (var node in div.Nodes())
        {
            switch (node)
            {
                case XElement { Name.LocalName: "p" } p when p.Name.Namespace == XNamespace.None:
                    lines.Add(ReadParagraph(p));
                    break;
                case XElement other:
                    _errors.At(other, MarkupVocabulary.IsKnown(other)
                        ? $"署名 <div class=\"signature\"> 中只能有 <p>，不能有 {MarkupVocabulary.Display(other)}"
                        : $"报告标记中不允许的元素 {MarkupVocabulary.Display(other)}");
                    break;
                case XText text when !string.IsNullOrWhiteSpace(text.Value):
                    _errors.At(text, $"署名 <div class=\"signature\"> 中的文本必须放在 <p> 中：{MarkupErrors.Quote(text.Value)}");
                    break;
                case XProcessingInstruction instruction:
                    _errors.At(instruction, $"报告标记中不允许处理指令 <?{instruction.Target}?>");
                    break;
            }
        }
        return new Signature(lines.ToImmutable());
    }

    private Block? Misplaced(XElement element, string where)
    {
        _errors.At(element, $"元素 {MarkupVocabulary.Display(element)} 不能出现在{where}");
        return null;
    }
}

using System.Collections.Immutable;
using System.Xml.Linq;

namespace GovReportGen.Documents.Markup;

/// <summary>Reads the inline content of a block (<c>strong em br span.num</c> and text) and normalises its whitespace.</summary>
internal sealed class InlineReader(MarkupErrors errors)
{
    /// <summary>The block's inlines, whitespace collapsed and trimmed (see <see cref="WhitespaceNormalizer"/>).</summary>
    public ImmutableArray<Inline> ReadBlockContent(XElement block) =>
        WhitespaceNormalizer.Normalize(ReadRaw(block));

    private ImmutableArray<Inline> ReadRaw(XElement container)
    {
        var inlines = ImmutableArray.CreateBuilder<Inline>();
        foreach (var node in container.Nodes())
        {
            switch (node)
            {
                case XText text:
                    inlines.Add(new Text(text.Value));
                    break;
                case XElement element when ReadElement(element, container) is { } inline:
                    inlines.Add(inline);
                    break;
                case XProcessingInstruction instruction:
                    errors.At(instruction, $"报告标记中不允许处理指令 <?{instruction.Target}?>");
                    break;
            }
        }
        return inlines.ToImmutable();
    }

    private Inline? ReadElement(XElement element, XElement container)
    {
        if (!MarkupVocabulary.IsKnown(element))
        {
            errors.At(element, $"报告标记中不允许的元素 {MarkupVocabulary.Display(element)}");
            return null;
        }
        switch (element.Name.LocalName)
        {
            case "strong":
                MarkupVocabulary.CheckAttributes(element, errors);
                return new Strong(ReadRaw(element));
            case "em":
                MarkupVocabulary.CheckAttributes(element, errors);
                return new Emphasis(ReadRaw(element));
            case "br":
                MarkupVocabulary.CheckAttributes(element, errors);
                if (!element.IsEmpty && element.Nodes().Any())
                    errors.At(element, "元素 <br> 必须为空");
                return LineBreak.Instance;
            case "span":
                MarkupVocabulary.CheckAttributes(element, errors, requiredClass: "num");
                return ReadNumber(element);
            default:
                errors.At(element, $"元素 {MarkupVocabulary.Display(element)} 不能出现在 <{container.Name.LocalName}> 中");
                return null;
        }
    }

    private Number? ReadNumber(XElement span)
    {
        if (span.Elements().FirstOrDefault() is { } child)
        {
            errors.At(child, "数字 <span class=\"num\"> 中只能包含文本");
            return null;
        }
        var value = string.Concat(span.Nodes().OfType<XText>().Select(t => t.Value));
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.At(span, "数字 <span class=\"num\"> 不能为空");
            return null;
        }
        return new Number(value);
    }
}

using DocumentFormat.OpenXml.Wordprocessing;
using GovReportGen.Documents;
using GovReportGen.Documents.Tables;

namespace GovReportGen.Writers.Docx;

/// <summary>
/// The 署名 and 成文日期 (GB/T 9704 §7.3.5.2): the name one empty line below the body, 2 字 from the right; the
/// date on the next line, its first character 2 字 right of the name's first; a date longer than the name
/// keeps 2 字 on the right and pushes the name left. The lines are left-aligned from a computed indent, so the
/// first characters line up exactly whatever a font's digit widths; widths use the font-independent measure
/// the table columns use (full-width 1 字, digits ½).
/// </summary>
internal sealed class SignatureRenderer : DocxNodeRenderer<Signature>
{
    protected override void Write(DocxRenderContext context, Signature node)
    {
        // The last body paragraph goes with the block, so the 署名 never opens a page on its own.
        if (context.LastAppended is DocumentFormat.OpenXml.Wordprocessing.Paragraph last)
            DocxText.PropertiesOf(last).KeepNext = new KeepNext();
        var (nameStart, dateStart) = Starts(node.Lines);
        for (var i = 0; i < node.Lines.Length; i++)
        {
            var line = node.Lines[i];
            var isDate = line.Class == BlockClass.Date;
            var paragraph = DocxText.Paragraph(isDate ? DocxStyleIds.Date : DocxStyleIds.Signature);
            var properties = DocxText.PropertiesOf(paragraph);
            if (isDate && i < node.Lines.Length - 1)
                properties.KeepNext = new KeepNext(); // the name lines keep with the next by their style
            var start = isDate ? dateStart : nameStart;
            // The right indent of −2 字 is slack, not layout: with the authentic fonts every line ends at least
            // 0 字 from the margin, but where a substitute font sets wider digits the date must not wrap.
            properties.Indentation = new Indentation
            {
                Left = DocxStyles.Twips(context.Page.Characters(Math.Max(0, context.Page.CharactersPerLine - start))),
                Right = DocxStyles.Twips(-context.Page.Characters(2)),
            };
            context.WriteInlines(paragraph, line.Inlines);
            context.Append(paragraph);
        }
    }

    /// <summary>Where the name and the date lines start, in 字 measured leftwards from the right margin.</summary>
    internal static (double NameStart, double DateStart) Starts(IEnumerable<Documents.Paragraph> lines)
    {
        double name = 0, date = 0;
        foreach (var line in lines)
        {
            var width = TextMeasure.MaxContentEm(InlineText.ToPlainText(line.Inlines));
            if (line.Class == BlockClass.Date)
                date = Math.Max(date, width);
            else
                name = Math.Max(name, width);
        }
        if (date <= name)
            return (2 + name, name);           // name 2 字 from the right, date 2 字 right of the name's start
        return (2 + date + 2, 2 + date);       // date 2 字 from the right, the name 2 字 further left
    }
}

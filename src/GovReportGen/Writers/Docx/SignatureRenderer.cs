using DocumentFormat.OpenXml.Wordprocessing;
using GovReportGen.Documents;
using GovReportGen.Documents.Tables;

namespace GovReportGen.Writers.Docx;

/// <summary>
/// The 署名 and 成文日期 (GB/T 9704 §7.3.5.2), placed as the PDF's <c>SignatureElement</c> and the HTML's
/// <c>.signature</c> box place them: the name one empty line below the body, 2 字 from the right; the date on the
/// next line, its first character 2 字 right of the name's first; a date longer than that keeps 2 字 on the right
/// and pushes the name left. Every line is right-aligned with a right indent in characters
/// (<c>w:rightChars</c>, and the same in twips for readers without character units); nothing is placed from the
/// left. So the name keeps its 2 字 from the right when an office edits it in Word, and the line never runs past
/// the margin whatever a substitute font's digit widths. Widths use the font-independent measure the table
/// columns use (full-width 1 字, digits ½; docs/typesetting.md §6).
/// </summary>
internal sealed class SignatureRenderer : DocxNodeRenderer<Signature>
{
    protected override void Write(DocxRenderContext context, Signature node)
    {
        // The last body paragraph goes with the block, so the 署名 never opens a page on its own.
        if (context.LastAppended is DocumentFormat.OpenXml.Wordprocessing.Paragraph last)
            DocxText.PropertiesOf(last).KeepNext = new KeepNext();
        var indents = RightIndents(node.Lines);
        for (var i = 0; i < node.Lines.Length; i++)
        {
            var line = node.Lines[i];
            var isDate = line.Class == BlockClass.Date;
            var paragraph = DocxText.Paragraph(isDate ? DocxStyleIds.Date : DocxStyleIds.Signature);
            var properties = DocxText.PropertiesOf(paragraph);
            if (isDate && i < node.Lines.Length - 1)
                properties.KeepNext = new KeepNext(); // the name lines keep with the next by their style
            // The styles already say 2 字 from the right; a line that needs more says so itself.
            if (Math.Abs(indents[i] - DocxStyles.SignatureRightIndent) > 0.005)
                properties.Indentation = RightIndent(context.Page, indents[i]);
            context.WriteInlines(paragraph, line.Inlines);
            context.Append(paragraph);
        }
    }

    /// <summary>A right indent of <paramref name="characters"/> 字: in hundredths of a character, and in twips.</summary>
    internal static Indentation RightIndent(DocxPage page, double characters) => new()
    {
        Right = DocxStyles.Twips(page.Characters(characters)),
        RightChars = (int)Math.Round(characters * 100),
    };

    /// <summary>
    /// Each line's distance from the right margin, in 字: the name lines start together
    /// <c>max(2 + name, 2 + date + 2)</c> from the right, the date lines 2 字 further right; a line ends where its
    /// start and its width put it, never closer to the margin than 0.
    /// </summary>
    internal static double[] RightIndents(IReadOnlyList<Documents.Paragraph> lines)
    {
        var widths = lines.Select(l => TextMeasure.GovernmentFontEm(InlineText.ToPlainText(l.Inlines))).ToArray();
        double name = 0, date = 0;
        var hasDate = false;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Class == BlockClass.Date)
                (date, hasDate) = (Math.Max(date, widths[i]), true);
            else
                name = Math.Max(name, widths[i]);
        }
        var two = DocxStyles.SignatureRightIndent;
        var nameStart = hasDate ? Math.Max(two + name, two + date + 2) : two + name;
        var dateStart = nameStart - 2;
        return [.. lines.Select((l, i) => Math.Max(0, (l.Class == BlockClass.Date ? dateStart : nameStart) - widths[i]))];
    }
}

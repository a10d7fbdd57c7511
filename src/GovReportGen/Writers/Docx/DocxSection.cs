using DocumentFormat.OpenXml.Wordprocessing;

namespace GovReportGen.Writers.Docx;

/// <summary>The one section: A4, GB/T 9704 margins, the 22 × 28 document grid, odd and even page-number footers.</summary>
internal static class DocxSection
{
    public static SectionProperties Create(DocxPage page, string oddFooterId, string evenFooterId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = oddFooterId },
        new FooterReference { Type = HeaderFooterValues.Even, Id = evenFooterId },
        new PageSize { Width = (uint)page.Width, Height = (uint)page.Height },
        new PageMargin
        {
            Top = page.MarginTop,
            Right = (uint)page.MarginRight,
            Bottom = page.MarginBottom,
            Left = (uint)page.MarginLeft,
            Header = (uint)page.HeaderDistance,
            Footer = (uint)page.FooterDistance,
            Gutter = 0,
        },
        new Columns { Space = "425" },
        new DocGrid { Type = DocGridValues.LinesAndChars, LinePitch = page.LinePitch, CharacterSpace = page.CharSpace });
}

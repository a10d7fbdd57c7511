using DocumentFormat.OpenXml.Wordprocessing;

namespace GovReportGen.Writers.Docx;

/// <summary>The one section: A4, GB/T 9704 margins, the 22 × 28 document grid, odd and even page-number footers.</summary>
internal static class DocxSection
{
    public static SectionProperties Create(string oddFooterId, string evenFooterId) => new(
        new FooterReference { Type = HeaderFooterValues.Default, Id = oddFooterId },
        new FooterReference { Type = HeaderFooterValues.Even, Id = evenFooterId },
        new PageSize { Width = DocxPage.Width, Height = DocxPage.Height },
        new PageMargin
        {
            Top = DocxPage.MarginTop,
            Right = DocxPage.MarginRight,
            Bottom = DocxPage.MarginBottom,
            Left = DocxPage.MarginLeft,
            Header = DocxPage.HeaderDistance,
            Footer = DocxPage.FooterDistance,
            Gutter = 0,
        },
        new Columns { Space = "425" },
        new DocGrid { Type = DocGridValues.LinesAndChars, LinePitch = DocxPage.LinePitch, CharacterSpace = DocxPage.CharSpace });
}

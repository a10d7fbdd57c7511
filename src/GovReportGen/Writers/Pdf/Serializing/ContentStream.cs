using System.Globalization;
using System.Text;
using GovReportGen.Writers.Pdf.Fonts;
using GovReportGen.Writers.Pdf.Layout;

namespace GovReportGen.Writers.Pdf.Serializing;

/// <summary>
/// One page's content stream from its display list (ISO 32000-1 §8, §9.4, §14.6). Text goes as two-byte codes in
/// TJ arrays, the pen moved by the difference between our layout's position and the width the viewer reads from
/// /W, so glyphs land exactly where HarfBuzz and the line breaker put them. Consecutive text of one structure
/// element is one marked-content sequence with the next MCID; text of no element and the table rules are artifacts.
/// </summary>
internal static class ContentStream
{
    public static byte[] Build(PageContent page, PageGeometry geometry, IReadOnlyDictionary<LoadedFace, CidFontEmbedder> fonts, List<StructNode> owners)
    {
        var s = new StringBuilder();
        var height = geometry.PageHeight;
        object? open = null; // a StructNode, Artifact or Layout
        void Mark(object kind)
        {
            if (ReferenceEquals(open, kind))
                return;
            if (open is not null)
                s.Append("EMC\n");
            open = kind;
            switch (kind)
            {
                case StructNode node:
                    s.Append('/').Append(node.Role).Append(CultureInfo.InvariantCulture, $" <</MCID {owners.Count}>> BDC\n");
                    owners.Add(node);
                    break;
                case ArtifactKind.Pagination:
                    s.Append("/Artifact <</Type /Pagination>> BDC\n");
                    break;
                default:
                    s.Append("/Artifact <</Type /Layout>> BDC\n");
                    break;
            }
        }

        double? lineWidth = null;
        foreach (var op in page.Ops)
        {
            switch (op)
            {
                case GlyphRunOp run:
                    Mark(run.Owner is { } owner ? owner : ArtifactKind.Pagination);
                    Text(s, run, fonts[run.Face], height);
                    break;
                case RuleOp rule:
                    Mark(ArtifactKind.Layout);
                    if (lineWidth != rule.Width)
                    {
                        // Square caps close the corners where collapsed borders meet.
                        PdfNumber.Append(s, rule.Width);
                        s.Append(" w 2 J\n");
                        lineWidth = rule.Width;
                    }
                    PdfNumber.Append(s, rule.X1);
                    s.Append(' ');
                    PdfNumber.Append(s, height - rule.Y1);
                    s.Append(" m ");
                    PdfNumber.Append(s, rule.X2);
                    s.Append(' ');
                    PdfNumber.Append(s, height - rule.Y2);
                    s.Append(" l S\n");
                    break;
            }
        }
        if (open is not null)
            s.Append("EMC\n");
        return Encoding.ASCII.GetBytes(s.ToString());
    }

    private static void Text(StringBuilder s, GlyphRunOp run, CidFontEmbedder font, double height)
    {
        s.Append("BT /").Append(font.ResourceName).Append(' ');
        PdfNumber.Append(s, run.Size);
        s.Append(" Tf\n");
        var size = run.Size;
        var i = 0;
        while (i < run.Glyphs.Length)
        {
            // One TJ per stretch on one baseline; a glyph offset vertically starts a new one.
            var y = run.Y[i];
            s.Append("1 0 0 1 ");
            PdfNumber.Append(s, run.X[i]);
            s.Append(' ');
            PdfNumber.Append(s, height - y);
            s.Append(" Tm [<");
            var pen = run.X[i];
            var first = true;
            for (; i < run.Glyphs.Length && run.Y[i] == y; i++)
            {
                var code = font.Code(run.Glyphs[i], run.GlyphText.IsDefault ? "" : run.GlyphText[i], out var width);
                if (!first)
                {
                    var adjust = (pen - run.X[i]) * 1000 / size;
                    if (Math.Abs(adjust) >= 0.005)
                    {
                        s.Append('>');
                        PdfNumber.Append(s, adjust);
                        s.Append('<');
                    }
                }
                AppendHex(s, code);
                pen = run.X[i] + width * size / 1000;
                first = false;
            }
            s.Append(">] TJ\n");
        }
        s.Append("ET\n");
    }

    private static void AppendHex(StringBuilder s, ushort code)
    {
        const string digits = "0123456789ABCDEF";
        s.Append(digits[code >> 12]).Append(digits[(code >> 8) & 0xF]).Append(digits[(code >> 4) & 0xF]).Append(digits[code & 0xF]);
    }

    private enum ArtifactKind
    {
        Pagination,
        Layout,
    }
}

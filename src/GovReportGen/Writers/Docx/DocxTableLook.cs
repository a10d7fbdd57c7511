using DocumentFormat.OpenXml.Wordprocessing;
using GovReportGen.Theme;

namespace GovReportGen.Writers.Docx;

/// <summary>The table style's borders and cell padding (docs/typesetting.md §4), in Word's units.</summary>
internal static class DocxTableLook
{
    /// <summary>Rules 0.5 pt (4 eighths of a point), padding 2 pt left and right and 1 pt top and bottom (twips).</summary>
    public static StyleTableProperties Properties(PageSpec page)
    {
        var border = DocxPage.EighthsOfPoint(page.BorderWidth);
        var side = (short)DocxPage.PointsToTwips(page.TablePaddingX);
        var end = DocxPage.PointsToTwips(page.TablePaddingY);
        return new()
        {
            TableIndentation = new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
            TableBorders = new TableBorders(
                Line<TopBorder>(border),
                Line<LeftBorder>(border),
                Line<BottomBorder>(border),
                Line<RightBorder>(border),
                Line<InsideHorizontalBorder>(border),
                Line<InsideVerticalBorder>(border)),
            TableCellMarginDefault = new TableCellMarginDefault(
                new TopMargin { Width = DocxStyles.Twips(end), Type = TableWidthUnitValues.Dxa },
                new TableCellLeftMargin { Width = side, Type = TableWidthValues.Dxa },
                new BottomMargin { Width = DocxStyles.Twips(end), Type = TableWidthUnitValues.Dxa },
                new TableCellRightMargin { Width = side, Type = TableWidthValues.Dxa }),
        };
    }

    private static T Line<T>(uint size) where T : BorderType, new() =>
        new() { Val = BorderValues.Single, Size = size, Space = 0U, Color = "000000" };
}

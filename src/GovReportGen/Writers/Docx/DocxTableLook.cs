using DocumentFormat.OpenXml.Wordprocessing;

namespace GovReportGen.Writers.Docx;

/// <summary>The table style's borders and cell padding (docs/typesetting.md §4), in Word's units.</summary>
internal static class DocxTableLook
{
    /// <summary>0.5 pt in eighths of a point.</summary>
    public const uint BorderSize = 4;

    /// <summary>2 pt left and right.</summary>
    public const short PaddingSide = 40;

    /// <summary>1 pt top and bottom.</summary>
    public const int PaddingEnd = 20;

    public static StyleTableProperties Properties() => new()
    {
        TableIndentation = new TableIndentation { Width = 0, Type = TableWidthUnitValues.Dxa },
        TableBorders = new TableBorders(
            Line<TopBorder>(),
            Line<LeftBorder>(),
            Line<BottomBorder>(),
            Line<RightBorder>(),
            Line<InsideHorizontalBorder>(),
            Line<InsideVerticalBorder>()),
        TableCellMarginDefault = new TableCellMarginDefault(
            new TopMargin { Width = DocxStyles.Twips(PaddingEnd), Type = TableWidthUnitValues.Dxa },
            new TableCellLeftMargin { Width = PaddingSide, Type = TableWidthValues.Dxa },
            new BottomMargin { Width = DocxStyles.Twips(PaddingEnd), Type = TableWidthUnitValues.Dxa },
            new TableCellRightMargin { Width = PaddingSide, Type = TableWidthValues.Dxa }),
    };

    private static T Line<T>() where T : BorderType, new() =>
        new() { Val = BorderValues.Single, Size = BorderSize, Space = 0U, Color = "000000" };
}

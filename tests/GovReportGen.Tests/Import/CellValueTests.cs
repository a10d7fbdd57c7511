using GovReportGen.Import;

namespace GovReportGen.Tests.Import;

/// <summary>What a printed figure is read as, and what is refused rather than guessed.</summary>
public sealed class CellValueTests
{
    [Theory]
    [InlineData("12", "Count", "12", false)]
    [InlineData(" ", "Count", "0", true)]
    [InlineData("/", "Count", "0", true)]
    [InlineData("——", "Count", "0", true)]
    [InlineData("1,234", "Count", "1234", true)]
    [InlineData("１２", "Count", "12", true)]
    [InlineData("5件", "Count", "5", true)]
    [InlineData("2.5万元", "Money", "2.5", true)]
    [InlineData("-3", "SignedCount", "-3", false)]
    [InlineData("+3", "SignedCount", "3", false)]
    public void Reads(string printed, string kind, string value, bool listed)
    {
        var reading = CellValues.Read(printed, Enum.Parse<FigureKind>(kind));
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), reading.Value);
        Assert.Equal(listed, reading.Assumption is not null);
    }

    [Theory]
    [InlineData("一", "Count")]        // a dash to some, the numeral one to others
    [InlineData("约5", "Count")]
    [InlineData("3.5", "Count")]
    [InlineData("-2", "Count")]
    [InlineData("500元", "Money")]     // 元 in a 万元 column is another number
    [InlineData("5万元", "Count")]
    [InlineData("12,34", "Count")]
    [InlineData("1e3", "Count")]
    public void Refuses_rather_than_guesses(string printed, string kind)
    {
        var reading = CellValues.Read(printed, Enum.Parse<FigureKind>(kind));
        Assert.Null(reading.Value);
        Assert.False(string.IsNullOrEmpty(reading.Problem));
    }

    [Theory]
    [InlineData("（一）予以公开", "(一)予以\n公开", "Loose")]
    [InlineData("法人或其他组织", "法人或\n其他 组织", "Exact")]
    [InlineData("1.属于国家秘密", "1、属于国家秘密", "Loose")]
    [InlineData("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开", "Loose")]
    [InlineData("3.其他", "其他处理", "None")]
    [InlineData("其他", "其他处理", "None")]
    public void Compares_labels(string official, string printed, string expected) =>
        Assert.Equal(Enum.Parse<LabelMatch>(expected), Labels.Compare(printed, official));
}

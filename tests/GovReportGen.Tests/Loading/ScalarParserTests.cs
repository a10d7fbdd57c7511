using GovReportGen.Data.Schema;

namespace GovReportGen.Tests.Loading;

/// <summary>GRG1009 hints for number cells as a clerk may type them.</summary>
public class ScalarParserTests
{
    private const string Cell = "表二“行政处罚 本年处理决定数量”";
    private const string Money = "表二“行政事业性收费 本年收费金额（单位：万元）”";

    [Theory]
    [InlineData("0", 0)]
    [InlineData("12", 12)]
    [InlineData(" 7 ", 7)]
    [InlineData("999999999999", 999_999_999_999)]
    public void Plain_counts_parse(string raw, long expected)
    {
        var r = ScalarParser.ParseCount(raw, signed: false, Cell);
        Assert.True(r.Ok, r.Error);
        Assert.Equal(expected, r.Value);
    }

    [Theory]
    [InlineData("三", "不能是文字“三”")]
    [InlineData("５", "不能用全角数字：“５”→ 写 5")]
    [InlineData("１２", "不能用全角数字：“１２”→ 写 12")]
    [InlineData("1,234", "不能带千位分隔符：“1,234”→ 写 1234")]
    [InlineData("1，234", "不能带千位分隔符：“1，234”→ 写 1234")]
    [InlineData("2.5", "不能是小数“2.5”")]
    [InlineData("3件", "不能带单位：“3件”→ 写 3")]
    [InlineData("99999999999999999999", "超出允许范围")]
    [InlineData("1000000000000", "超出允许范围")]
    [InlineData("٣", "不能是文字")]
    public void Count_type_errors_are_GRG1009_with_a_hint(string raw, string hint)
    {
        var r = ScalarParser.ParseCount(raw, signed: false, Cell);
        Assert.False(r.Ok);
        Assert.Equal("GRG1009", r.Id);
        Assert.StartsWith(Cell, r.Error);
        Assert.Contains(hint, r.Error);
    }

    [Fact]
    public void Negative_count_is_GRG2006_but_signed_counts_allow_it()
    {
        Assert.Equal("GRG2006", ScalarParser.ParseCount("-1", signed: false, Cell).Id);
        var signed = ScalarParser.ParseCount("-1", signed: true, Cell);
        Assert.True(signed.Ok);
        Assert.Equal(-1, signed.Value);
    }

    [Theory]
    [InlineData("0元", "→ 写 0（")]
    [InlineData("5000元", "→ 写 0.5（单位已是万元，5000元 = 0.5万元）")]
    [InlineData("5万元", "→ 写 5")]
    [InlineData("１２元", "→ 写 0.0012")]
    [InlineData("0.5 万元", "→ 写 0.5")]
    public void Money_with_a_unit_gets_the_converted_value(string raw, string hint)
    {
        var r = ScalarParser.ParseMoney(raw, Money, "万元");
        Assert.Equal((false, "GRG1009"), (r.Ok, r.Id));
        Assert.Contains(hint, r.Error);
    }

    [Fact]
    public void Money_in_yuan_cell_converts_wan_yuan_to_yuan()
    {
        var r = ScalarParser.ParseMoney("1.5万元", "第六部分“信息处理费（元）”", "元");
        Assert.Contains("→ 写 15000（单位是元）", r.Error);
    }

    [Theory]
    [InlineData("0.0001", 0.0001)]
    [InlineData("96171.6", 96171.6)]
    [InlineData("0", 0)]
    public void Money_parses(string raw, double expected)
    {
        var r = ScalarParser.ParseMoney(raw, Money, "万元");
        Assert.True(r.Ok, r.Error);
        Assert.Equal((decimal)expected, r.Value);
    }
}

using System.Text;
using GovReportGen.Data;
using static GovReportGen.Tests.Loading.LoadingSupport;

namespace GovReportGen.Tests.Loading;

/// <summary>GRG1012 and hostile text: what the loader keeps, strips and warns about in narrative text.</summary>
public class TextValueTests
{
    private const string Other = "    other: 本年度无其他需要报告的事项。";

    private static LoadedReport LoadWithOther(string yamlValue) =>
        LoadYearFile(Encoding.UTF8.GetBytes(BaseYearText().Replace(Other, "    other: " + yamlValue)));

    private static string OtherText(LoadedReport report) => Assert.Single(report.Data!.Narrative("other_matters.other")!.Paragraphs).Text;

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("本局 &amp; 本院 &lt;p&gt;")]
    [InlineData("\"{{ x }}\"", "{{ x }}")]
    [InlineData("\"{not.a.key\"", "{not.a.key")]
    [InlineData("本局 {{ x }} 与 {not.a.key 均为原文")]
    [InlineData("'<p onclick=\"x\">'", "<p onclick=\"x\">")]
    [InlineData("\"]]></w:t><w:t>\"", "]]></w:t><w:t>")]
    public void Hostile_text_loads_unchanged_without_findings(string yamlValue, string? expected = null)
    {
        var report = LoadWithOther(yamlValue);
        Assert.True(report.Diagnostics.Count == 0, Describe(report.Diagnostics));
        Assert.Equal(expected ?? yamlValue, OtherText(report));
    }

    [Theory]
    [InlineData("&amp; 其他", "GRG1005", 12, "请给整个值加引号")]
    [InlineData("*注：以上数据截至年底", "GRG1005", 12, "请给整个值加引号")]
    [InlineData("&amp; &lt;p&gt;", "GRG1001", 18, "请给整个值加引号")] // the parser stops at the second anchor
    public void Text_starting_with_an_anchor_or_alias_sign_gets_a_quoting_hint(string yamlValue, string id, int column, string hint)
    {
        var report = LoadWithOther(yamlValue);
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal((id, 73, column), (d.Id, d.Span.Line, d.Span.Column));
        Assert.Contains(hint, d.Message);
    }

    [Theory]
    [InlineData("\"前\\x01后\"", "前后")]
    [InlineData("\"前\\u0001后\"", "前后")]
    [InlineData("\"前\\a\\b\\e后\"", "前后")]
    [InlineData("\"前\\u202E后\"", "前后")]
    [InlineData("\"前\\u2066后\\u2069\"", "前后")]
    public void Control_and_bidi_characters_are_removed_with_a_warning(string yamlValue, string expected)
    {
        var report = LoadWithOther(yamlValue);
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal(("GRG1012", false, 73, 12), (d.Id, d.IsError, d.Span.Line, d.Span.Column));
        Assert.Contains("控制字符", d.Message);
        Assert.Equal(expected, OtherText(report));
    }

    [Fact]
    public void Tab_and_newline_are_kept_without_a_warning()
    {
        var report = LoadWithOther("\"第一行\\n第二行\\t末尾\"");
        Assert.Empty(report.Diagnostics);
        Assert.Equal("第一行\n第二行\t末尾", OtherText(report));
    }

    [Theory]
    [InlineData("\u00A0")]
    [InlineData("\u3000")]
    [InlineData("\u200B")]
    public void Invisible_padding_in_text_is_kept_with_a_warning(string pad)
    {
        var report = LoadWithOther("本年度无其他需要报告的事项。" + pad);
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal(("GRG1012", false), (d.Id, d.IsError));
        Assert.Equal("本年度无其他需要报告的事项。" + pad, OtherText(report));
    }

    [Theory]
    [InlineData("0\u200B", 0)]
    [InlineData("3\u3000", 3)]
    [InlineData("\u00A04", 4)]
    [InlineData("\u200B5\uFEFF", 5)]
    public void Invisible_padding_around_a_number_is_stripped_and_the_value_accepted(string value, long expected)
    {
        var report = LoadYearFile(Encoding.UTF8.GetBytes(BaseYearText().Replace("  penalties: {decisions: 0}", $"  penalties: {{decisions: {value}}}")));
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal(("GRG1012", false, 10, 26), (d.Id, d.IsError, d.Span.Line, d.Span.Column));
        Assert.Equal(expected, ((Formats.Gov2021.Gov2021Table2)report.Data!.Table2).PenaltyDecisions);
    }
}

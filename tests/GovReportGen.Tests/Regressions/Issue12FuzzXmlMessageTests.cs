using GovReportGen.Documents.Markup;
using GovReportGen.Tests.Fuzz;

namespace GovReportGen.Tests.Regressions;

/// <summary>
/// Found by the issue 12 fuzz target: markup that is not well-formed XML (a template edit such as
/// <c>rowspan=2</c> without quotes, a stray &amp;, a &lt; in text) gave GRG4010 with System.Xml's English message.
/// </summary>
public class Issue12FuzzXmlMessageTests
{
    [Theory]
    [InlineData("<table><tr><td rowspan=2>x</td></tr></table>", "应为")]   // the fuzz repro: an unquoted attribute value
    [InlineData("<p>1 < 2</p>", "&lt;")]
    [InlineData("<p class=\"a\" class=\"b\">x</p>", "重复")]
    [InlineData("<p>x</p><!-- a -- b -->", "注释")]
    [InlineData("<p a=\"1\"b=\"2\">x</p>", "空白")]
    [InlineData("<p>x</p><!-- x", "注释")]
    [InlineData("<p><x:b>1</x:b></p>", "前缀")]
    [InlineData("<p>x</p><!DOCTYPE x>", "DOCTYPE")]
    public void A_markup_that_is_not_well_formed_XML_is_explained_in_Chinese(string markup, string expected)
    {
        var result = ReportMarkupParser.Parse(markup, "report.html");

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("GRG4010", error.Id);
        Assert.StartsWith("报告标记不是格式正确的 XML：", error.Message);
        Assert.Contains(expected, error.Message);
        Assert.Null(FuzzRunner.LanguageProblem(error.Message));
    }
}

/// <summary>The fuzz target's language check itself: what it lets through and what it flags.</summary>
public class FuzzLanguageCheckTests
{
    [Theory]
    [InlineData("模板语法错误：for 语句需要写成 for x in 列表，却遇到“i”")]
    [InlineData("缺少 {{ end }}：if 块没有结束")]
    [InlineData("字体链（华文中宋、AR PL UMing CN）中没有“😀”")]
    [InlineData("找不到被包含的模板“the missing one.sbn”")]
    public void Keywords_font_names_and_quoted_text_may_be_Latin(string message) =>
        Assert.Null(FuzzRunner.LanguageProblem(message));

    [Theory]
    [InlineData("YAML 格式错误：While parsing a node, did not find expected node content.")]
    [InlineData("no Chinese at all")]
    public void A_run_of_English_words_or_no_Chinese_is_flagged(string message) =>
        Assert.NotNull(FuzzRunner.LanguageProblem(message));
}

using GovReportGen.Formats;
using GovReportGen.Validation;
using GovReportGen.Validation.Rules;

namespace GovReportGen.Tests.Rules;

/// <summary>The thresholds and helpers of GRG2xxx/GRG3xxx/GRG5xxx, where a fixture per boundary would be clumsy.</summary>
public class ArithmeticCrossYearPublishingRuleTests
{
    [Theory]
    [InlineData(3, 30, true)]      // ×10
    [InlineData(10, 50, false)]    // exactly ×5 is allowed
    [InlineData(10, 51, true)]
    [InlineData(50, 10, false)]    // exactly a fifth is allowed
    [InlineData(50, 9, true)]
    [InlineData(0, 10, true)]      // from nothing to ≥ 10
    [InlineData(0, 9, false)]      // the larger is below 10
    [InlineData(1, 9, false)]
    [InlineData(12, 0, true)]
    [InlineData(0, 0, false)]
    public void Jump_needs_factor_5_and_a_value_of_at_least_10(int last, int now, bool jump) =>
        Assert.Equal(jump, YearOnYearJumpRule.IsJump(last, now));

    [Theory]
    [InlineData("郑州市二七区科学技术局", true)]
    [InlineData("朝阳市科学技术局", true)]
    [InlineData("市中区科学技术局", true)]
    [InlineData("延边朝鲜族自治州科学技术局", true)]
    [InlineData("锡林郭勒盟科学技术局", true)]
    [InlineData("科技局", false)]
    [InlineData("科学技术局（科协）", false)]
    [InlineData("国家统计局", true)]
    [InlineData("中华人民共和国科学技术部", true)]
    public void Agency_name_must_name_its_region(string name, bool ok) =>
        Assert.Equal(ok, AgencyNameRule.NamesRegion(name));

    [Fact]
    public void Dates_print_without_zero_padding() =>
        Assert.Equal("2025年2月10日", PublishDateRule.Chinese(new DateOnly(2025, 2, 10)));

    [Fact]
    public void Deadline_is_31_January_for_departments_and_31_March_for_governments()
    {
        Assert.Equal(new DateOnly(2025, 1, 31), PublishDateRule.Deadline(2024, government: false));
        Assert.Equal(new DateOnly(2025, 3, 31), PublishDateRule.Deadline(2024, government: true));
    }

    [Theory]
    [InlineData("http://www.example.gov.cn/", true)]
    [InlineData("https://kjj.example.gov.cn", true)]
    [InlineData("www.example.gov.cn", false)]
    [InlineData("ftp://example.gov.cn/", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Preamble_website_must_be_http_or_https(string? website, bool ok) =>
        Assert.Equal(ok, PreambleContactRule.IsWebAddress(website));

    public static TheoryData<string, RuleSeverity> OwnedRules => new()
    {
        { "GRG2001", RuleSeverity.Error }, { "GRG2002", RuleSeverity.Error }, { "GRG2003", RuleSeverity.Error }, { "GRG2004", RuleSeverity.None }, { "GRG2005", RuleSeverity.Error },
        { "GRG2006", RuleSeverity.Error }, { "GRG2007", RuleSeverity.Error }, { "GRG2008", RuleSeverity.Warning }, { "GRG2009", RuleSeverity.Warning },
        { "GRG2010", RuleSeverity.Error }, { "GRG2011", RuleSeverity.Warning },
        { "GRG3001", RuleSeverity.Error }, { "GRG3002", RuleSeverity.Error }, { "GRG3003", RuleSeverity.Warning }, { "GRG3004", RuleSeverity.Warning },
        { "GRG3005", RuleSeverity.Warning }, { "GRG3006", RuleSeverity.Warning },
        { "GRG5001", RuleSeverity.Error }, { "GRG5002", RuleSeverity.ErrorOrWarning }, { "GRG5003", RuleSeverity.WarningOrError }, { "GRG5004", RuleSeverity.ErrorOrWarning },
        { "GRG5005", RuleSeverity.None }, { "GRG5006", RuleSeverity.Warning },
    };

    [Theory]
    [MemberData(nameof(OwnedRules))]
    public void Catalogue_lists_each_rule_once_with_its_severity(string id, RuleSeverity severity)
    {
        var entries = FormatRegistry.Rules.Catalogue.Where(r => r.Id == id).ToList();
        Assert.Single(entries);
        Assert.Equal(severity, entries[0].Severity);
        Assert.Contains(entries[0].Description, c => c >= '\u4e00' && c <= '\u9fff');
    }

    [Fact]
    public void No_two_rules_share_an_id_within_a_format()
    {
        foreach (var format in FormatRegistry.All)
        {
            var ids = FormatRegistry.Rules.For(format.Id).Select(r => r.Info.Id).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
        }
    }

    [Theory]
    [InlineData("gov-2021", "GRG2009", true)]
    [InlineData("gov-2021", "GRG3004", true)]
    [InlineData("gov-2019", "GRG2009", false)]
    [InlineData("gov-2019", "GRG3004", false)]
    [InlineData("gov-2019", "GRG2010", true)]
    [InlineData("gov-2019", "GRG2011", true)]
    [InlineData("gov-2019", "GRG3002", true)]
    [InlineData("gov-2019", "GRG3003", true)]
    [InlineData("gov-2021", "GRG2010", false)]
    [InlineData("gov-2021", "GRG3002", false)]
    [InlineData("gov-2021", "GRG2001", true)]
    [InlineData("gov-2019", "GRG3001", true)]
    public void Format_only_rules_run_only_for_their_format(string formatId, string ruleId, bool runs) =>
        Assert.Equal(runs, FormatRegistry.Rules.For(FormatRegistry.ById(formatId)!.Id).Any(r => r.Info.Id == ruleId));
}

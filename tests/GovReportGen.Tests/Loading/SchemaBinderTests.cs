using System.Text;
using GovReportGen.Data;
using static GovReportGen.Tests.Loading.LoadingSupport;

namespace GovReportGen.Tests.Loading;

/// <summary>GRG1006–GRG1010 details that the one-case fixtures do not pin down.</summary>
public class SchemaBinderTests
{
    private const string Row0 = "{natural_person: 0, commercial_enterprise: 0, research_institution: 0, public_interest_org: 0, legal_service_org: 0, other_org: 0}";

    private static LoadedReport Load(Func<string, string> edit) => LoadYearFile(Encoding.UTF8.GetBytes(edit(BaseYearText())));

    private static string Edit(string text, string old, string replacement)
    {
        Assert.Contains(old, text);
        return text.Replace(old, replacement);
    }

    [Fact]
    public void A_typo_hides_only_the_missing_key_it_suggests()
    {
        // natual_person stands for natural_person; other_org is missing for real and is still reported.
        var report = Load(t => Edit(t, "    new_requests: {natural_person: 0,", "    new_requests: {natual_person: 0,")
            .Replace("    new_requests: {natual_person: 0, commercial_enterprise: 0, research_institution: 0, public_interest_org: 0, legal_service_org: 0, other_org: 0}",
                     "    new_requests: {natual_person: 0, commercial_enterprise: 0, research_institution: 0, public_interest_org: 0, legal_service_org: 0}"));
        Assert.Equal(new[] { "GRG1007", "GRG1008" }, report.Diagnostics.Select(d => d.Id));
        Assert.Contains("“其他”列", report.Diagnostics[1].Message);
        Assert.Equal((16, 5), (report.Diagnostics[1].Span.Line, report.Diagnostics[1].Span.Column));
    }

    [Fact]
    public void A_gov2019_only_key_in_a_gov2021_file_is_named_as_such()
    {
        var report = Load(t => Edit(t, "  administrative_fees: {amount_wan_yuan: 0}", "  administrative_fees: {amount_wan_yuan: 0}\n  centralized_procurement: {projects: 0, amount_wan_yuan: 0}"));
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal(("GRG1007", 13, 3), (d.Id, d.Span.Line, d.Span.Column));
        Assert.Contains("此键只属于 gov-2019 格式", d.Message);
    }

    [Fact]
    public void A_gov2019_key_inside_a_list_item_is_found_in_the_other_format_too()
    {
        // gov-2019 topics are list items; a gov-2021 file has no topics at all.
        var report = Load(t => Edit(t, "    oversight:\n", "    topics:\n      - heading: 加强组织协调\n        text: 本局加强组织协调。\n    oversight:\n"));
        var d = Assert.Single(report.Diagnostics);
        Assert.Contains("“topics”：此键只属于 gov-2019 格式", d.Message);
    }

    [Fact]
    public void Duplicate_key_on_one_flow_line_points_at_the_second_key()
    {
        var report = Load(t => Edit(t, "  penalties: {decisions: 0}", "  penalties: {decisions: 0, decisions: 9}"));
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal(("GRG1006", 10, 29), (d.Id, d.Span.Line, d.Span.Column));
        Assert.Contains("首次出现在第 10 行", d.Message);
    }

    [Fact]
    public void Missing_acknowledge_reason_is_reported_at_the_list_item()
    {
        var report = Load(t => Edit(t, "published_on: 2025-01-20\n", "published_on: 2025-01-20\nacknowledge:\n  - id: GRG3001\n"));
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal(("GRG1008", 6, 5), (d.Id, d.Span.Line, d.Span.Column));
        Assert.Contains("确认项的理由（reason）", d.Message);
        Assert.DoesNotContain("（reason）（reason）", d.Message);
    }

    [Theory]
    [InlineData("2025.1.5", "→ 写 2025-01-05")]
    [InlineData("2025年1月15日", "→ 写 2025-01-15")]
    [InlineData("20250115", "→ 写 2025-01-15")]
    [InlineData("一月", "实际为“一月”")]
    public void Published_on_in_another_shape_gets_the_iso_form(string value, string hint)
    {
        var report = Load(t => Edit(t, "published_on: 2025-01-20", "published_on: " + value));
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal(("GRG1009", 4, 15), (d.Id, d.Span.Line, d.Span.Column));
        Assert.Contains(hint, d.Message);
        Assert.DoesNotContain("（published_on）（published_on）", d.Message);
    }

    [Fact]
    public void Null_row_is_one_GRG1008_not_six()
    {
        var report = Load(t => Edit(t, "    new_requests: " + Row0, "    new_requests:"));
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal(("GRG1008", 16, 5), (d.Id, d.Span.Line, d.Span.Column));
    }

    [Fact]
    public void Year_in_file_differs_from_path_is_GRG1010_at_the_value()
    {
        var report = Load(t => Edit(t, "year: 2024", "year: 2025"));
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal(("GRG1010", 2, 7), (d.Id, d.Span.Line, d.Span.Column));
    }

    [Theory]
    [InlineData("24", "应为四位年份")]
    [InlineData("二〇二四", "应为四位年份")]
    public void Year_that_is_not_a_four_digit_number_is_GRG1009(string value, string message)
    {
        var report = Load(t => Edit(t, "year: 2024", "year: " + value));
        Assert.Contains(report.Diagnostics, d => d.Id == "GRG1009" && d.Message.Contains(message) && !d.Message.Contains("（year）（year）"));
    }
}

using GovReportGen.Diagnostics;
using GovReportGen.Templating;
using GovReportGen.Tests.Support;
using GovReportGen.Tests.Templating;

namespace GovReportGen.Tests.Regressions;

/// <summary>
/// Issue 17: template errors that lead to the fix. One mistake gives one finding, located where the editor wrote it,
/// in Chinese, saying what was probably meant.
/// </summary>
public class Issue17TemplateErrorTests
{
    private const string Agency = "chaoyang-kjj";
    private const int Year = 2024;

    private static IReadOnlyList<Diagnostic> ErrorsAfter(string template, string from, string to)
    {
        using var temp = new TempFolder();
        var templates = Path.Combine(temp.Root, "templates");
        TempFolder.CopyTree(RepoPaths.Templates, templates);
        var path = Path.Combine(templates, "common", template);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        var result = new ReportTemplater(new TemplateSources(templates, temp.Root)).Render(TemplatingSupport.Sample(Agency, Year));
        return result.Diagnostics.Where(d => d.IsError).ToList();
    }

    [Fact]
    public void A_missing_closing_braces_is_one_Chinese_error_at_the_open_braces()
    {
        var errors = ErrorsAfter("title.sbn", "{{ agency.name }}", "{{ agency.name ");
        var error = Assert.Single(errors);
        Assert.Equal(("templates/common/title.sbn", 2, 19), (error.Span.File, error.Span.Line, error.Span.Column));
        Assert.Contains("没有配对的 }}", error.Message);
    }

    [Fact]
    public void An_unknown_member_names_the_member_meant()
    {
        var error = Assert.Single(ErrorsAfter("title.sbn", "{{ report.year }}", "{{ report.yaer }}"));
        Assert.Equal(("templates/common/title.sbn", 2), (error.Span.File, error.Span.Line));
        Assert.Equal("report.year", error.Suggestion);
        Assert.Contains("不存在的成员“yaer”，是否应为“report.year”？", error.Message);
    }

    [Fact]
    public void An_unknown_variable_names_the_variable_meant()
    {
        var error = Assert.Single(ErrorsAfter("title.sbn", "{{ agency.name }}", "{{ agnecy.name }}"));
        Assert.Equal("agency", error.Suggestion);
    }

    [Fact]
    public void A_rowspan_one_short_is_one_error_at_the_table_templates_line_with_the_right_value()
    {
        var errors = ErrorsAfter("table3.sbn", "{{ six_has_subrows ? 22 : 20 }}", "{{ six_has_subrows ? 21 : 19 }}");
        var error = Assert.Single(errors);
        Assert.Equal(("templates/common/table3.sbn", 15), (error.Span.File, error.Span.Line));
        Assert.Contains("跨21行", error.Message);
        Assert.Contains("rowspan 是否应为 22？", error.Message);
    }

    [Fact]
    public void A_disallowed_class_lists_the_allowed_ones()
    {
        var error = Assert.Single(ErrorsAfter("title.sbn", "<h1 class=\"title\">", "<h1 class=\"big\">"));
        Assert.Contains("不允许的 class 值 “big”", error.Message);
        Assert.Contains("可用的 class 值：subtitle、title", error.Message);
    }

    [Fact]
    public void A_disallowed_attribute_lists_the_allowed_ones()
    {
        var error = Assert.Single(ErrorsAfter("title.sbn", "<h1 class=\"title\">", "<h1 class=\"title\" style=\"color:red\">"));
        Assert.Contains("不允许的属性 style（<h1> 可用的属性：class）", error.Message);
    }
}

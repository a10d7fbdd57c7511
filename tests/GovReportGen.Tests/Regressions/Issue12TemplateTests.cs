using GovReportGen.Templating;
using GovReportGen.Tests.Support;
using GovReportGen.Tests.Templating;

namespace GovReportGen.Tests.Regressions;

/// <summary>Issue 12, finding 10: templates cannot make output differ between runs, and a blank report is an error.</summary>
public sealed class Issue12TemplateTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private TemplateResult RenderWith(string file, string text)
    {
        var templates = Path.Combine(_temp.Root, "templates");
        TempFolder.CopyTree(RepoPaths.Templates, templates);
        File.WriteAllText(Path.Combine(templates, file), text);
        var templater = new ReportTemplater(new TemplateSources(templates, _temp.Root));
        return templater.Render(TemplatingSupport.Sample("chaoyang-kjj", 2024));
    }

    [Theory]
    [InlineData("{{ date.now }}", "date.now")]
    [InlineData("{{ date.now | date.to_string \"%Y\" }}", "date.now")]
    [InlineData("{{ math.random 1 10 }}", "math.random")]
    public void Clock_and_random_builtins_are_a_located_GRG4010(string call, string named)
    {
        var result = RenderWith("common/title.sbn", "<h1>标题</h1>\n<p>" + call + "</p>\n");
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("GRG4010", "templates/common/title.sbn", 2), (error.Id, error.Span.File, error.Span.Line));
        Assert.Contains(named, error.Message);
        Assert.Null(result.Document);
    }

    [Fact]
    public void The_rest_of_date_and_math_still_works()
    {
        var result = RenderWith("common/title.sbn", "<h1>标题{{ (-3) | math.abs }}{{ date.parse \"2024-01-02\" | date.to_string \"%Y\" }}</h1>\n");
        Assert.True(result.Succeeded, TemplatingSupport.Describe(result.Diagnostics));
        Assert.Contains("标题32024", result.Markup);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\n")]
    [InlineData("{{ if false }}<h1>x</h1>{{ end }}")]
    public void A_main_template_that_prints_nothing_is_an_error_not_a_blank_report(string text)
    {
        var result = RenderWith("gov-2021/report.sbn", text);
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("GRG4010", "templates/gov-2021/report.sbn"), (error.Id, error.Span.File));
        Assert.Contains("没有输出任何内容", error.Message);
        Assert.Null(result.Document);
    }

    public void Dispose() => _temp.Dispose();
}

/// <summary>Issue 12, finding 3: every template message an editor reads is Chinese, Scriban's English translated or dropped.</summary>
public sealed class Issue12TemplateMessageTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public static TheoryData<string, string> BrokenTemplates() => new()
    {
        { "if never closed", "{{ if report.year }}\n<p>y</p>\n" },
        { "end without a block", "<p>x</p>{{ end }}" },
        { "if without condition", "{{ if }}<p>x</p>{{ end }}" },
        { "for without in", "{{ for x report.year }}{{ end }}" },
        { "operator without right side", "{{ 1 + }}" },
        { "unclosed code block", "<p>{{ report.year </p>" },
        { "unclosed string", "{{ \"abc }}" },
        { "unclosed parenthesis", "{{ (1 + 2 }}" },
        { "stray closing braces", "<p>x</p> }}" },
        { "loop limit", "{{ while true }}{{ end }}" },
        { "unknown member", "{{ report.yaer }}" },
        { "wrong argument count", "{{ string.pad_left }}" },
        { "divide by zero", "{{ 1 / 0 }}" },
        { "regex timeout", "{{ \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!\" | regex.match \"^(a+)+$\" }}" },
        { "type mismatch", "{{ \"abc\" | math.abs }}" },
        { "assign to readonly", "{{ report = 1 }}" },
    };

    [Theory]
    [MemberData(nameof(BrokenTemplates))]
    public void A_template_error_message_has_no_English(string name, string template)
    {
        var templates = Path.Combine(_temp.Root, "templates");
        TempFolder.CopyTree(RepoPaths.Templates, templates);
        File.WriteAllText(Path.Combine(templates, "common", "title.sbn"), "<h1>标题</h1>\n" + template);
        var result = new ReportTemplater(new TemplateSources(templates, _temp.Root)).Render(TemplatingSupport.Sample("chaoyang-kjj", 2024));

        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.True(errors.Count > 0, name);
        Assert.All(errors, e =>
        {
            Assert.Equal("GRG4010", e.Id);
            Assert.Matches(@"[\u4e00-\u9fff]", e.Message);
            // Template names, keywords and quoted tokens may be Latin; a run of English words may not.
            Assert.DoesNotMatch(@"[A-Za-z]+ [A-Za-z]+ [A-Za-z]+", e.Message.Replace("{{ end }}", "").Replace("for x in", ""));
        });
    }

    public void Dispose() => _temp.Dispose();
}

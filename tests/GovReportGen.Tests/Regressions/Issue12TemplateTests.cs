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

/// <summary>
/// Issue 12, finding 4: a template that is a FIFO, a device, a huge sparse file or a hard link from elsewhere is
/// refused with a located GRG4010 instead of hanging the run or filling memory; runaway nesting is an error, not a
/// stack overflow that ends the process.
/// </summary>
public sealed class Issue12HostileTemplateFileTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly string _templates;

    public Issue12HostileTemplateFileTests()
    {
        _templates = Path.Combine(_temp.Root, "templates");
        TempFolder.CopyTree(RepoPaths.Templates, _templates);
    }

    private TemplateResult Render()
    {
        var templater = new ReportTemplater(new TemplateSources(_templates, _temp.Root));
        var render = Task.Run(() => templater.Render(TemplatingSupport.Sample("chaoyang-kjj", 2024)));
        // A hang guard, not a timing assertion: before the fix a FIFO blocked forever.
        Assert.True(render.Wait(TimeSpan.FromSeconds(60)), "rendering hung");
        return render.Result;
    }

    private static void Run(string file, params string[] args)
    {
        using var process = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo(file, args) { RedirectStandardError = true })!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)}: {process.StandardError.ReadToEnd()}");
    }

    private void AssertRefused(string relative, string reason)
    {
        var result = Render();
        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("GRG4010", error.Id);
        Assert.Contains($"templates/{relative}", error.Message);
        Assert.Contains(reason, error.Message);
        Assert.Null(result.Document);
    }

    [Fact]
    public void A_FIFO_as_a_partial_is_refused_not_waited_on()
    {
        var path = Path.Combine(_templates, "common", "title.sbn");
        File.Delete(path);
        Run("mkfifo", path);
        AssertRefused("common/title.sbn", "不是普通文件");
    }

    [Fact]
    public void A_huge_sparse_partial_is_refused_by_its_size()
    {
        var path = Path.Combine(_templates, "common", "title.sbn");
        using (var f = new FileStream(path, FileMode.Create)) f.SetLength(3L * 1024 * 1024 * 1024);
        AssertRefused("common/title.sbn", "文件过大");
    }

    [Fact]
    public void A_hard_link_to_a_file_outside_the_templates_folder_is_refused()
    {
        var outside = Path.Combine(_temp.Root, "secret.txt");
        File.WriteAllText(outside, "<h1>机密</h1>");
        var path = Path.Combine(_templates, "common", "title.sbn");
        File.Delete(path);
        Run("ln", outside, path);
        AssertRefused("common/title.sbn", "硬链接");
    }

    [Theory]
    // Left open: an XML error at the first unclosed element.
    [InlineData("<p>{{ for i in 1..9000 }}<strong><strong><strong>{{ end }}</p>", "不是格式正确的 XML")]
    // Well formed but 27,000 deep: the recursive readers would overflow the stack.
    [InlineData("<p>{{ for i in 1..3000 }}<strong><strong><strong>{{ end }}x{{ for i in 1..3000 }}</strong></strong></strong>{{ end }}</p>", "嵌套过深")]
    public void Runaway_nesting_is_a_located_error_not_a_stack_overflow(string body, string message)
    {
        File.WriteAllText(Path.Combine(_templates, "common", "title.sbn"), "<h1>标题</h1>\n" + body + "\n");
        var result = Render();
        var error = result.Diagnostics.First(d => d.IsError);
        Assert.Equal("GRG4010", error.Id);
        Assert.Contains(message, error.Message);
        Assert.Equal("templates/common/title.sbn", error.Span.File);
    }

    public void Dispose() => _temp.Dispose();
}

using System.Diagnostics;
using GovReportGen.Diagnostics;
using GovReportGen.Pipeline;
using GovReportGen.Templating;
using GovReportGen.Tests.Support;
using SourceSpan = GovReportGen.Diagnostics.SourceSpan;

namespace GovReportGen.Tests.Templating;

/// <summary>
/// Every kind of template failure is a GRG4010 error at the template's own file, line and column, and stops only
/// the report that used the template: one agency gets a broken <c>overview.sbn</c> override, the other four samples
/// still render.
/// </summary>
public class TemplateErrorTests
{
    private const string Agency = "zhengzhou-erqi-kjj";
    private const int Year = 2023;
    private const string OverrideDisplay = $"templates/agencies/{Agency}/overview.sbn";
    private static readonly DateOnly Today = new(2026, 3, 1);

    public static TheoryData<string, string, int, int, string> Errors() => new()
    {
        // case, overview.sbn text, line, column, message substring
        { "syntax: if without condition", "<h2>一、总体情况</h2>\n{{ if }}\n<p>x</p>\n", 2, 7, "模板语法错误" },
        { "syntax: if never closed", "<h2>一、总体情况</h2>\n<p>x</p>\n{{ if report.year }}\n<p>y</p>\n", 3, 21, "缺少与之配对的 {{ end }}" },
        { "undefined variable", "<h2>一、总体情况</h2>\n<p>{{ nosuch }}</p>\n", 2, 7, "未定义的变量或函数“nosuch”" },
        { "unknown member", "<h2>一、总体情况</h2>\n<p>{{ agency.nmae }}</p>\n", 2, 14, "不存在的成员“nmae”" },
        { "include with ..", "<h2>一、总体情况</h2>\n  {{ include \"../secret.sbn\" }}\n", 2, 6, "不允许绝对路径或“..”）：“../secret.sbn”" },
        { "include of an absolute path", "<h2>一、总体情况</h2>\n<p>x</p>\n  {{ include \"/etc/passwd\" }}\n", 3, 6, "：“/etc/passwd”" },
        { "include of a missing partial", "<h2>一、总体情况</h2>\n{{ include \"nosuch.sbn\" }}\n", 2, 4, "找不到被包含的模板“nosuch.sbn”" },
        { "infinite loop", "<h2>一、总体情况</h2>\n  {{ while true }}{{ end }}\n", 2, 6, "循环次数超过上限 10000" },
        { "infinite recursion", "<h2>一、总体情况</h2>\n{{ func f(x) }}{{ f x }}{{ end }}\n{{ f 1 }}\n", 2, 19, "递归层数超过上限 64" },
        { "a partial including itself", "<h2>一、总体情况</h2>\n  {{ include \"overview.sbn\" }}\n", 2, 6, "递归层数超过上限 64" },
        { "output over the limit", "<h2>一、总体情况</h2>\n{{ for i in 1..9000 }}<p>{{ \"x\" | string.pad_left 1000 }}</p>{{ end }}\n", 2, 21, "模板输出超过上限 4194304 个字符" },
        { "markup outside the vocabulary", "<h2>一、总体情况</h2>\n<p>ok</p>\n  <script>x</script>\n", 3, 3, "不允许的元素 <script>" },
        { "markup outside the vocabulary, from a func", "<h2>一、总体情况</h2>\n{{ func bad() }}\n  <blink>x</blink>\n{{ end }}\n{{ bad }}\n", 3, 3, "不允许的元素 <blink>" },
        { "an entity HTML has but XML does not", "<h2>一、总体情况</h2>\n<p>a &nbsp; b</p>\n", 2, 6, "不允许的实体引用 &nbsp;" },
    };

    [Theory]
    [MemberData(nameof(Errors))]
    public void A_template_error_is_a_located_GRG4010_that_stops_only_that_report(string name, string overview, int line, int column, string message)
    {
        using var run = new OverrideRun(overview);

        var broken = run.Entry(Agency);
        var errors = broken.Diagnostics.Where(d => d.IsError).ToList();
        Assert.True(errors.Count > 0 && errors.All(d => d.Id == "GRG4010"), name + "\n" + TemplatingSupport.Describe(broken.Diagnostics));
        Assert.Equal(new SourceSpan(OverrideDisplay, line, column), errors[0].Span);
        Assert.Contains(message, errors[0].Message);
        Assert.DoesNotContain('\n', errors[0].Message);
        run.AssertOnlyThatReportFailed();
    }

    [Fact]
    public void Malformed_markup_stops_only_that_report()
    {
        using var run = new OverrideRun("<h2>一、总体情况</h2>\n<p>ok</p>\n  <p>unclosed\n");

        var error = Assert.Single(run.Entry(Agency).Diagnostics, d => d.IsError);
        Assert.Equal("GRG4010", error.Id);
        Assert.Contains("报告标记不是格式正确的 XML", error.Message);
        Assert.Contains("'p'", error.Message);
        Assert.StartsWith("templates/", error.Span.File);
        run.AssertOnlyThatReportFailed();
    }

    [Fact]
    public void Malformed_markup_points_at_the_unclosed_start_tag()
    {
        using var run = new OverrideRun("<h2>一、总体情况</h2>\n<p>ok</p>\n  <p>unclosed\n");

        var error = Assert.Single(run.Entry(Agency).Diagnostics, d => d.IsError);
        Assert.Equal(new SourceSpan(OverrideDisplay, 3, 3), error.Span);
        Assert.Contains("元素 'p' 的开始标签 <p> 没有对应的结束标签 </p>", error.Message);
    }

    [Fact]
    public void A_mismatched_end_tag_points_at_the_start_tag_left_open()
    {
        using var run = new OverrideRun("<h2>一、总体情况</h2>\n<p>ok</p>\n<p><strong>x</p>\n<p>after</p>\n");

        var error = Assert.Single(run.Entry(Agency).Diagnostics, d => d.IsError);
        Assert.Equal("GRG4010", error.Id);
        Assert.Equal(new SourceSpan(OverrideDisplay, 3, 4), error.Span);
        Assert.Contains("报告标记不是格式正确的 XML", error.Message);
        Assert.Contains("'strong'", error.Message);
        Assert.Contains("第 3 行第 13 列先遇到了结束标签 </p>", error.Message);
        Assert.DoesNotContain('\n', error.Message);
        run.AssertOnlyThatReportFailed();
    }

    [Fact]
    public void A_long_bounded_loop_stops_at_the_time_limit()
    {
        // 100 million iterations finish on their own (the loop limit is above them), only much later than 50 ms:
        // the limit must come from TemplateContext.CancellationToken, which Scriban checks as it steps the loop.
        var limits = new TemplateLimits(LoopLimit: 200_000_000, Timeout: TimeSpan.FromMilliseconds(50));
        using var temp = OverrideRun.Templates("<h2>一、总体情况</h2>\n  {{ for i in 1..100000000 }}{{ end }}\n", out var templates);
        var templater = new ReportTemplater(new TemplateSources(templates, temp.Root), limits);
        var report = TemplatingSupport.Sample(Agency, Year);

        var watch = Stopwatch.StartNew();
        var result = templater.Render(report);
        watch.Stop();

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal("GRG4010", error.Id);
        Assert.Equal(OverrideDisplay, error.Span.File);
        Assert.Equal(2, error.Span.Line);
        Assert.Contains("模板运行超过时间上限（0.05 秒）", error.Message);
        Assert.Null(result.Document);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.True(templater.Render(TemplatingSupport.Sample("zaozhuang-shizhong-kjj", 2024)).Succeeded, "the same templater still renders other reports");
    }

    [Fact]
    public void Default_limits_bound_loops_recursion_and_time()
    {
        var limits = TemplateLimits.Default;

        Assert.InRange(limits.LoopLimit, 1, 1_000_000);
        Assert.InRange(limits.RecursiveLimit, 1, 1_000);
        Assert.InRange(limits.EffectiveTimeout, TimeSpan.FromMilliseconds(1), TimeSpan.FromMinutes(1));
    }

    [Fact]
    public void A_syntax_error_in_the_main_template_is_located_in_it()
    {
        using var temp = new TempFolder();
        var templates = Path.Combine(temp.Root, "templates");
        TempFolder.CopyTree(RepoPaths.Templates, templates);
        Directory.CreateDirectory(Path.Combine(templates, "agencies", Agency));
        File.WriteAllText(Path.Combine(templates, "agencies", Agency, "report.sbn"), "{{ include \"title.sbn\" }}\n{{ for x in }}\n");

        var result = new ReportTemplater(new TemplateSources(templates, temp.Root)).Render(TemplatingSupport.Sample(Agency, Year));

        var error = result.Diagnostics.First(d => d.IsError);
        Assert.Equal("GRG4010", error.Id);
        Assert.Equal($"templates/agencies/{Agency}/report.sbn", error.Span.File);
        Assert.Equal(2, error.Span.Line);
        Assert.Contains("模板语法错误", error.Message);
        Assert.Null(result.Document);
    }

    [Fact]
    public void A_partial_cannot_reach_another_agencys_override()
    {
        using var temp = OverrideRun.Templates("<h2>一、总体情况</h2>\n{{ include \"agencies/chaoyang-kjj/private.sbn\" }}\n", out var templates);
        Directory.CreateDirectory(Path.Combine(templates, "agencies", "chaoyang-kjj"));
        File.WriteAllText(Path.Combine(templates, "agencies", "chaoyang-kjj", "private.sbn"), "<p>朝阳专用</p>");

        var result = new ReportTemplater(new TemplateSources(templates, temp.Root)).Render(TemplatingSupport.Sample(Agency, Year));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(new SourceSpan(OverrideDisplay, 2, 4), error.Span);
        Assert.Contains("找不到被包含的模板“agencies/chaoyang-kjj/private.sbn”", error.Message);
        Assert.DoesNotContain("朝阳专用", result.Markup);
    }

    [SkippableFact]
    public void A_symbolic_link_in_the_templates_folder_is_not_followed()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"grg-secret-{Guid.NewGuid():N}.sbn");
        File.WriteAllText(secret, "<p>模板目录以外的文件</p>");
        try
        {
            using var temp = OverrideRun.Templates("<h2>一、总体情况</h2>\n{{ include \"outside.sbn\" }}\n", out var templates);
            try { File.CreateSymbolicLink(Path.Combine(templates, "common", "outside.sbn"), secret); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { Skip.If(true, "cannot create symbolic links here: " + e.Message); }

            var result = new ReportTemplater(new TemplateSources(templates, temp.Root)).Render(TemplatingSupport.Sample(Agency, Year));

            var error = Assert.Single(result.Diagnostics, d => d.IsError);
            Assert.Equal("GRG4010", error.Id);
            Assert.Equal(new SourceSpan(OverrideDisplay, 2, 4), error.Span);
            Assert.Contains("符号链接", error.Message);
            Assert.DoesNotContain("模板目录以外的文件", result.Markup);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    /// <summary>The five samples rendered by <see cref="RenderRun"/> with a copy of the templates where one agency overrides overview.sbn.</summary>
    private sealed class OverrideRun : IDisposable
    {
        private readonly TempFolder _temp;
        private readonly string _out;

        public OverrideRun(string overview)
        {
            _temp = Templates(overview, out var templates);
            _out = Path.Combine(_temp.Root, "out");
            Summary = RenderRun.Execute(new RenderOptions(RepoPaths.Data, templates, _out, ["html"], Today, DisplayRoot: _temp.Root));
        }

        public RenderSummary Summary { get; }

        public static TempFolder Templates(string overview, out string templates)
        {
            var temp = new TempFolder();
            templates = Path.Combine(temp.Root, "templates");
            TempFolder.CopyTree(RepoPaths.Templates, templates);
            var agencyDir = Path.Combine(templates, "agencies", Agency);
            Directory.CreateDirectory(agencyDir);
            File.WriteAllText(Path.Combine(agencyDir, "overview.sbn"), overview);
            return temp;
        }

        public ManifestEntry Entry(string agency) => Assert.Single(Summary.Reports, r => r.Agency == agency);

        public void AssertOnlyThatReportFailed()
        {
            Assert.Equal(TemplatingSupport.Samples.Length, Summary.Reports.Count);
            var broken = Entry(Agency);
            Assert.Equal(ReportStatus.Error, broken.Status);
            Assert.Empty(broken.Files);
            Assert.False(File.Exists(Path.Combine(_out, RenderRun.ReportPath(Agency, Year, "html"))));
            foreach (var entry in Summary.Reports.Where(r => r.Agency != Agency))
            {
                Assert.True(entry.Status != ReportStatus.Error, $"{entry.Agency}: {TemplatingSupport.Describe(entry.Diagnostics)}");
                Assert.True(File.Exists(Path.Combine(_out, entry.Files["html"])), entry.Agency);
            }
            Assert.Equal(1, Summary.WithErrors);
        }

        public void Dispose() => _temp.Dispose();
    }
}

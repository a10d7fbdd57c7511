using System.Text.RegularExpressions;
using GovReportGen.Data.Model;
using GovReportGen.Diagnostics;
using GovReportGen.Documents;
using GovReportGen.Documents.Tables;
using GovReportGen.Templating;
using GovReportGen.Tests.Support;
using Scriban.Runtime;

namespace GovReportGen.Tests.Templating;

/// <summary>
/// What templates see: every data string already escaped for the markup, bindings as number spans, figures
/// printed as docs/formats.md §1.6 says (plain integers, a bare minus, no plus, no trailing zeros).
/// </summary>
public partial class TemplateModelTests
{
    private const string HostileName = "郑州市二七区\"科技\"&<创新>局";

    /// <summary>The base report of a format with some text replaced, loaded from a temporary data folder.</summary>
    private static ReportData Base(string format, params (string File, string From, string To)[] edits)
    {
        using var temp = new TempFolder();
        TempFolder.CopyTree(Path.Combine(RepoPaths.Fixtures, "_base", format), temp.Root);
        foreach (var (file, from, to) in edits)
        {
            var path = Path.Combine(temp.Root, "agencies", "sample-kjj", file);
            var text = File.ReadAllText(path);
            Assert.Contains(from, text);
            File.WriteAllText(path, text.Replace(from, to));
        }
        var report = TemplatingSupport.LoadSingle(temp.Root, out var diagnostics);
        Assert.False(diagnostics.Any(d => d.IsError), TemplatingSupport.Describe(diagnostics));
        return report;
    }

    private static TemplateResult Render(ReportData report)
    {
        var result = TemplatingSupport.RepoTemplater().Render(report);
        Assert.True(result.Succeeded, TemplatingSupport.Describe(result.Diagnostics));
        return result;
    }

    private static ReportData WithHostileAgency() => Base("gov-2021",
        ("agency.yaml", "name: 郑州市二七区科学技术局", "name: '郑州市二七区\"科技\"&<创新>局'"),
        ("agency.yaml", "website: http://www.example.gov.cn/", "website: http://www.example.gov.cn/?a=1&b=<2>"),
        ("2024.yaml", "published_on: 2025-01-20", "published_on: 2025-01-20\npreamble: true"));

    [Fact]
    public void An_agency_name_with_markup_characters_is_escaped_in_the_markup_and_literal_in_the_document()
    {
        var result = Render(WithHostileAgency());

        Assert.Contains("郑州市二七区&quot;科技&quot;&amp;&lt;创新&gt;局", result.Markup);
        Assert.Contains("http://www.example.gov.cn/?a=1&amp;b=&lt;2&gt;", result.Markup);
        Assert.DoesNotContain(HostileName, result.Markup);
        Assert.StartsWith(HostileName, result.Document!.Title);
        var title = Assert.Single(result.Document.Blocks.OfType<Heading>(), h => h.Level == 1);
        Assert.Equal(HostileName, Assert.IsType<Text>(title.Inlines[0]).Value);
        var signature = Assert.Single(result.Document.Blocks.OfType<Signature>());
        Assert.Equal(HostileName, InlineText.ToPlainText(signature.Lines[0].Inlines));
        var preamble = result.Document.Blocks.OfType<Paragraph>().First();
        Assert.Contains("本报告电子版可在http://www.example.gov.cn/?a=1&b=<2>查阅或下载", InlineText.ToPlainText(preamble.Inlines));
    }

    [Fact]
    public void A_free_topic_heading_from_the_data_is_escaped()
    {
        var report = Base("gov-2019", ("2020.yaml", "heading: 加强组织协调", "heading: 科技&创新<试点>"));

        var result = Render(report);

        Assert.Contains("<h3>（二）科技&amp;创新&lt;试点&gt;</h3>", result.Markup);
        Assert.Contains(result.Document!.Blocks.OfType<Heading>(), h => h.Level == 3 && InlineText.ToPlainText(h.Inlines) == "（二）科技&创新<试点>");
    }

    public static TheoryData<string> Reports() => ["hostile", .. TemplatingSupport.Samples.Select(s => $"{s.Agency}/{s.Year}")];

    /// <summary>
    /// Walks the whole model: after taking out the number spans the model itself makes, no string may hold a
    /// character that is markup (<c>&lt; &gt; " '</c>) or an <c>&amp;</c> that does not start one of the escapes.
    /// </summary>
    [Theory]
    [MemberData(nameof(Reports))]
    public void Every_string_in_the_model_is_escaped_markup(string which)
    {
        var report = which == "hostile"
            ? TemplatingSupport.LoadSingle(Path.Combine(TemplatingSupport.ThisDirectory(), "Hostile"), out _)
            : TemplatingSupport.Sample(which.Split('/')[0], int.Parse(which.Split('/')[1]));
        var model = TemplateModel.Build(report, new DiagnosticBag());

        var strings = Strings(model, "").ToList();
        Assert.True(strings.Count > 50, $"only {strings.Count} strings in the model");
        var unescaped = strings.Where(s => Unescaped().IsMatch(NumberSpan().Replace(s.Value, ""))).Select(s => $"{s.Path} = {s.Value}").ToList();
        Assert.True(unescaped.Count == 0, string.Join("\n", unescaped));
        if (which == "hostile")
            Assert.Contains(strings, s => s.Value.Contains("&lt;script&gt;", StringComparison.Ordinal));
    }

    [Fact]
    public void A_binding_prints_as_a_number_span_and_everything_else_stays_text()
    {
        var report = TemplatingSupport.LoadSingle(Path.Combine(TemplatingSupport.ThisDirectory(), "Hostile"), out _);
        var model = TemplateModel.Build(report, new DiagnosticBag());

        var onRequest = (ScriptArray)((ScriptObject)((ScriptObject)model["narrative"]!)["overview"]!)["on_request"]!;

        Assert.Equal("模板语法{{ report.year }}不执行，{not.a.key 和 {{a.b}} 也原样输出；本年收到申请<span class=\"num\">0</span>件。", Assert.Single(onRequest));
    }

    [Fact]
    public void Bindings_in_the_samples_reach_the_document_as_numbers()
    {
        var result = TemplatingSupport.RenderSample("ningbo-yinzhou-kjj", 2024);

        Assert.Contains("新收政府信息公开申请<span class=\"num\">2</span>件", result.Markup);
        var paragraph = result.Document!.Blocks.OfType<Paragraph>().Single(p => InlineText.ToPlainText(p.Inlines).StartsWith("本年度本局新收", StringComparison.Ordinal));
        Assert.Equal(["2", "0", "2", "0"], paragraph.Inlines.OfType<Number>().Select(n => n.Value));
    }

    [Fact]
    public void The_longest_data_string_prints_whole_even_when_escaping_makes_it_longer()
    {
        // 30,000 '<' escape to 120,000 characters; Scriban's default would cut the value short with "..." and say nothing.
        var text = new string('<', 30_000) + "结尾";
        var report = Base("gov-2021", ("2024.yaml", "    proactive: 2024年，本局通过门户网站主动公开政府信息14条。", $"    proactive: \"{text}\""));

        var result = Render(report);

        Assert.Contains(result.Document!.Blocks.OfType<Paragraph>(), p => InlineText.ToPlainText(p.Inlines) == text);
    }

    [Fact]
    public void Gov2019_signed_changes_print_with_a_bare_minus_and_no_plus()
    {
        var report = Base("gov-2019",
            ("2020.yaml", "licensing: {previous_year_items: 0, change: 0, decisions: 0}", "licensing: {previous_year_items: 5, change: -2, decisions: 0}"),
            ("2020.yaml", "centralized_procurement: {projects: 0, amount_wan_yuan: 0}", "centralized_procurement: {projects: 3119, amount_wan_yuan: 25.10}"));

        var table2 = Table(Render(report).Document!, 0);

        Assert.Equal("行政许可", Cell(table2, 7, 1));
        Assert.Equal(("5", "-2", "0"), (Cell(table2, 7, 2), Cell(table2, 7, 3), Cell(table2, 7, 4)));
        Assert.Equal("其他对外管理服务事项", Cell(table2, 8, 1));
        Assert.Equal("3", Cell(table2, 8, 3));
        Assert.Equal("2", Cell(table2, 11, 3));
        Assert.Equal("政府集中采购", Cell(table2, 18, 1));
        Assert.Equal(("3119", "25.1"), (Cell(table2, 18, 2), Cell(table2, 18, 3)));
    }

    [Theory]
    [InlineData("25.10", "25.1")]
    [InlineData("96171.60", "96171.6")]
    [InlineData("0.0", "0")]
    [InlineData("12", "12")]
    [InlineData("0.05", "0.05")]
    public void Gov2021_money_prints_without_trailing_zeros(string typed, string printed)
    {
        var report = Base("gov-2021",
            ("2024.yaml", "administrative_fees: {amount_wan_yuan: 0}", $"administrative_fees: {{amount_wan_yuan: {typed}}}"),
            ("2024.yaml", "amount_yuan: 0", $"amount_yuan: {typed}"));

        var result = Render(report);

        var table2 = Table(result.Document!, 0);
        Assert.Equal("行政事业性收费", Cell(table2, 14, 1));
        Assert.Equal(printed, Cell(table2, 14, 2));
        var fees = result.Document!.Blocks.OfType<Paragraph>().Select(p => InlineText.ToPlainText(p.Inlines)).Single(p => p.Contains("信息处理费", StringComparison.Ordinal));
        Assert.Equal(printed == "0" ? "本年度未收取信息处理费。" : $"本年度共收取信息处理费{printed}元。", fees);
    }

    [Fact]
    public void Table_figures_are_plain_text_in_cells_and_have_no_separators()
    {
        var report = Base("gov-2021", ("2024.yaml", "normative_documents: {issued: 0, repealed: 0, in_force: 0}", "normative_documents: {issued: 1200, repealed: 0, in_force: 31190}"));

        var table2 = Table(Render(report).Document!, 0);

        Assert.Equal(("1200", "0", "31190"), (Cell(table2, 4, 2), Cell(table2, 4, 3), Cell(table2, 4, 4)));
    }

    private static TableGrid Table(Document document, int index) => document.Blocks.OfType<Table>().ElementAt(index).Grid;

    /// <summary>The text of the cell at a 1-based row and column, as the golden dumps number them.</summary>
    private static string Cell(TableGrid grid, int row, int column) => grid[row - 1, column - 1].Owner.PlainText;

    private static IEnumerable<(string Path, string Value)> Strings(object? value, string path)
    {
        switch (value)
        {
            case string s:
                yield return (path, s);
                break;
            case ScriptObject obj:
                foreach (var (key, child) in obj)
                    foreach (var item in Strings(child, path.Length == 0 ? key : $"{path}.{key}"))
                        yield return item;
                break;
            case ScriptArray array:
                for (var i = 0; i < array.Count; i++)
                    foreach (var item in Strings(array[i], $"{path}[{i}]"))
                        yield return item;
                break;
        }
    }

    [GeneratedRegex("<span class=\"num\">[^<>\"&]*</span>")]
    private static partial Regex NumberSpan();

    [GeneratedRegex("[<>\"']|&(?!(amp|lt|gt|quot|#39);)")]
    private static partial Regex Unescaped();
}

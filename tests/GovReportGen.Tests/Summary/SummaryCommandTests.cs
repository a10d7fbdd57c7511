using GovReportGen.Cli;
using GovReportGen.Formats;
using GovReportGen.Pipeline;
using GovReportGen.Summary;
using GovReportGen.Tests.EndToEnd;
using GovReportGen.Tests.Support;
using Expected = GovReportGen.Tests.EndToEnd.OfficialTables;

namespace GovReportGen.Tests.Summary;

/// <summary><c>govreport summary</c> as a user runs it: what it prints, its exit codes, bad input, and the output folder.</summary>
public class SummaryCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr, SummaryFigureTests.Today);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private static string[] Args(string data, string outDir, params string[] more) =>
        ["summary", "--data", data, "--templates", RepoPaths.Templates, "--out", outDir, .. more];

    [Fact]
    public void Summary_of_the_samples_prints_what_it_summed_and_missed_and_exits_0()
    {
        using var temp = new TempFolder("summary-cli");
        var (exit, output, error) = Run(Args(RepoPaths.Data, temp.Path, "--year", "2024"));

        Assert.True(exit == 0, error + output);
        var lines = output.TrimEnd().Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        Assert.Equal("2024年度政府信息公开工作年度报告汇总：纳入 3 份报告（表格格式 gov-2021），未纳入 0 份，缺少本年度报告的机关 2 个", lines[0]);
        Assert.Equal("  缺少本年度报告：zaozhuang-yicheng-kjj 枣庄市峄城区科学技术局（已有年度：2020）", lines[1]);
        Assert.Equal("  缺少本年度报告：zhengzhou-erqi-kjj 科技局（已有年度：2023）", lines[2]);
        Assert.StartsWith("合计：本年新收 ", lines[3]);
        Assert.Equal($"已生成：{Path.Combine(temp.Path, "summary/2024/summary-2024.html")}", lines[4]);
        Assert.Equal($"已生成：{Path.Combine(temp.Path, "summary/2024/summary-2024.docx")}", lines[5]);
        Assert.True(File.Exists(Path.Combine(temp.Path, "summary/2024/summary-2024.docx")));
    }

    [Fact]
    public void Unknown_parent_is_a_usage_error_with_a_did_you_mean_and_writes_nothing()
    {
        using var temp = new TempFolder("summary-cli");
        var (exit, _, error) = Run(Args(RepoPaths.Data, temp.Sub("out"), "--year", "2024", "--parent", "chaoyng-kjj"));

        Assert.Equal(2, exit);
        Assert.Contains("没有找到机关“chaoyng-kjj”", error);
        Assert.Contains("是否应为“chaoyang-kjj”？", error);
        Assert.False(Directory.Exists(temp.Sub("out")));
    }

    [Fact]
    public void A_year_nobody_has_is_a_usage_error_that_lists_the_years_there_are()
    {
        using var temp = new TempFolder("summary-cli");
        var (exit, _, error) = Run(Args(RepoPaths.Data, temp.Sub("out"), "--year", "2019"));

        Assert.Equal(2, exit);
        Assert.Contains("没有 2019 年度的数据文件（已有的年度：2020、2023、2024）", error);
        Assert.False(Directory.Exists(temp.Sub("out")));
    }

    [Fact]
    public void Formats_other_than_html_and_docx_are_refused()
    {
        using var temp = new TempFolder("summary-cli");
        var (exit, _, error) = Run(Args(RepoPaths.Data, temp.Sub("out"), "--year", "2024", "--formats", "html,pdf"));

        Assert.Equal(2, exit);
        Assert.Contains("汇总不支持输出格式“pdf”：可用 html、docx", error);
    }

    [Fact]
    public void A_broken_report_among_good_ones_is_left_out_listed_with_its_errors_and_exits_1()
    {
        using var temp = new TempFolder("summary-cli");
        var data = temp.Sub("data");
        TempFolder.CopyTree(RepoPaths.Data, data);
        var broken = Path.Combine(data, "agencies", "ningbo-yinzhou-kjj", "2024.yaml");
        var text = File.ReadAllText(broken);
        var index = text.IndexOf("new_requests: {natural_person: ", StringComparison.Ordinal);
        Assert.True(index > 0, "test data changed: no new_requests row in ningbo-yinzhou-kjj 2024.yaml");
        File.WriteAllText(broken, text.Insert(index + "new_requests: {natural_person: ".Length, "两"));

        var (exit, output, _) = Run(Args(data, temp.Sub("out"), "--year", "2024"));

        Assert.Equal(1, exit);
        Assert.Contains("错误 GRG1009", output);
        Assert.Contains("纳入 2 份报告（表格格式 gov-2021），未纳入 1 份", output);
        // The unreadable cell is read as 0, so validation also finds the 表三 balance it breaks (issue 14's recovery).
        Assert.Contains("  未纳入：ningbo-yinzhou-kjj 宁波市鄞州区科学技术局（科协）（2 个错误）", output);
        Assert.Contains("错误 GRG2001", output);

        var doc = RenderedSamples.Parse(Path.Combine(temp.Sub("out"), "summary/2024/summary-2024.html"));
        var excluded = SummaryFigureTests.SectionText(doc, SummaryMarkup.ExcludedHeading);
        Assert.Contains("宁波市鄞州区科学技术局（科协）（ningbo-yinzhou-kjj）：2024年度报告有2个错误，未纳入汇总。", excluded);
        Assert.Contains("2024.yaml第", excluded);
        Assert.Contains("GRG1009", excluded);

        // The sums are those of the two good reports.
        var loaded = FormatRegistry.Loader.LoadAll(data);
        var good = new[] { "chaoyang-kjj", "zaozhuang-shizhong-kjj" }.Select(id => loaded.Find(id, 2024)!.Data!).ToList();
        var sums = Enumerable.Range(0, ModelFigures.Table3(good[0]).Count).Select(i => good.Sum(r => ModelFigures.Table3(r)[i])).ToList();
        LineAssert.Equal(Expected.Describe(Expected.Table3(true), sums), TableRoundTripTests.Describe(ReportTables.Grid(doc, ReportTables.Heading3)), "表三 without the broken report");
    }

    [Fact]
    public void With_a_parent_the_subordinates_are_summed_under_the_parents_name()
    {
        // The covering government's own report equals the sum of its two subordinates' (GRG7001 is silent there),
        // so the summary of its agencies must print the government's own tables.
        using var tree = FixtureTree.Materialise(Path.Combine(RepoPaths.Fixtures, "hierarchy", "covers-children-match"));
        using var temp = new TempFolder("summary-cli");
        var (exit, output, error) = Run(Args(tree.Root, temp.Path, "--year", "2024", "--parent", "qu-gov"));

        Assert.True(exit == 0, error + output);
        Assert.StartsWith("郑州市二七区人民政府 2024年度政府信息公开工作年度报告汇总：纳入 2 份报告", output);
        var path = Path.Combine(temp.Path, SummaryRun.RelativePath(2024, "qu-gov", "html"));
        var doc = RenderedSamples.Parse(path);
        Assert.Equal("郑州市二七区人民政府2024年度政府信息公开工作年度报告汇总", doc.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("本汇总合计“郑州市二七区人民政府”所属2个机关", doc.QuerySelector("h1 + p")!.TextContent);

        var government = FormatRegistry.Loader.LoadAll(tree.Root).Find("qu-gov", 2024)!.Data!;
        Assert.Contains(ModelFigures.Table3(government), v => v != 0);
        LineAssert.Equal(Expected.Describe(Expected.Table2Gov2021, ModelFigures.Table2(government)), TableRoundTripTests.Describe(ReportTables.Grid(doc, ReportTables.Heading2)), "表二");
        LineAssert.Equal(Expected.Describe(Expected.Table3(true), ModelFigures.Table3(government)), TableRoundTripTests.Describe(ReportTables.Grid(doc, ReportTables.Heading3)), "表三");
        LineAssert.Equal(Expected.Describe(Expected.Table4(), ModelFigures.Table4(government)), TableRoundTripTests.Describe(ReportTables.Grid(doc, ReportTables.Heading4)), "表四");
    }

    [Fact]
    public void With_a_parent_a_cycle_in_the_parent_chain_stops_the_summary_with_located_errors()
    {
        using var tree = FixtureTree.Materialise(Path.Combine(RepoPaths.Fixtures, "hierarchy", "parent-id-cycle"));
        using var temp = new TempFolder("summary-cli");
        var (exit, output, _) = Run(Args(tree.Root, temp.Sub("out"), "--year", "2024", "--parent", "qu-a"));

        Assert.Equal(1, exit);
        Assert.Matches(@"agencies/qu-a/agency\.yaml\(3,12\): 错误 GRG7003: 上级机关链（parent_id）形成循环：qu-a → qu-b → qu-a", output);
        Assert.Contains("无法确定“qu-a”所属的机关，未生成汇总", output);
        Assert.False(Directory.Exists(temp.Sub("out")));
    }

    [Fact]
    public void A_parent_with_no_subordinates_is_a_usage_error()
    {
        using var temp = new TempFolder("summary-cli");
        var (exit, _, error) = Run(Args(RepoPaths.Data, temp.Sub("out"), "--year", "2024", "--parent", "chaoyang-kjj"));

        Assert.Equal(2, exit);
        Assert.Contains("机关“chaoyang-kjj”没有下属机关", error);
    }

    [Fact]
    public void A_folder_that_is_not_ours_is_refused_and_a_format_left_out_is_removed()
    {
        using var temp = new TempFolder("summary-cli");
        File.WriteAllText(temp.Sub("notes.txt"), "someone else's file");
        var (exit, _, error) = Run(Args(RepoPaths.Data, temp.Path, "--year", "2024"));
        Assert.Equal(2, exit);
        Assert.Contains("不是 GovReportGen 的输出目录", error);

        var outDir = temp.Sub("out");
        Assert.Equal(0, Run(Args(RepoPaths.Data, outDir, "--year", "2024")).Exit);
        Assert.True(File.Exists(Path.Combine(outDir, "summary/2024/summary-2024.docx")));
        Assert.Equal(0, Run(Args(RepoPaths.Data, outDir, "--year", "2024", "--formats", "html")).Exit);
        Assert.True(File.Exists(Path.Combine(outDir, "summary/2024/summary-2024.html")));
        Assert.False(File.Exists(Path.Combine(outDir, "summary/2024/summary-2024.docx")), "last run's DOCX would show old figures beside the new HTML");
    }

    [Fact]
    public void Summary_and_render_share_the_output_folder_without_touching_each_others_files()
    {
        using var temp = new TempFolder("summary-render");
        var outDir = temp.Sub("out");
        var render = new[] { "render", "--data", RepoPaths.Data, "--templates", RepoPaths.Templates, "--out", outDir, "--formats", "html", "--quiet" };
        Assert.Equal(0, Run(render).Exit);
        var manifest = File.ReadAllText(Path.Combine(outDir, Manifest.FileName));

        Assert.Equal(0, Run(Args(RepoPaths.Data, outDir, "--year", "2024")).Exit);
        Assert.Equal(manifest, File.ReadAllText(Path.Combine(outDir, Manifest.FileName)));
        Assert.True(File.Exists(Path.Combine(outDir, "reports/2024/chaoyang-kjj/chaoyang-kjj-2024.html")));

        Assert.Equal(0, Run([.. render, "--force"]).Exit);
        Assert.True(File.Exists(Path.Combine(outDir, "summary/2024/summary-2024.html")));
        Assert.True(File.Exists(Path.Combine(outDir, "summary/2024/summary-2024.docx")));
        Assert.DoesNotContain("summary-2024", File.ReadAllText(Path.Combine(outDir, Manifest.FileName)));
    }

    [Fact]
    public void Help_describes_the_command_in_chinese()
    {
        var (exit, output, _) = Run("summary", "--help");
        Assert.Equal(0, exit);
        Assert.Contains("汇总", output);
        Assert.Contains("--parent", output);
        Assert.Contains("parent_id", output);
    }
}

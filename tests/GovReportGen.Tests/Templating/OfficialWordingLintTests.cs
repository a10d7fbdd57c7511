using GovReportGen.Templating;
using GovReportGen.Tests.Support;

namespace GovReportGen.Tests.Templating;

/// <summary>GRG4009 (docs/validation.md): the templates print the official headings and table labels, for both formats.</summary>
public class OfficialWordingLintTests
{
    [Theory]
    [MemberData(nameof(GoldenTests.Samples), MemberType = typeof(GoldenTests))]
    public void Headings_and_table_labels_are_the_official_wording(string agency, int year)
    {
        var report = TemplatingSupport.Sample(agency, year);
        var sources = new TemplateSources(RepoPaths.Templates, RepoPaths.Root);
        var result = new ReportTemplater(sources).Render(report);
        Assert.True(result.Succeeded, TemplatingSupport.Describe(result.Diagnostics));

        var findings = OfficialWordingLint.Check(sources, result, report.Format.Id, RepoPaths.Root);

        Assert.True(findings.Count == 0, string.Join("\n", findings));
    }

    [Fact]
    public void Both_formats_are_covered_by_the_samples()
    {
        var formats = TemplatingSupport.Samples.Select(s => TemplatingSupport.Sample(s.Agency, s.Year).Format.Id).Distinct().Order();

        Assert.Equal(["gov-2019", "gov-2021"], formats);
    }

    [Fact]
    public void A_drifted_heading_or_label_is_reported_at_its_template_line()
    {
        using var temp = new TempFolder();
        var templates = Path.Combine(temp.Root, "templates");
        TempFolder.CopyTree(RepoPaths.Templates, templates);
        Replace(Path.Combine(templates, "common", "sections.sbn"), "二、主动公开政府信息情况", "二、主动公开政府信息的情况");
        Replace(Path.Combine(templates, "gov-2021", "table2.sbn"), "本年废止件数", "本年废止数");
        Replace(Path.Combine(templates, "common", "table3.sbn"), "3.要求提供公开出版物", "3.要求提供公开出版物，重复申请");
        Replace(Path.Combine(templates, "common", "signature.sbn"), "<div class=\"signature\">", "<h2>七、附件</h2>\n<div class=\"signature\">");
        var sources = new TemplateSources(templates, temp.Root);
        var report = TemplatingSupport.Sample("zaozhuang-shizhong-kjj", 2024);
        var result = new ReportTemplater(sources).Render(report);

        var findings = OfficialWordingLint.Check(sources, result, report.Format.Id, temp.Root);

        Assert.Contains("templates/common/sections.sbn(2,5): 错误 GRG4009: 标题“二、主动公开政府信息的情况”与官方格式“二、主动公开政府信息情况”不一致", findings);
        Assert.Contains("templates/gov-2021/table2.sbn(6,73): 错误 GRG4009: 表二第2行标题“本年废止数”与官方格式“本年废止件数”不一致", findings);
        Assert.Contains("templates/common/table3.sbn(30,35): 错误 GRG4009: 表三第21行标题“3.要求提供公开出版物，重复申请”与官方格式“3.要求提供公开出版物”不一致", findings);
        Assert.Contains("templates/common/signature.sbn(2,5): 错误 GRG4009: 标题“七、附件”不在官方格式中", findings);
        Assert.Equal(4, findings.Count);
    }

    private static void Replace(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }
}

using GovReportGen.Documents;
using GovReportGen.Templating;
using GovReportGen.Tests.Support;

namespace GovReportGen.Tests.Templating;

/// <summary>
/// templates/agencies/&lt;id&gt;/x.sbn replaces the shared x.sbn for that agency only, also when a shared
/// partial is the one including it, and the report's TemplatesUsed says which file it used.
/// </summary>
public class AgencyOverrideTests
{
    private const string Agency = "zhengzhou-erqi-kjj";
    private const string Marker = "本机关专用模板";

    private static Dictionary<string, TemplateResult> RenderAll(Action<string> changeTemplates)
    {
        using var temp = new TempFolder();
        var templates = Path.Combine(temp.Root, "templates");
        TempFolder.CopyTree(RepoPaths.Templates, templates);
        changeTemplates(templates);
        var templater = new ReportTemplater(new TemplateSources(templates, temp.Root));
        return TemplatingSupport.Samples.ToDictionary(s => s.Agency, s => templater.Render(TemplatingSupport.Sample(s.Agency, s.Year)));
    }

    private static void Override(string templates, string name, string text)
    {
        var dir = Path.Combine(templates, "agencies", Agency);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, name), text);
    }

    private static IEnumerable<string> Texts(Document document) =>
        document.Blocks.Select(b => b switch
        {
            Heading h => InlineText.ToPlainText(h.Inlines),
            Paragraph p => InlineText.ToPlainText(p.Inlines),
            Table t => string.Join("|", t.Grid.Origins.Select(o => o.PlainText)),
            _ => "",
        });

    [Fact]
    public void An_override_partial_replaces_the_shared_one_for_that_agency_only()
    {
        var results = RenderAll(t => Override(t, "overview.sbn",
            "<h2>一、总体情况</h2>\n<p>" + Marker + "：{{ agency.name }}</p>\n{{ paragraphs narrative.overview.intro }}\n"));

        foreach (var (agency, result) in results)
        {
            Assert.True(result.Succeeded, agency + "\n" + TemplatingSupport.Describe(result.Diagnostics));
            var texts = Texts(result.Document!).ToList();
            if (agency == Agency)
            {
                Assert.Contains(Marker + "：科技局", texts);
                Assert.DoesNotContain("（一）主动公开", texts);
                Assert.Contains($"agencies/{Agency}/overview.sbn", result.TemplatesUsed);
                Assert.DoesNotContain("common/overview.sbn", result.TemplatesUsed);
            }
            else
            {
                Assert.DoesNotContain(texts, t => t.Contains(Marker, StringComparison.Ordinal));
                Assert.Contains(texts, t => t.EndsWith("依申请公开", StringComparison.Ordinal));
                Assert.Contains("common/overview.sbn", result.TemplatesUsed);
                Assert.DoesNotContain(result.TemplatesUsed, u => u.StartsWith("agencies/", StringComparison.Ordinal));
            }
        }
    }

    [Fact]
    public void An_override_applies_to_a_partial_included_by_a_shared_partial()
    {
        // table4.sbn is included by common/sections.sbn, not by the agency's own templates.
        var results = RenderAll(t => Override(t, "table4.sbn",
            File.ReadAllText(Path.Combine(t, "common", "table4.sbn")).Replace("{{ cell g \"upheld\" }}", "<td data-key=\"{{ g.key_path }}.upheld\">" + Marker + "{{ g.upheld }}</td>")));

        Assert.Contains(Texts(results[Agency].Document!), t => t.Contains(Marker + "0", StringComparison.Ordinal));
        Assert.Contains($"agencies/{Agency}/table4.sbn", results[Agency].TemplatesUsed);
        foreach (var (agency, result) in results.Where(r => r.Key != Agency))
            Assert.DoesNotContain(Texts(result.Document!), t => t.Contains(Marker, StringComparison.Ordinal));
    }

    [Fact]
    public void TemplatesUsed_lists_every_file_a_report_used()
    {
        var result = TemplatingSupport.RenderSample("zhengzhou-erqi-kjj", 2023);

        Assert.Equal(
        [
            "common/functions.sbn", "common/overview.sbn", "common/sections.sbn", "common/signature.sbn",
            "common/table3.sbn", "common/table4.sbn", "common/title.sbn",
            "gov-2021/other_matters.sbn", "gov-2021/problems.sbn", "gov-2021/report.sbn", "gov-2021/table2.sbn",
        ], result.TemplatesUsed);
    }

    [Fact]
    public void TemplatesUsed_includes_the_preamble_only_when_the_report_asks_for_it()
    {
        Assert.Contains("common/preamble.sbn", TemplatingSupport.RenderSample("zaozhuang-shizhong-kjj", 2024).TemplatesUsed);
        Assert.Contains("gov-2019/table2.sbn", TemplatingSupport.RenderSample("zaozhuang-yicheng-kjj", 2020).TemplatesUsed);
        Assert.DoesNotContain("common/preamble.sbn", TemplatingSupport.RenderSample("zaozhuang-yicheng-kjj", 2020).TemplatesUsed);
    }
}

using GovReportGen.Diagnostics;
using GovReportGen.Documents;
using GovReportGen.Documents.Tables;
using GovReportGen.Pipeline;
using GovReportGen.Templating;
using GovReportGen.Tests.PipelineTests;
using GovReportGen.Tests.Support;

namespace GovReportGen.Tests.Templating;

/// <summary>
/// Issue 13, point 1: the official structure (section headings, the grids of 表二/三/四 with their labels, spans and
/// the key each figure cell shows) is checked at render time for every report, so an edited template or an agency
/// override that breaks it is a GRG4009 error at the template line that printed the element, and that report is
/// not rendered.
/// </summary>
public sealed class OfficialStructureTests : IDisposable
{
    private const string Gov2019Sample = "zaozhuang-yicheng-kjj";
    private const string OverrideAgency = "zhengzhou-erqi-kjj";

    private readonly TempFolder _temp = new();
    private string Templates => Path.Combine(_temp.Root, "templates");

    public OfficialStructureTests() => TempFolder.CopyTree(RepoPaths.Templates, Templates);

    public void Dispose() => _temp.Dispose();

    /// <summary>An edit to a copy of the templates, and which samples it must stop (the others still render).</summary>
    public sealed record TemplateEdit(string Name, Action<string> Apply, string File, int[] Lines, string MessagePart, string[] Broken)
    {
        public override string ToString() => Name;
    }

    private static readonly string[] Gov2021Samples = TemplatingSupport.Samples.Select(s => s.Agency).Where(a => a != Gov2019Sample).ToArray();
    private static readonly string[] AllSamples = TemplatingSupport.Samples.Select(s => s.Agency).ToArray();

    public static TheoryData<TemplateEdit> Edits() =>
    [
        new TemplateEdit("表二 row label 行政许可 → 行政审批",
            t => Replace(t, "gov-2021/table2.sbn", "<th scope=\"row\">行政许可</th>", "<th scope=\"row\">行政审批</th>"),
            "templates/gov-2021/table2.sbn", [11], "行政审批", Gov2021Samples),
        new TemplateEdit("表三 column 科研机构 → 科研院所",
            t => Replace(t, "common/table3.sbn", "<th scope=\"col\">科研机构</th>", "<th scope=\"col\">科研院所</th>"),
            "templates/common/table3.sbn", [10], "科研院所", AllSamples),
        new TemplateEdit("heading 二 renamed",
            t => Replace(t, "common/sections.sbn", "<h2>二、主动公开政府信息情况</h2>", "<h2>二、主动公开的政府信息情况</h2>"),
            "templates/common/sections.sbn", [2], "二、主动公开的政府信息情况", AllSamples),
        new TemplateEdit("表三 row 8.属于行政查询事项 deleted, rowspans adjusted",
            t =>
            {
                Replace(t, "common/table3.sbn", "<tr><th scope=\"row\" class=\"label\">8.属于行政查询事项</th>{{ applicant_cells results.withheld.administrative_inquiry }}</tr>\n", "");
                Replace(t, "common/table3.sbn", "six_has_subrows ? 22 : 20", "six_has_subrows ? 21 : 19");
                Replace(t, "common/table3.sbn", "<th rowspan=\"8\" scope=\"rowgroup\">（三）不予公开</th>", "<th rowspan=\"7\" scope=\"rowgroup\">（三）不予公开</th>");
            },
            "templates/common/table3.sbn", [15, 17], "8.属于行政查询事项", AllSamples),
        new TemplateEdit("表三 rows 一 and 二 show each other's figures",
            t =>
            {
                Replace(t, "common/table3.sbn", "applicant_cells rows.new_requests }}", "applicant_cells rows.PLACEHOLDER }}");
                Replace(t, "common/table3.sbn", "applicant_cells rows.carried_in }}", "applicant_cells rows.new_requests }}");
                Replace(t, "common/table3.sbn", "applicant_cells rows.PLACEHOLDER }}", "applicant_cells rows.carried_in }}");
            },
            "templates/common/table3.sbn", [13, 14], "table3.rows.new_requests.natural_person", AllSamples),
        new TemplateEdit("agency override renames heading 三",
            t =>
            {
                var dir = Path.Combine(t, "agencies", OverrideAgency);
                Directory.CreateDirectory(dir);
                var text = File.ReadAllText(Path.Combine(t, "common", "sections.sbn"));
                File.WriteAllText(Path.Combine(dir, "sections.sbn"), text.Replace("三、收到和处理政府信息公开申请情况", "三、收到和处理信息公开申请情况"));
            },
            $"templates/agencies/{OverrideAgency}/sections.sbn", [4], "三、收到和处理信息公开申请情况", [OverrideAgency]),
    ];

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_template_edit_that_breaks_the_official_structure_is_GRG4009_at_its_line(TemplateEdit edit)
    {
        edit.Apply(Templates);
        var templater = new ReportTemplater(new TemplateSources(Templates, _temp.Root));

        foreach (var (agency, year) in TemplatingSupport.Samples)
        {
            var result = templater.Render(TemplatingSupport.Sample(agency, year));
            if (!edit.Broken.Contains(agency))
            {
                Assert.True(result.Succeeded, agency + "\n" + TemplatingSupport.Describe(result.Diagnostics));
                continue;
            }
            var errors = result.Diagnostics.Where(d => d.IsError).ToList();
            Assert.True(errors.Count > 0, $"{edit}: {agency} rendered");
            Assert.All(errors, e => Assert.Equal("GRG4009", e.Id));
            Assert.False(result.Succeeded);
            foreach (var line in edit.Lines)
                Assert.True(errors.Any(e => e.Span.File == edit.File && e.Span.Line == line),
                    $"{edit}: no GRG4009 at {edit.File}({line},…) for {agency}:\n{TemplatingSupport.Describe(errors)}");
            Assert.True(errors.Any(e => e.Message.Contains(edit.MessagePart)), $"{edit}: no message names “{edit.MessagePart}”:\n{TemplatingSupport.Describe(errors)}");
        }
    }

    [Theory]
    [MemberData(nameof(Edits))]
    public void A_broken_structure_writes_no_files_for_that_report_while_the_others_render(TemplateEdit edit)
    {
        using var ws = new Workspace("structure", copyTemplates: true);
        edit.Apply(ws.TemplatesDir);

        var summary = RenderRun.Execute(ws.Options());

        foreach (var entry in summary.Reports)
        {
            var folder = Path.Combine(ws.Out, "reports", entry.Year.ToString(), entry.Agency);
            if (edit.Broken.Contains(entry.Agency))
            {
                Assert.Equal(ReportStatus.Error, entry.Status);
                Assert.Empty(entry.Files);
                Assert.False(Directory.Exists(folder) && Directory.EnumerateFiles(folder).Any(), $"{entry.Agency} has files");
                Assert.Contains(entry.Diagnostics, d => d.Id == "GRG4009" && d.Span.File.EndsWith(edit.File[^(edit.File.Length - "templates/".Length)..], StringComparison.Ordinal));
            }
            else
            {
                Assert.True(entry.Status != ReportStatus.Error, entry.Agency + "\n" + TemplatingSupport.Describe(entry.Diagnostics));
                Assert.NotEmpty(entry.Files);
                Assert.All(entry.Files.Values, f => Assert.True(File.Exists(Path.Combine(ws.Out, f)), f));
            }
        }
        Assert.Equal(AllSamples.Order(StringComparer.Ordinal), summary.Reports.Select(r => r.Agency).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(GoldenTests.Samples), MemberType = typeof(GoldenTests))]
    public void The_samples_in_both_formats_keep_the_official_structure(string agency, int year)
    {
        var result = TemplatingSupport.RenderSample(agency, year);

        Assert.True(result.Succeeded, TemplatingSupport.Describe(result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "GRG4009");
    }

    [Theory]
    [MemberData(nameof(GoldenTests.Samples), MemberType = typeof(GoldenTests))]
    public void Every_figure_cell_of_the_official_tables_carries_the_key_it_shows(string agency, int year)
    {
        var result = TemplatingSupport.RenderSample(agency, year);

        var tables = result.Document!.Blocks.OfType<Table>().ToList();
        Assert.Equal(3, tables.Count);
        var figures = tables.SelectMany(t => t.Grid.Origins).Where(o => o.Kind == CellKind.Data).ToList();
        Assert.All(figures, o => Assert.Matches(@"^table[234]\.[a-z0-9_.]+$", o.Key));
        Assert.Equal(figures.Count, figures.Select(o => o.Key).Distinct().Count());
        var format = TemplatingSupport.Sample(agency, year).Format.Id;
        Assert.Equal(format == "gov-2021" ? 10 + 175 + 15 : 22 + 161 + 15, figures.Count);
        Assert.Contains(figures, o => o.Key == "table3.rows.new_requests.natural_person" && o.Row == 3 && o.Column == 3);
    }

    [Fact]
    public void A_label_printed_with_a_line_break_half_width_parentheses_or_spaces_passes()
    {
        Replace(Templates, "common/table3.sbn", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（二）部分公开<br/>(区分处理的，只计这一情形，不计其他情形)");
        Replace(Templates, "gov-2021/table2.sbn", "本年收费金额（单位：万元）", "本年收费金额<br/>(单位：万元)");
        Replace(Templates, "common/table4.sbn", "未经复议直接起诉", "未经复议 直接起诉");
        Replace(Templates, "common/sections.sbn", "<h2>四、政府信息公开行政复议、行政诉讼情况</h2>", "<h2>四、政府信息公开行政复议、<br/>行政诉讼情况</h2>");
        var templater = new ReportTemplater(new TemplateSources(Templates, _temp.Root));

        foreach (var (agency, year) in TemplatingSupport.Samples)
        {
            var result = templater.Render(TemplatingSupport.Sample(agency, year));
            Assert.True(result.Succeeded, agency + "\n" + TemplatingSupport.Describe(result.Diagnostics));
        }
    }

    [Fact]
    public void An_intro_sentence_before_a_table_stays_free()
    {
        Replace(Templates, "common/sections.sbn", "<h2>二、主动公开政府信息情况</h2>\n", "<h2>二、主动公开政府信息情况</h2>\n<p>本年度主动公开政府信息情况如下表。</p>\n");
        var result = new ReportTemplater(new TemplateSources(Templates, _temp.Root)).Render(TemplatingSupport.Sample("chaoyang-kjj", 2024));

        Assert.True(result.Succeeded, TemplatingSupport.Describe(result.Diagnostics));
    }

    [Fact]
    public void A_figure_cell_printed_without_its_key_is_GRG4009()
    {
        Replace(Templates, "gov-2021/table2.sbn", "{{ cell t.government_rules \"repealed\" }}", "<td>{{ t.government_rules.repealed }}</td>");
        var result = new ReportTemplater(new TemplateSources(Templates, _temp.Root)).Render(TemplatingSupport.Sample("chaoyang-kjj", 2024));

        var error = Assert.Single(result.Diagnostics, d => d.IsError);
        Assert.Equal(("GRG4009", "templates/gov-2021/table2.sbn", 7), (error.Id, error.Span.File, error.Span.Line));
        Assert.Contains("table2.government_rules.repealed", error.Message);
    }

    [Fact]
    public void Two_figures_swapped_inside_a_row_are_caught_by_their_keys()
    {
        Replace(Templates, "gov-2021/table2.sbn",
            "{{ cell t.government_rules \"issued\" }}{{ cell t.government_rules \"repealed\" }}",
            "{{ cell t.government_rules \"repealed\" }}{{ cell t.government_rules \"issued\" }}");
        var result = new ReportTemplater(new TemplateSources(Templates, _temp.Root)).Render(TemplatingSupport.Sample("chaoyang-kjj", 2024));

        var errors = result.Diagnostics.Where(d => d.IsError).ToList();
        Assert.Equal(2, errors.Count);
        Assert.All(errors, e => Assert.Equal(("GRG4009", "templates/gov-2021/table2.sbn", 7), (e.Id, e.Span.File, e.Span.Line)));
        Assert.Contains("表二“规章 本年制发件数”（表二第3行第2列）应显示 table2.government_rules.issued，模板在此显示的却是 table2.government_rules.repealed", errors[0].Message);
        Assert.False(result.Succeeded);
    }

    private static void Replace(string templates, string relative, string from, string to)
    {
        var path = Path.Combine(templates, relative);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text);
        File.WriteAllText(path, text.Replace(from, to));
    }
}

/// <summary>
/// Each format's <see cref="GovReportGen.Data.Model.OfficialStructure"/> against what the tests know independently:
/// the wording typed from docs/formats.md (<see cref="OfficialWording"/>) and the schema's figure cells.
/// </summary>
public class OfficialStructureSpecTests
{
    public static TheoryData<string> FormatIds() => new(GovReportGen.Formats.FormatRegistry.Ids);

    [Theory]
    [MemberData(nameof(FormatIds))]
    public void The_structure_has_the_official_wording_row_by_row(string formatId)
    {
        var structure = GovReportGen.Formats.FormatRegistry.ById(formatId)!.Structure;

        Assert.Equal(OfficialWording.SectionHeadings, structure.SectionHeadings);
        var wording = OfficialWording.Tables(formatId);
        Assert.Equal(wording.Length, structure.Tables.Count);
        for (var t = 0; t < wording.Length; t++)
        {
            var rows = structure.Tables[t].Rows;
            Assert.Equal(wording[t].Length, rows.Count);
            for (var r = 0; r < rows.Count; r++)
            {
                Assert.Equal(wording[t][r].Headers, rows[r].Where(c => !c.IsFigure).Select(c => c.Label!));
                Assert.Equal(wording[t][r].NumberCells, rows[r].Count(c => c.IsFigure));
            }
        }
    }

    [Theory]
    [MemberData(nameof(FormatIds))]
    public void Every_figure_of_the_schema_has_exactly_one_cell(string formatId)
    {
        var format = GovReportGen.Formats.FormatRegistry.ById(formatId)!;
        var keys = format.Structure.Tables.SelectMany(t => t.Rows).SelectMany(r => r).Where(c => c.IsFigure).Select(c => c.Key!).ToList();

        var schemaCells = new List<string>();
        void Walk(GovReportGen.Data.Schema.SchemaNode node, string path)
        {
            if (node is GovReportGen.Data.Schema.ValueSchema) schemaCells.Add(path);
            else if (node is GovReportGen.Data.Schema.MapSchema map)
                foreach (var child in map.Children) Walk(child, $"{path}.{child.Key}");
        }
        foreach (var table in new[] { "table2", "table3", "table4" }) Walk(format.Schema.Child(table)!, table);

        Assert.Equal(schemaCells.Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_drift_the_wording_lint_finds_is_found_at_render_time_at_the_same_lines()
    {
        using var temp = new TempFolder();
        var templates = Path.Combine(temp.Root, "templates");
        TempFolder.CopyTree(RepoPaths.Templates, templates);
        void Replace(string relative, string from, string to) =>
            File.WriteAllText(Path.Combine(templates, relative), File.ReadAllText(Path.Combine(templates, relative)).Replace(from, to));
        Replace("common/sections.sbn", "二、主动公开政府信息情况", "二、主动公开政府信息的情况");
        Replace("gov-2021/table2.sbn", "本年废止件数", "本年废止数");
        Replace("common/table3.sbn", "3.要求提供公开出版物", "3.要求提供公开出版物，重复申请");
        Replace("common/signature.sbn", "<div class=\"signature\">", "<h2>七、附件</h2>\n<div class=\"signature\">");

        var result = new ReportTemplater(new TemplateSources(templates, temp.Root)).Render(TemplatingSupport.Sample("zaozhuang-shizhong-kjj", 2024));

        Assert.Equal(
            ["templates/common/sections.sbn(2)", "templates/common/signature.sbn(2)", "templates/common/table3.sbn(30)", "templates/gov-2021/table2.sbn(6)"],
            result.Diagnostics.Where(d => d.IsError).Select(d => $"{d.Span.File}({d.Span.Line})").Order(StringComparer.Ordinal));
        Assert.All(result.Diagnostics.Where(d => d.IsError), d => Assert.Equal("GRG4009", d.Id));
    }
}

using GovReportGen.Formats;
using GovReportGen.Data.Model;
using GovReportGen.Validation;
using GovReportGen.Validation.Rules;

namespace GovReportGen.Tests.Narrative;

public class NarrativeScanTests
{
    [Theory]
    [InlineData("6", 6L)]
    [InlineData("0", 0L)]
    [InlineData("一", 1L)]
    [InlineData("两", 2L)]
    [InlineData("十", 10L)]
    [InlineData("十二", 12L)]
    [InlineData("二十", 20L)]
    [InlineData("二十三", 23L)]
    [InlineData("一百零五", 105L)]
    [InlineData("零", 0L)]
    [InlineData("二〇二四", null)]   // a year spelt out, not a count
    [InlineData("一一", null)]
    [InlineData("百", null)]
    [InlineData("三个", null)]
    [InlineData("", null)]
    public void ParseNumber_reads_digits_and_small_chinese_numerals(string text, long? expected) =>
        Assert.Equal(expected, NarrativeScan.ParseNumber(text));

    [Fact]
    public void Sentences_split_at_full_stops_semicolons_and_line_breaks()
    {
        var s = NarrativeScan.Sentences("甲。乙；丙\n丁").Select(x => x.Text).ToList();
        Assert.Equal(new[] { "甲。", "乙；", "丙", "丁" }, s);
    }
}

public class FigureRuleTests
{
    private static IReadOnlyList<GovReportGen.Diagnostics.Diagnostic> Figures(ReportData r) => NarrativeTestData.Run(new NarrativeFigureRule(), r);

    [Theory]
    [InlineData("2024年，本局新收政府信息公开申请2件。", "一、本年新收")]
    [InlineData("全年共收到政府信息公开申请二件。", "一、本年新收")]
    [InlineData("本年度受理政府信息公开申请1件。", "一、本年新收")]
    [InlineData("上年结转两件。", "二、上年结转")]
    [InlineData("上一年度结转政府信息公开申请3件。", "二、上年结转")]
    [InlineData("办结1件。", "（七）总计")]
    [InlineData("全部申请均已按期结案，结案十件。", "（七）总计")]
    [InlineData("结转下年度继续办理1件。", "四、结转下年度继续办理")]
    [InlineData("本局有3件规范性文件宣布失效。", "行政规范性文件 本年废止件数")]
    [InlineData("本年度废止规范性文件4件。", "行政规范性文件 本年废止件数")]
    public void A_typed_count_that_differs_from_the_table_is_reported(string text, string cell)
    {
        var d = Assert.Single(Figures(NarrativeTestData.WithText("on_request", text)));
        Assert.Contains(cell, d.Message);
        Assert.Contains("为 0", d.Message);
        Assert.Equal(GovReportGen.Diagnostics.Severity.Warning, d.Severity);
    }

    [Theory]
    [InlineData("2024年，本局新收政府信息公开申请{table3.rows.new_requests.total}件。")]   // a binding cannot contradict
    [InlineData("新收政府信息公开申请0件，上年结转零件，办结〇件。")]
    [InlineData("2023年本局收到政府信息公开申请5件。")]                                     // about another year
    [InlineData("本局收到申请人补正材料3件。")]
    [InlineData("收到人大代表建议3件。")]
    [InlineData("本局未发生依申请公开收费及减免事项。")]
    [InlineData("第一件规范性文件已于年初印发。")]
    [InlineData("未经复议直接提起行政诉讼0件，尚未审结的行政复议0件。")]
    [InlineData("本局办结率100%。")]
    public void Agreeing_or_unrelated_text_is_silent(string text) =>
        Assert.Empty(Figures(NarrativeTestData.WithText("on_request", text)));

    private static readonly (string, string)[] OneRequest =
    {
        ("    new_requests: {natural_person: 0,", "    new_requests: {natural_person: 1,"),
        ("      disclosed: {natural_person: 0,", "      disclosed: {natural_person: 1,"),
    };

    [Fact]
    public void No_requests_received_contradicts_a_new_request()
    {
        var d = Assert.Single(Figures(NarrativeTestData.WithText("on_request", "本年度未收到政府信息公开申请。", OneRequest)));
        Assert.Contains("未收到政府信息公开申请", d.Message);
        Assert.Contains("列为 1", d.Message);
        // The same text is right when the table is empty too.
        Assert.Empty(Figures(NarrativeTestData.WithText("on_request", "本年度未收到政府信息公开申请。")));
        Assert.Empty(Figures(NarrativeTestData.WithText("on_request", "本年度没有接到申请。")));
        Assert.Single(Figures(NarrativeTestData.WithText("on_request", "本年度没有接到申请。", OneRequest)));
    }

    private static readonly (string, string) DirectSuit =
        ("  litigation_direct: {upheld: 0,", "  litigation_direct: {upheld: 1,");
    private static readonly (string, string) Reconsideration =
        ("  reconsideration: {upheld: 0,", "  reconsideration: {upheld: 1,");

    [Theory]
    [InlineData("本年度未发生因政府信息公开被申请行政复议、提起行政诉讼的情况。", true, true)]
    [InlineData("本局没有被申请行政复议。", true, false)]
    [InlineData("无政府信息公开行政诉讼案件。", false, true)]
    [InlineData("未被提起行政诉讼，行政复议{table4.reconsideration.total}件。", false, true)]      // the clause with a figure is no negation
    [InlineData("未发生行政复议，未经复议直接提起行政诉讼{table4.litigation_direct.total}件。", true, false)]
    [InlineData("行政复议尚未审结。", false, false)]
    [InlineData("本局并未因此被提起诉讼。", false, false)]                // 并未…: only 行政诉讼/提起诉讼 after a plain 未
    public void Negated_reconsideration_or_litigation_must_match_table_four(string text, bool mentionsReconsideration, bool mentionsLitigation)
    {
        var both = Figures(NarrativeTestData.WithText("on_request", text, DirectSuit, Reconsideration));
        Assert.Equal(mentionsReconsideration, both.Any(d => d.Message.Contains("表四“行政复议”")));
        Assert.Equal(mentionsLitigation, both.Any(d => d.Message.Contains("表四“行政诉讼·未经复议直接起诉”")));
        Assert.Empty(Figures(NarrativeTestData.WithText("on_request", text)));
    }

    [Fact]
    public void Gov2019_has_no_repealed_column_to_compare()
    {
        var report = NarrativeTestData.Base("gov-2019",
            ("    other: 无", "    other: 本年度有6件规范性文件废止。"));
        Assert.Empty(Figures(report));
    }

    [Fact]
    public void The_chaoyang_sample_gives_exactly_one_finding_and_the_others_none()
    {
        var d = Assert.Single(Figures(NarrativeTestData.Sample("chaoyang-kjj", 2024)));
        Assert.Equal("第一部分“政府信息管理”写“6件规范性文件不再作为规范性文件管理”，表二“行政规范性文件 本年废止件数”为 0；若表格无误，可将“6”改写为 {table2.normative_documents.repealed}，正文将随表格自动一致", d.Message);
        Assert.Equal(57, d.Span.Line);
        foreach (var (id, year) in new[] { ("ningbo-yinzhou-kjj", 2024), ("zaozhuang-shizhong-kjj", 2024), ("zaozhuang-yicheng-kjj", 2020), ("zhengzhou-erqi-kjj", 2023) })
            Assert.Empty(Figures(NarrativeTestData.Sample(id, year)));
    }
}

public class ItemisedSumRuleTests
{
    private static IReadOnlyList<GovReportGen.Diagnostics.Diagnostic> Sum(string text) =>
        NarrativeTestData.Run(new ItemisedSumRule(), NarrativeTestData.WithText("proactive", text));

    [Theory]
    [InlineData("共发布信息10条，其中通知5条、动态4条。", "5+4=9")]
    [InlineData("共发布信息10条，其中通知5条，动态6条。", "5+6=11")]
    [InlineData("合计发布信息10条，其中通知5条和动态6条。", "5+6=11")]
    [InlineData("共有文件十件：其中通知五件、动态六件。", "5+6=11")]
    [InlineData("共发布信息10条，其中通知5条、动态6条等。", "5+6=11")]     // 等 lists may fall short, never exceed
    [InlineData("共发布信息{table3.rows.new_requests.total}条，其中通知1条、动态1条。", "1+1=2")]
    public void Items_that_do_not_add_up_are_reported(string text, string terms) =>
        Assert.Contains(terms, Assert.Single(Sum(text)).Message);

    [Theory]
    [InlineData("共发布信息10条，其中通知5条、动态5条。")]
    [InlineData("共发布信息10条，其中通知5条、动态3条等。")]
    [InlineData("共发布信息10条，其中通知5条。")]                           // one item is a highlight, not a breakdown
    [InlineData("共发布信息10条，其中通知占50%，动态占40%。")]
    [InlineData("共发布信息10条，其中通知5条、动态5件、其他1条。")]           // the list stops at the unit change
    [InlineData("共发布信息10条。其中通知5条、动态4条。")]                   // another sentence
    [InlineData("公共服务信息9条，其中通知5条、动态5条。")]                   // 公共 is not 共
    [InlineData("共发布信息{table3.rows.new_requests.total}条，其中通知{table3.rows.new_requests.total}条、动态0条。")]
    [InlineData("共发布信息{no.such.key}条，其中通知5条、动态5条。")]        // unknown binding: GRG4006's business
    [InlineData("新收申请共10件，其中自然人8件、法人2件，办结10件。")]      // a 、 list ends at the next ，
    [InlineData("新收申请共10件，其中自然人8件，法人2件，上年结转1件。")]   // a new statement ends a ， list
    [InlineData("共发布信息10条，其中通知5条，动态5条，同比增长3条。")]
    public void Sums_that_hold_or_are_no_breakdown_are_silent(string text) => Assert.Empty(Sum(text));

    [Fact]
    public void Samples_add_up()
    {
        foreach (var (id, year) in new[] { ("ningbo-yinzhou-kjj", 2024), ("chaoyang-kjj", 2024), ("zaozhuang-shizhong-kjj", 2024), ("zaozhuang-yicheng-kjj", 2020), ("zhengzhou-erqi-kjj", 2023) })
            Assert.Empty(NarrativeTestData.Run(new ItemisedSumRule(), NarrativeTestData.Sample(id, year)));
    }
}

public class TextRuleTests
{
    [Theory]
    [InlineData("（一）立足本职。", "（一）")]
    [InlineData("（3）立足本职。", "（3）")]
    [InlineData("(1) 立足本职。", "(1)")]
    [InlineData("(十二)立足本职。", "(十二)")]
    [InlineData("一、立足本职。", "一、")]
    [InlineData("1、立足本职。", "1、")]
    [InlineData("1.立足本职。", "1.")]
    [InlineData("12．立足本职。", "12．")]
    [InlineData("2）立足本职。", "2）")]
    [InlineData("①立足本职。", "①")]
    [InlineData("　（二）立足本职。", "（二）")]
    [InlineData("加强培训。\\n一、提高认识。", "一、")]        // a line of a block scalar
    public void A_paragraph_that_numbers_itself_is_reported(string text, string number) =>
        Assert.Contains($"编号“{number}”", Assert.Single(NarrativeTestData.Run(new TypedNumberingRule(), NarrativeTestData.WithText("platforms", text))).Message);

    [Theory]
    [InlineData("2024年，本局立足本职。")]
    [InlineData("一方面立足本职，一是加强培训，二是提高认识。")]
    [InlineData("一是立足本职。")]                          // the register of these reports, at the start of a paragraph too
    [InlineData("二是严格做好公开信息保密审查。")]
    [InlineData("一是健全机制；二是充实内容；三是畅通渠道。")]
    [InlineData("第一，立足本职。")]
    [InlineData("一是加强培训。\\n二是提高认识。")]           // lines of a block scalar
    [InlineData("十分重视政务公开。")]
    [InlineData("1.5万人次参与。")]
    [InlineData("5·15政务公开日活动。")]
    [InlineData("本局（一）级响应。")]
    [InlineData("100%办结。")]
    public void Prose_is_not_numbering(string text) =>
        Assert.Empty(NarrativeTestData.Run(new TypedNumberingRule(), NarrativeTestData.WithText("platforms", text)));

    [Theory]
    [InlineData("公开信息XX条。", "XX条")]
    [InlineData("公开信息ＸＸ件。", "ＸＸ件")]
    [InlineData("20XX年，本局……", "XX年")]
    [InlineData("由××科室负责。", "××")]
    [InlineData("xx月xx日召开会议。", "xx月")]
    [InlineData("【机关名称】负责。", "【机关名称】")]
    [InlineData("电话：（待填）。", "（待填）")]
    [InlineData("电话：(待补充)。", "(待补充)")]
    [InlineData("联系人：___。", "___")]
    [InlineData("联系人：＿＿＿。", "＿＿＿")]
    public void Placeholders_are_errors(string text, string placeholder)
    {
        var d = NarrativeTestData.Run(new PlaceholderRule(), NarrativeTestData.WithText("other", text));
        Assert.Contains(d, x => x.Message == $"第六部分“其他需要报告的事项”中有未替换的占位符“{placeholder}”");
        Assert.All(d, x => Assert.True(x.IsError));
    }

    [Theory]
    [InlineData("网址 http://www.example.gov.cn/xxgk/index.html")]
    [InlineData("XXL 尺码、TEXX 型号")]
    [InlineData("展板 3×4 米")]
    [InlineData("{{ 模板 }} 与 {Foo}")]
    [InlineData("下划线__两个")]
    [InlineData("《条例》“三安全一稳定”")]
    public void Look_alikes_are_not_placeholders(string text) =>
        Assert.Empty(NarrativeTestData.Run(new PlaceholderRule(), NarrativeTestData.WithText("other", text)));

    [Theory]
    [InlineData("2023年，本局主动公开信息。")]
    [InlineData("2023年度，本局主动公开信息。")]
    [InlineData("本局主动公开信息。")]
    public void Another_year_in_one_paragraph_is_fine_while_section_one_names_the_report_year(string proactive) =>
        // The base names 2024 in several other overview paragraphs.
        Assert.Empty(NarrativeTestData.Run(new OverviewYearRule(), NarrativeTestData.WithText("proactive", proactive)));

    [Fact]
    public void Overview_mentioning_only_other_years_warns_at_the_overview_key()
    {
        var report = NarrativeTestData.Base("gov-2021",
            ("    intro: 2024年", "    intro: 2023年"), ("    proactive: 2024年", "    proactive: 2022年"),
            ("    on_request: 2024年", "    on_request: "), ("    platforms: 2024年", "    platforms: 2023年"),
            ("      - 2024年，本局严格落实", "      - 本局严格落实"));
        var d = Assert.Single(NarrativeTestData.Run(new OverviewYearRule(), report));
        Assert.Equal("第一部分只提到了2022年、2023年，没有提到报告年度2024年；是否沿用了上一年的文字？", d.Message);
        Assert.Equal((51, 3), (d.Span.Line, d.Span.Column));
    }

    [Fact]
    public void Years_outside_section_one_do_not_count()
    {
        // Section 五 and 六 may well talk about last year; only 一 is checked.
        var report = NarrativeTestData.Base("gov-2021",
            ("    intro: 2024年，", "    intro: "), ("    proactive: 2024年，", "    proactive: "),
            ("    on_request: 2024年，", "    on_request: "), ("    platforms: 2024年，", "    platforms: "),
            ("      - 2024年，本局严格落实", "      - 本局严格落实"),
            ("    last_year_rectification: 针对", "    last_year_rectification: 2023年针对"));
        Assert.Empty(NarrativeTestData.Run(new OverviewYearRule(), report));
    }
}

public class SectionRuleTests
{
    [Theory]
    [InlineData("无")]
    [InlineData("暂无。")]
    [InlineData(" 无 ")]
    public void Nothing_words_in_section_one_are_errors(string text)
    {
        var report = NarrativeTestData.Base("gov-2021",
            ("    intro: 2024年，本局在区委、区政府领导下，认真贯彻《中华人民共和国政府信息公开条例》，紧密结合科技创新工作实际，主动公开政府信息，推动政府信息公开工作不断深入。", $"    intro: \"{text}\""));
        var d = Assert.Single(NarrativeTestData.Run(new RequiredSectionRule(), report));
        Assert.True(d.IsError);
        Assert.StartsWith("第一部分“总体情况”只写了“", d.Message);
    }

    [Fact]
    public void A_paragraph_that_mentions_wu_is_content()
    {
        var report = NarrativeTestData.Base("gov-2021",
            ("    intro: 2024年，本局在区委、区政府领导下，认真贯彻《中华人民共和国政府信息公开条例》，紧密结合科技创新工作实际，主动公开政府信息，推动政府信息公开工作不断深入。", "    intro: 本年度无重大变化。"));
        Assert.Empty(NarrativeTestData.Run(new RequiredSectionRule(), report));
    }

    [Fact]
    public void Gov2019_section_six_may_say_wu_but_not_be_blank()
    {
        Assert.Empty(NarrativeTestData.Run(new RequiredSectionRule(), NarrativeTestData.Base("gov-2019")));
        var blank = NarrativeTestData.Base("gov-2019", ("    other: 无", "    other: \"  \""));
        Assert.Contains("没有需要报告的事项时写“无”", Assert.Single(NarrativeTestData.Run(new RequiredSectionRule(), blank)).Message);
    }

    [Fact]
    public void Format_specific_rules_only_run_where_the_format_has_the_key()
    {
        var gov2019 = NarrativeTestData.Base("gov-2019");
        Assert.Empty(NarrativeTestData.Run(new LastYearRectificationRule(), gov2019));
        Assert.Empty(NarrativeTestData.Run(new ProcessingFeesRule(), gov2019));
        var gov2021 = NarrativeTestData.Base();
        Assert.Empty(NarrativeTestData.Run(new LastYearRectificationRule(), gov2021));
        Assert.Empty(NarrativeTestData.Run(new ProcessingFeesRule(), gov2021));
    }

    [Fact]
    public void Every_narrative_rule_is_registered_once_with_its_severity()
    {
        var expected = new Dictionary<string, RuleSeverity>
        {
            ["GRG4001"] = RuleSeverity.Error, ["GRG4002"] = RuleSeverity.Error, ["GRG4003"] = RuleSeverity.Warning, ["GRG4004"] = RuleSeverity.Error,
            ["GRG4005"] = RuleSeverity.Warning, ["GRG4006"] = RuleSeverity.Error, ["GRG4007"] = RuleSeverity.Warning, ["GRG4008"] = RuleSeverity.Warning, ["GRG4011"] = RuleSeverity.Warning, ["GRG4012"] = RuleSeverity.Warning,
        };
        Assert.Equal(expected, NarrativeRules.All.ToDictionary(r => r.Info.Id, r => r.Info.Severity));
        Assert.Contains(FormatRegistry.Rules.Catalogue, r => r.Id == "GRG4006");
    }
}

public class BindingRuleTests
{
    [Fact]
    public void Each_unknown_binding_is_one_error_at_its_paragraph()
    {
        var report = NarrativeTestData.WithText("on_request", "新收{table3.rows.new_request.total}件，复议{table4.reconsideraton.total}件，共{table3.rows.new_requests.total}件。");
        var d = NarrativeTestData.Run(new UnknownBindingRule(), report);
        Assert.Equal(2, d.Count);
        Assert.Equal("正文引用了未知字段 {table3.rows.new_request.total}，是否应为 table3.rows.new_requests.total？", d[0].Message);
        Assert.Equal("正文引用了未知字段 {table4.reconsideraton.total}，是否应为 table4.reconsideration.total？", d[1].Message);
        Assert.All(d, x => Assert.Equal((54, 17), (x.Span.Line, x.Span.Column)));
    }

    [Fact]
    public void Samples_have_no_unknown_bindings()
    {
        foreach (var (id, year) in new[] { ("ningbo-yinzhou-kjj", 2024), ("chaoyang-kjj", 2024), ("zaozhuang-shizhong-kjj", 2024), ("zaozhuang-yicheng-kjj", 2020), ("zhengzhou-erqi-kjj", 2023) })
            Assert.Empty(NarrativeTestData.Run(new UnknownBindingRule(), NarrativeTestData.Sample(id, year)));
    }
}

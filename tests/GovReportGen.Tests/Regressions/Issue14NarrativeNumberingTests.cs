using GovReportGen.Tests.Narrative;
using GovReportGen.Validation.Rules;

namespace GovReportGen.Tests.Regressions;

/// <summary>Issue 14: GRG4008 fired nine times on the 「一是…」 paragraphs of one real report.</summary>
public class Issue14NarrativeNumberingTests
{
    [Fact]
    public void Nine_paragraphs_opening_with_yi_shi_raise_nothing()
    {
        var items = string.Join("\n", "一二三四五六七八九".Select(n => $"      - {n}是加强政府信息公开工作第{n}方面的制度建设，确保公开及时、准确、全面。"));
        var report = NarrativeTestData.Base("gov-2021",
            ("      - 政府信息公开工作力量有待加强。本单位政务信息公开工作主要由办公室承担，影响了政府信息公开工作效率。", items));
        Assert.Equal(9 + 1, report.Fields.Narrative("narrative.problems.current")!.Paragraphs.Count);
        Assert.Empty(NarrativeTestData.Run(new TypedNumberingRule(), report));

        // The numbering the templates generate still warns, once per paragraph.
        var numbered = NarrativeTestData.Base("gov-2021",
            ("      - 政府信息公开工作力量有待加强。本单位政务信息公开工作主要由办公室承担，影响了政府信息公开工作效率。",
             "      - （一）政府信息公开工作力量有待加强。\n      - 1.业务能力有待提高。\n      - 一、人员不足。\n      - 2、培训不够。"));
        Assert.Equal(new[] { "（一）", "1.", "一、", "2、" },
            NarrativeTestData.Run(new TypedNumberingRule(), numbered).Select(d => d.Message.Split('“', '”')[3]));
    }
}

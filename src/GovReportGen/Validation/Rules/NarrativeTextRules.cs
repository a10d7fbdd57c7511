using System.Text.RegularExpressions;

namespace GovReportGen.Validation.Rules;

/// <summary>GRG4001: text still holding a drafting placeholder (【…】, XX件, ××, （待填）, ___).</summary>
internal sealed partial class PlaceholderRule : IRule
{
    public RuleInfo Info { get; } = new("GRG4001", RuleSeverity.Error,
        "正文中有未替换的占位符：【…】、XX件、××、（待填）、___");

    // X runs count only as a word of their own: "xxgk" in a URL or "XXL" is not a placeholder, "20XX年" and "XX条" are.
    // A measure word after the run is part of what the clerk should replace, so it is quoted too.
    [GeneratedRegex(@"【[^】\n]{0,30}】|(?<![A-Za-z])[XxＸｘ×]{2,}(?![A-Za-z])[件条项个次人名家篇期场元年月日%]?|[（(]\s*待(?:填|补|定|补充|填写|核实)\s*[）)]|[_＿]{3,}")]
    private static partial Regex Placeholder();

    public void Check(RuleContext context)
    {
        foreach (var field in NarrativeFields.Of(context.Report))
        foreach (var paragraph in field.Text.Paragraphs)
        foreach (var text in Placeholder().Matches(paragraph.Text).Select(m => m.Value).Distinct())
            context.Add(Info, Diagnostics.Severity.Error, paragraph.Span, $"{field.CellName}中有未替换的占位符“{text}”");
    }
}

/// <summary>
/// GRG4008: a paragraph that starts with list numbering: （一）/(一), 一、, 1./1．, 1、, and their relatives （1）, 1）, ①.
/// The templates number the sections (一、) and the sub-headings (（一）) and print each list item as a paragraph of
/// its own, so a typed number prints next to the template's or in a style that clashes with it.
/// </summary>
/// <remarks>
/// Only the start of a paragraph (or of a line inside one) counts. 「一是……二是……」 and 「第一，……」 are how these
/// reports enumerate in running prose, at the start of a paragraph as inside it, and raise nothing.
/// </remarks>
internal sealed partial class TypedNumberingRule : IRule
{
    public RuleInfo Info { get; } = new("GRG4008", RuleSeverity.Warning,
        "正文段落以列表编号开头（（一）、一、、1.、1、、（1）、①）；模板已为各部分（一、）和小标题（（一））编号，列表各项请不写编号（“一是”“第一，”等行文列举不在此列）");

    private const string Numeral = "[一二三四五六七八九十]{1,3}";

    [GeneratedRegex(@"^[ \t\u3000]*(?<n>[（(][ \t]*(?:" + Numeral + @"|\d{1,2})[ \t]*[）)]|" + Numeral + @"、|\d{1,2}[ \t]*(?:[、）)]|[.．](?!\d))|[①-⑳])", RegexOptions.Multiline)]
    private static partial Regex Numbering();

    public void Check(RuleContext context)
    {
        foreach (var field in NarrativeFields.Of(context.Report))
        foreach (var paragraph in field.Text.Paragraphs)
        {
            var match = Numbering().Match(paragraph.Text);
            if (!match.Success) continue;
            var number = match.Groups["n"].Value.Trim();
            context.Add(Info, Diagnostics.Severity.Warning, paragraph.Span,
                $"{field.CellName}的段落以编号“{number}”开头；模板已为各部分和小标题编号（一、（一）），列表每项写成一段即可，请删去“{number}”");
        }
    }
}

/// <summary>GRG4012: section 一 names years, but not the report year: usually last year's text copied over.</summary>
internal sealed class OverviewYearRule : IRule
{
    public RuleInfo Info { get; } = new("GRG4012", RuleSeverity.Warning,
        "第一部分提到的年份都不是报告年度（多为沿用上一年的文字）");

    public void Check(RuleContext context)
    {
        var year = context.Report.Year;
        var years = NarrativeFields.Of(context.Report)
            .Where(f => f.IsIn(NarrativeFields.Overview))
            .SelectMany(f => f.Text.Paragraphs)
            .SelectMany(p => NarrativeScan.Years(p.Text))
            .Distinct()
            .Order()
            .ToList();
        if (years.Count == 0 || years.Contains(year)) return;
        context.Warning(Info, NarrativeFields.Overview,
            $"第一部分只提到了{string.Join("、", years.Select(y => y + "年"))}，没有提到报告年度{year}年；是否沿用了上一年的文字？");
    }
}

/// <summary>
/// GRG4011: narrative text that looks like markup (<c>&lt;p&gt;</c>, <c>&lt;script&gt;</c>). It is escaped and prints
/// literally, which the author may not expect. A data check, so <c>validate</c> reports it, located in the data.
/// </summary>
internal sealed partial class MarkupLikeTextRule : IRule
{
    public RuleInfo Info { get; } = new("GRG4011", RuleSeverity.Warning,
        "正文含类似标记的文字（<p>、<script>），已转义按原文输出");

    [GeneratedRegex(@"<\s*/?\s*[A-Za-z!?]")] private static partial Regex MarkupLike();

    public void Check(RuleContext context)
    {
        foreach (var field in NarrativeFields.Of(context.Report))
        foreach (var paragraph in field.Text.Paragraphs)
        {
            if (MarkupLike().IsMatch(paragraph.Text))
                context.Add(Info, Diagnostics.Severity.Warning, paragraph.Span, $"{field.CellName}含类似标记的文字（如 <p>、<script>），将按原文输出");
        }
    }
}

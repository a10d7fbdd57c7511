using GovReportGen.Data.Schema;

namespace GovReportGen.Validation.Rules;

/// <summary>GRG4002: a required narrative section says nothing (empty, or only 无/暂无).</summary>
internal sealed class RequiredSectionRule : IRule
{
    public RuleInfo Info { get; } = new("GRG4002", RuleSeverity.Error,
        "必填的正文部分为空或只写“无”“暂无”：第一部分总体情况、第五部分存在的主要问题和改进情况（gov-2019 第六部分可写“无”）");

    // Section 六 of gov-2019 is required but may say there is nothing to report; 一 and 五 always have content.
    private const string MayBeNone = "narrative.other_matters";

    public void Check(RuleContext context)
    {
        foreach (var field in NarrativeFields.Of(context.Report))
        {
            if (NarrativeFields.SchemaAt(context.Report, field.Path) is not ValueSchema { Required: true }) continue;
            if (field.Text.IsEmpty)
            {
                var hint = field.IsIn(MayBeNone) ? "；没有需要报告的事项时写“无”" : "";
                context.Error(Info, field.Path, $"{field.CellName}为空，必须填写{hint}");
            }
            else if (!field.IsIn(MayBeNone) && NarrativeScan.SaysNothing(field.Text) is { } word)
            {
                context.Error(Info, field.Path, $"{field.CellName}只写了“{word}”，该部分必须写明实际情况");
            }
        }
    }
}

/// <summary>GRG4003: gov-2021 section 五 lacks last year's 整改 (a warning: most real reports leave it out).</summary>
internal sealed class LastYearRectificationRule : IRule
{
    public RuleInfo Info { get; } = new("GRG4003", RuleSeverity.Warning,
        "第五部分缺少上一年度存在问题的整改情况（problems.last_year_rectification，gov-2021）");

    private const string Key = "narrative.problems.last_year_rectification";

    public void Check(RuleContext context)
    {
        // Only formats whose schema has the key ask for it (gov-2021); in gov-2019 it is an unknown key.
        if (NarrativeFields.SchemaAt(context.Report, Key) is null) return;
        var text = context.Report.Fields.Narrative(Key);
        if (text is not null && !text.IsEmpty && NarrativeScan.SaysNothing(text) is null) return;
        context.Warning(Info, "narrative.problems",
            $"第五部分缺少上一年度（{context.Report.Year - 1}年）存在问题的整改情况（{Key["narrative.".Length..]}）");
    }
}

/// <summary>GRG4004: gov-2021 section 六 must state the 信息处理费; the template writes the sentence from the amount.</summary>
internal sealed class ProcessingFeesRule : IRule
{
    public RuleInfo Info { get; } = new("GRG4004", RuleSeverity.Error,
        "第六部分缺少收取信息处理费情况（other_matters.processing_fees.amount_yuan，gov-2021；未收取写 0）");

    private const string Key = "narrative.other_matters.processing_fees";

    public void Check(RuleContext context)
    {
        if (NarrativeFields.SchemaAt(context.Report, Key) is null) return;
        if (context.Report.Fields.Has(Key + ".amount_yuan")) return;
        // Written but unreadable (“abc”) is already GRG1009 at the value: saying the section is missing too is a cascade.
        if (context.IsUnreadable(Key + ".amount_yuan") || context.IsDefaulted(Key + ".amount_yuan")) return;
        // Points at processing_fees when it is written but empty, otherwise at other_matters (nearest present key).
        context.Error(Info, Key,
            "第六部分缺少“收取信息处理费”情况（other_matters.processing_fees）；未收取时写 processing_fees: {amount_yuan: 0}");
    }
}

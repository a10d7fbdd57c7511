using GovReportGen.Data.Model;
using GovReportGen.Diagnostics;

namespace GovReportGen.Validation.Rules;

/// <summary>GRG4006: a binding names no table cell; rendering would otherwise fail or print the braces.</summary>
internal sealed class UnknownBindingRule : IRule
{
    public RuleInfo Info { get; } = new("GRG4006", RuleSeverity.Error,
        "正文引用了未知字段（如 {table3.rows.new_request.total}），给出“是否应为”建议");

    public void Check(RuleContext context)
    {
        var report = context.Report;
        foreach (var field in NarrativeFields.Of(report))
        foreach (var paragraph in field.Text.Paragraphs)
        foreach (var binding in Bindings.Find(paragraph.Text))
        {
            if (Bindings.Resolve(report, binding.Path) is not null) continue;
            var suggestion = Bindings.Suggest(report, binding.Path);
            var message = suggestion is not null
                ? $"正文引用了未知字段 {{{binding.Path}}}，是否应为 {suggestion}？"
                : $"正文引用了未知字段 {{{binding.Path}}}（{field.CellName}）；可引用表二、表三、表四的单元格，如 {{table3.rows.new_requests.total}}";
            context.Add(Info, Severity.Error, paragraph.Span, message);
        }
    }
}

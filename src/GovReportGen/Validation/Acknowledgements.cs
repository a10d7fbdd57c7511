using GovReportGen.Data.Model;
using GovReportGen.Diagnostics;

namespace GovReportGen.Validation;

/// <summary>
/// A data file may acknowledge a cross-year (GRG3xxx) error with a reason; it is then reported as a
/// warning. Loading and arithmetic errors can never be acknowledged.
/// </summary>
internal static class Acknowledgements
{
    public static IReadOnlyList<Diagnostic> Apply(IReadOnlyList<Diagnostic> diagnostics, ReportData? report)
    {
        if (report is null || report.Acknowledgements.Count == 0) return diagnostics;
        var result = new List<Diagnostic>();
        foreach (var ack in report.Acknowledgements)
        {
            if (!ack.Id.StartsWith("GRG3", StringComparison.Ordinal))
                result.Add(new Diagnostic("GRG1009", Severity.Error, ack.Span, $"acknowledge 只能确认跨年度规则（GRG3xxx）的错误，不能确认“{ack.Id}”"));
            else if (string.IsNullOrWhiteSpace(ack.Reason))
                result.Add(new Diagnostic("GRG1008", Severity.Error, ack.Span, $"确认“{ack.Id}”时必须写明理由（reason）"));
        }
        foreach (var d in diagnostics)
        {
            var ack = report.Acknowledgements.FirstOrDefault(a => a.Id == d.Id && a.Id.StartsWith("GRG3", StringComparison.Ordinal) && !string.IsNullOrWhiteSpace(a.Reason));
            result.Add(ack is not null && d.IsError ? d.WithSeverity(Severity.Warning, $"（已确认：{ack.Reason}）") : d);
        }
        return result;
    }
}

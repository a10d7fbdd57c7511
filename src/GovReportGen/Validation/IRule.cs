using GovReportGen.Data.Model;
using GovReportGen.Diagnostics;

namespace GovReportGen.Validation;

/// <summary>A rule's catalogue entry, as <c>govreport rules</c> lists it.</summary>
public sealed record RuleInfo(string Id, string Severity, string Description);

/// <summary>A validation rule (docs/validation.md). Rules report; they never throw and never format output.</summary>
public interface IRule
{
    RuleInfo Info { get; }

    void Check(RuleContext context);
}

/// <summary>What a rule sees: this year's report, last year's (when it loaded cleanly), and the date.</summary>
public sealed class RuleContext(ReportData report, ReportData? previous, bool hasEarlierYears, DateOnly today, DiagnosticBag diagnostics)
{
    public ReportData Report { get; } = report;

    /// <summary>Last year's report of the same agency, only when its file exists and loaded without errors.</summary>
    public ReportData? Previous { get; } = previous;

    /// <summary>True when some year before last year exists for this agency (GRG3005).</summary>
    public bool HasEarlierYears { get; } = hasEarlierYears;

    public DateOnly Today { get; } = today;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    public void Error(string id, string path, string message) =>
        Diagnostics.Error(id, Report.SpanOf(path), message);

    public void Warning(string id, string path, string message) =>
        Diagnostics.Warning(id, Report.SpanOf(path), message);

    public void Add(string id, Severity severity, SourceSpan span, string message) =>
        Diagnostics.Add(new Diagnostic(id, severity, span, message));
}

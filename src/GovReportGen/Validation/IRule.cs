using GovReportGen.Data.Model;
using GovReportGen.Data.Schema;
using GovReportGen.Diagnostics;

namespace GovReportGen.Validation;

/// <summary>
/// The severities a rule may emit, fixed in its catalogue entry. The first named is the usual one
/// (<see cref="ErrorOrWarning"/>: an error, a warning in the milder case).
/// </summary>
public enum RuleSeverity
{
    /// <summary>The id is reserved or documents a behaviour; nothing emits it.</summary>
    None,
    Error,
    Warning,
    ErrorOrWarning,
    WarningOrError,
}

public static class RuleSeverityExtensions
{
    public static bool Allows(this RuleSeverity declared, Severity emitted) => declared switch
    {
        RuleSeverity.Error => emitted == Severity.Error,
        RuleSeverity.Warning => emitted == Severity.Warning,
        RuleSeverity.ErrorOrWarning or RuleSeverity.WarningOrError => true,
        _ => false,
    };

    /// <summary>The Chinese label <c>govreport rules</c> and docs/rules.md print.</summary>
    public static string Label(this RuleSeverity severity) => severity switch
    {
        RuleSeverity.Error => "错误",
        RuleSeverity.Warning => "警告",
        RuleSeverity.ErrorOrWarning => "错误/警告",
        RuleSeverity.WarningOrError => "警告/错误",
        _ => "—",
    };
}

/// <summary>A rule's catalogue entry, as <c>govreport rules</c> lists it.</summary>
public sealed record RuleInfo(string Id, RuleSeverity Severity, string Description);

/// <summary>A validation rule (docs/validation.md). Rules report; they never throw and never format output.</summary>
public interface IRule
{
    RuleInfo Info { get; }

    void Check(RuleContext context);
}

/// <summary>What a rule knows beyond its message: the official cell, the values it expected and found, a suggestion.</summary>
public sealed record DiagnosticDetails(string? CellLabel = null, string? Expected = null, string? Actual = null, string? Suggestion = null);

/// <summary>What a rule sees: this year's report, last year's (when it loaded cleanly), the formats and the date.</summary>
/// <param name="unreadable">Key paths the loader reported as missing or unreadable (GRG1008/GRG1009): a rule's finding
/// about such a value only repeats the loader's (an unreadable 发布日期 is not also “未填写发布日期”).</param>
public sealed class RuleContext(ReportData report, ReportData? previous, bool hasEarlierYears, DateOnly today, DiagnosticBag diagnostics, FormatCatalog formats,
    IReadOnlySet<string>? unreadable = null)
{
    public ReportData Report { get; } = report;

    /// <summary>Last year's report of the same agency, only when its file exists and loaded without errors.</summary>
    public ReportData? Previous { get; } = previous;

    /// <summary>True when some year before last year exists for this agency (GRG3005).</summary>
    public bool HasEarlierYears { get; } = hasEarlierYears;

    public DateOnly Today { get; } = today;

    /// <summary>
    /// True when a cell at <paramref name="pathOrPrefix"/> (or below it: a row, a table) could not be read and counts
    /// as 0 (<see cref="FieldSet.Defaulted"/>).
    /// </summary>
    public bool IsDefaulted(string pathOrPrefix) =>
        Report.Fields.Defaulted.Any(p => p == pathOrPrefix || p.StartsWith(pathOrPrefix + ".", StringComparison.Ordinal));

    /// <summary>
    /// “（空白按 0 计：表三…）” naming the cells read as 0 that a figure of the message rests on, else empty; appended to
    /// the message so the reader knows the fault may be the blank, not the arithmetic.
    /// </summary>
    public string BlankNote(params string[] pathsOrPrefixes)
    {
        var cells = Report.Fields.Defaulted
            .Where(p => pathsOrPrefixes.Any(prefix => p == prefix || p.StartsWith(prefix + ".", StringComparison.Ordinal)))
            .ToList();
        if (cells.Count == 0) return "";
        var first = CellName(cells[0]);
        return cells.Count == 1 ? $"（空白按 0 计：{first}）" : $"（空白按 0 计：{first}等 {cells.Count} 格）";
    }

    /// <summary>The official name of a figure cell from the report's schema, or its key path when the schema has no such cell.</summary>
    private string CellName(string path)
    {
        SchemaNode? node = Report.Format.Schema;
        foreach (var key in path.Split('.'))
            node = (node as MapSchema)?.Child(key);
        return node is ValueSchema v ? v.CellName : path;
    }

    /// <summary>The words every blank note carries, so a message is never annotated twice.</summary>
    public const string BlankNoteText = "空白按 0 计";

    /// <summary>True when the file has a value at <paramref name="path"/> that the loader could not read (reported there).</summary>
    public bool IsUnreadable(string path) => unreadable?.Contains(path) == true;

    public DiagnosticBag Diagnostics { get; } = diagnostics;

    /// <summary>Every format the run knows (GRG5001 asks which one a year must use).</summary>
    public FormatCatalog Formats { get; } = formats;

    /// <summary>An error located at the value of <paramref name="path"/>, which the diagnostic carries as its key path.</summary>
    public void Error(RuleInfo rule, string path, string message, DiagnosticDetails? details = null) =>
        Add(rule, WithDetails(new Diagnostic(rule.Id, Severity.Error, Report.SpanOf(path), message) { KeyPath = path }, details));

    public void Warning(RuleInfo rule, string path, string message, DiagnosticDetails? details = null) =>
        Add(rule, WithDetails(new Diagnostic(rule.Id, Severity.Warning, Report.SpanOf(path), message) { KeyPath = path }, details));

    private static Diagnostic WithDetails(Diagnostic d, DiagnosticDetails? details) => details is null ? d : d with
    {
        CellLabel = details.CellLabel,
        Expected = details.Expected,
        Actual = details.Actual,
        Suggestion = details.Suggestion,
    };

    /// <summary>
    /// Emits through the rule's own catalogue entry, so a rule cannot report under another id or with a
    /// severity its entry does not declare (the list users read would then be wrong).
    /// </summary>
    public void Add(RuleInfo rule, Severity severity, SourceSpan span, string message, DiagnosticDetails? details = null) =>
        Add(rule, WithDetails(new Diagnostic(rule.Id, severity, span, message), details));

    private void Add(RuleInfo rule, Diagnostic diagnostic)
    {
        if (!rule.Severity.Allows(diagnostic.Severity))
            throw new InvalidOperationException($"{rule.Id} is declared {rule.Severity} but emitted {diagnostic.Severity}");
        if (diagnostic.KeyPath is { } path)
        {
            // A figure read as 0 is a real hypothesis worth checking, said as such; any other unreadable value has no
            // reading at all, so a finding about it is the loader's error said twice.
            if (IsDefaulted(path))
            {
                if (!diagnostic.Message.Contains(BlankNoteText, StringComparison.Ordinal))
                    diagnostic = diagnostic with { Message = diagnostic.Message + BlankNote(path) };
            }
            else if (unreadable?.Contains(path) == true)
            {
                return;
            }
        }
        Diagnostics.Add(diagnostic);
    }
}

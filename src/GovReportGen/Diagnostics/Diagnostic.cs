namespace GovReportGen.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}

/// <summary>
/// A position in a source file (data YAML or template), 1-based like compilers print it. A finding about a
/// file or folder as a whole has no position (<see cref="WholeOf"/>): line and column are 0 and it prints as
/// the bare path.
/// </summary>
public readonly record struct SourceSpan(string File, int Line, int Column)
{
    public static SourceSpan StartOf(string file) => new(file, 1, 1);

    /// <summary>A file or folder as a whole: no line, no column.</summary>
    public static SourceSpan WholeOf(string path) => new(path, 0, 0);

    /// <summary>False for <see cref="WholeOf"/>: there is no line to point at.</summary>
    public bool HasPosition => Line > 0;

    public override string ToString() => HasPosition ? $"{File}({Line},{Column})" : File;
}

/// <summary>One finding. Every stage (loader, rules, templating, markup parser) reports in this shape.</summary>
public sealed record Diagnostic(string Id, Severity Severity, SourceSpan Span, string Message)
{
    /// <summary>The official cell or field the finding is about, as the report prints its label (表三 … / 自然人).</summary>
    public string? CellLabel { get; init; }

    /// <summary>The YAML key path of the value concerned (<c>table3.rows.new_requests.natural_person</c>).</summary>
    public string? KeyPath { get; init; }

    /// <summary>The value the rule expected, as text (a computed sum, a required type).</summary>
    public string? Expected { get; init; }

    /// <summary>The value found, as text.</summary>
    public string? Actual { get; init; }

    /// <summary>What to write instead (the key a misspelt one stands for).</summary>
    public string? Suggestion { get; init; }

    public bool IsError => Severity == Severity.Error;

    /// <summary>The compiler-style line humans read: <c>path(line,col): 错误 GRGnnnn: message</c>.</summary>
    public override string ToString() =>
        $"{Span}: {(IsError ? "错误" : "警告")} {Id}: {Message}";

    public Diagnostic WithSeverity(Severity severity, string? messageSuffix = null) =>
        this with { Severity = severity, Message = messageSuffix is null ? Message : Message + messageSuffix };
}

/// <summary>Collects diagnostics in the order they are found; never throws.</summary>
public sealed class DiagnosticBag
{
    private readonly List<Diagnostic> _items = new();

    public IReadOnlyList<Diagnostic> Items => _items;
    public bool HasErrors => _items.Any(d => d.IsError);
    public int ErrorCount => _items.Count(d => d.IsError);
    public int WarningCount => _items.Count(d => !d.IsError);

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);
    public void AddRange(IEnumerable<Diagnostic> diagnostics) => _items.AddRange(diagnostics);

    public void Error(string id, SourceSpan span, string message) => Add(new Diagnostic(id, Severity.Error, span, message));
    public void Warning(string id, SourceSpan span, string message) => Add(new Diagnostic(id, Severity.Warning, span, message));
}

using GovReportGen.Diagnostics;

namespace GovReportGen.Data.Schema;

/// <summary>One paragraph of narrative with where it was written.</summary>
public sealed record LocatedText(string Text, SourceSpan Span);

/// <summary>A narrative value: one paragraph or a list of them.</summary>
public sealed record NarrativeText(IReadOnlyList<LocatedText> Paragraphs)
{
    public bool IsEmpty => Paragraphs.All(p => string.IsNullOrWhiteSpace(p.Text));
    public string JoinedText => string.Join("\n", Paragraphs.Select(p => p.Text));
}

/// <summary>
/// The values of one data file after schema binding, addressed by dotted key path
/// (<c>table3.rows.new_requests.natural_person</c>), each with its source position.
/// Typed records are built from it; rules use it to point at the right line.
/// </summary>
public sealed class FieldSet
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, SourceSpan> _spans = new(StringComparer.Ordinal);

    public FieldSet(string file) => File = file;

    public string File { get; }

    public void Set(string path, object? value, SourceSpan span)
    {
        _values[path] = value;
        _spans[path] = span;
    }

    public void SetSpan(string path, SourceSpan span) => _spans[path] = span;

    public bool Has(string path) => _values.ContainsKey(path);

    public T? Get<T>(string path) => _values.TryGetValue(path, out var v) && v is T t ? t : default;

    public long Count(string path) => Get<long>(path);

    public decimal Money(string path) => Get<decimal>(path);

    public NarrativeText? Narrative(string path) => Get<NarrativeText>(path);

    public IReadOnlyList<FieldSet> List(string path) => Get<IReadOnlyList<FieldSet>>(path) ?? Array.Empty<FieldSet>();

    /// <summary>The position of a key, or of its nearest present ancestor, or the file's start.</summary>
    public SourceSpan SpanOf(string path)
    {
        var p = path;
        while (true)
        {
            if (_spans.TryGetValue(p, out var span)) return span;
            var dot = p.LastIndexOf('.');
            if (dot < 0) return _spans.TryGetValue("", out var root) ? root : SourceSpan.StartOf(File);
            p = p[..dot];
        }
    }

    public IEnumerable<string> Paths => _values.Keys;

    private readonly SortedSet<string> _defaulted = new(StringComparer.Ordinal);

    /// <summary>
    /// Figure cells the file leaves missing, blank or unreadable: reported by the loader (GRG1008/GRG1009) and read
    /// as 0, so the other rules still run on the rest of the report, as a compiler goes on after an error.
    /// </summary>
    public IReadOnlySet<string> Defaulted => _defaulted;

    public void MarkDefaulted(string path) => _defaulted.Add(path);
}

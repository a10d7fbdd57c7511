using System.Runtime.CompilerServices;
using System.Text;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;
using GovReportGen.Diagnostics;

namespace GovReportGen.Templating;

/// <summary>
/// Collects a template's output and remembers, for every piece written, which template file and
/// position produced it. Scriban writes raw template text as (whole source, absolute offset), so an
/// error the markup parser finds in literal text maps back to the exact template line and column. With a
/// <see cref="CallSiteTrackingContext"/> it also remembers the template-function call that wrote each piece
/// (<see cref="LocateAuthored(int, int)"/>).
/// </summary>
internal sealed class SourceMappedOutput(TemplateContext context, Func<string, string> displayPath) : IScriptOutput
{
    private readonly StringBuilder _text = new();
    private readonly List<Chunk> _chunks = new();
    private readonly ConditionalWeakTable<string, int[]> _lineStarts = new();
    private int[]? _outputLineStarts;
    private int _indexedLength = -1;

    private readonly record struct Chunk(int OutputStart, string File, string? Source, int SourceOffset, int Line, int Column, SourceSpan? CallSite);

    public string Text => _text.ToString();

    public void Write(string text, int offset, int count)
    {
        if (count <= 0) return;
        var span = context.CurrentSpan;
        var isRaw = context.CurrentNode is ScriptRawStatement;
        var callSite = (context as CallSiteTrackingContext)?.OutermostCall is { } call
            ? new SourceSpan(displayPath(call.FileName ?? ""), call.Start.Line + 1, call.Start.Column + 1)
            : (SourceSpan?)null;
        _chunks.Add(new Chunk(_text.Length, displayPath(span.FileName ?? ""), isRaw ? text : null, offset, span.Start.Line + 1, span.Start.Column + 1, callSite));
        _text.Append(text, offset, count);
    }

    public ValueTask WriteAsync(string text, int offset, int count, CancellationToken cancellationToken)
    {
        Write(text, offset, count);
        return default;
    }

    /// <summary>The template position that produced the character at <paramref name="outputIndex"/>.</summary>
    public SourceSpan Locate(int outputIndex)
    {
        if (_chunks.Count == 0) return new SourceSpan("", 1, 1);
        var chunk = _chunks[ChunkAt(outputIndex)];
        if (chunk.Source is null) return new SourceSpan(chunk.File, chunk.Line, chunk.Column);
        var sourceIndex = Math.Min(chunk.Source.Length, chunk.SourceOffset + (outputIndex - chunk.OutputStart));
        var starts = _lineStarts.GetValue(chunk.Source, LineStarts);
        var line = Array.BinarySearch(starts, sourceIndex);
        if (line < 0) line = ~line - 1;
        return new SourceSpan(chunk.File, line + 1, sourceIndex - starts[line] + 1);
    }

    /// <summary>
    /// Where the template wrote the character at a 1-based (line, column) of the output: the call of the template
    /// function that printed it (the outermost one), or the position itself when no function call was running.
    /// </summary>
    public SourceSpan LocateAuthored(int line, int column)
    {
        var index = OutputIndex(line, column);
        return _chunks.Count > 0 && _chunks[ChunkAt(index)].CallSite is { } callSite ? callSite : Locate(index);
    }

    private int ChunkAt(int outputIndex)
    {
        var lo = 0;
        var hi = _chunks.Count - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (_chunks[mid].OutputStart <= outputIndex) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }

    /// <summary>
    /// Maps a 1-based (line, column) of the output to the template. The markup parser asks this for every
    /// element it reads, after the template has finished, so the output's line starts are indexed once
    /// (copying and scanning the whole output per call made parsing quadratic in the report's length).
    /// </summary>
    public SourceSpan Locate(int line, int column) => Locate(OutputIndex(line, column));

    private int OutputIndex(int line, int column)
    {
        if (_outputLineStarts is null || _indexedLength != _text.Length)
        {
            _outputLineStarts = LineStarts(_text.ToString());
            _indexedLength = _text.Length;
        }
        var index = line - 1 < _outputLineStarts.Length ? _outputLineStarts[Math.Max(0, line - 1)] : _text.Length;
        return Math.Min(_text.Length == 0 ? 0 : _text.Length - 1, index + column - 1);
    }

    private static int[] LineStarts(string source)
    {
        var starts = new List<int> { 0 };
        for (var i = 0; i < source.Length; i++)
            if (source[i] == '\n') starts.Add(i + 1);
        return starts.ToArray();
    }
}

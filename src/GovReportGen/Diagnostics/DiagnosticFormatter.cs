using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace GovReportGen.Diagnostics;

/// <summary>The three shapes a diagnostic is written in: for people, for machines, and for CI annotations.</summary>
public static class DiagnosticFormatter
{
    /// <summary>The compiler-style line people read: <c>path(line,col): 错误 GRGnnnn: message</c>.</summary>
    public static string ToText(Diagnostic d) => d.ToString();

    /// <summary>The severity as the text form prints it.</summary>
    public static string SeverityWord(Severity s) => s == Severity.Error ? "错误" : "警告";

    public static string SeverityToken(Severity s) => s == Severity.Error ? "error" : "warning";

    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// One diagnostic as docs/schemas/diagnostic.schema.json describes it: line and column are null when the finding
    /// has no position (a folder, a whole file); the optional fields appear only when the finding has them.
    /// </summary>
    public static void WriteJsonObject(Utf8JsonWriter w, Diagnostic d)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("severity", SeverityToken(d.Severity));
        w.WriteString("file", d.Span.File);
        if (d.Span.HasPosition)
        {
            w.WriteNumber("line", d.Span.Line);
            w.WriteNumber("column", d.Span.Column);
        }
        else
        {
            w.WriteNull("line");
            w.WriteNull("column");
        }
        w.WriteString("message", d.Message);
        WriteOptional(w, "cell", d.CellLabel);
        WriteOptional(w, "keyPath", d.KeyPath);
        WriteOptional(w, "expected", d.Expected);
        WriteOptional(w, "actual", d.Actual);
        WriteOptional(w, "suggestion", d.Suggestion);
        w.WriteEndObject();
    }

    /// <summary>Reads back what <see cref="WriteJsonObject"/> wrote (the manifest and the render cache).</summary>
    public static Diagnostic ReadJsonObject(JsonElement d)
    {
        var line = d.GetProperty("line");
        var span = line.ValueKind == JsonValueKind.Null
            ? SourceSpan.WholeOf(d.GetProperty("file").GetString()!)
            : new SourceSpan(d.GetProperty("file").GetString()!, line.GetInt32(), d.GetProperty("column").GetInt32());
        return new Diagnostic(
            d.GetProperty("id").GetString()!,
            d.GetProperty("severity").GetString() == "error" ? Severity.Error : Severity.Warning,
            span,
            d.GetProperty("message").GetString()!)
        {
            CellLabel = Optional(d, "cell"),
            KeyPath = Optional(d, "keyPath"),
            Expected = Optional(d, "expected"),
            Actual = Optional(d, "actual"),
            Suggestion = Optional(d, "suggestion"),
        };
    }

    private static void WriteOptional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null) w.WriteString(name, value);
    }

    private static string? Optional(JsonElement d, string name) =>
        d.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    public static Utf8JsonWriter CreateJsonWriter(Stream stream) => new(stream, JsonOptions);

    /// <summary>A workflow command GitHub Actions turns into an annotation on the file and line.</summary>
    public static string ToGitHubAnnotation(Diagnostic d) =>
        $"::{SeverityToken(d.Severity)} file={EscapeProperty(d.Span.File)},{(d.Span.HasPosition ? $"line={d.Span.Line},col={d.Span.Column}," : "")}title={d.Id}::{EscapeData(d.Message)}";

    /// <summary>The MSBuild/VS canonical form, which most CI problem matchers (GitLab, Azure, Jenkins warnings-ng) read.</summary>
    public static string ToMsBuild(Diagnostic d) =>
        $"{d.Span}: {SeverityToken(d.Severity)} {d.Id}: {d.Message}";

    private static string EscapeData(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string EscapeProperty(string s) => EscapeData(s).Replace(":", "%3A").Replace(",", "%2C");

    /// <summary>Which annotation stream the environment's CI service reads, if any.</summary>
    public static CiService DetectCi(Func<string, string?> env)
    {
        if (env("GITHUB_ACTIONS") == "true") return CiService.GitHubActions;
        if (!string.IsNullOrEmpty(env("CI")) && env("CI") != "false") return CiService.Generic;
        return CiService.None;
    }
}

public enum CiService
{
    None,
    GitHubActions,
    /// <summary>Any other CI: annotations in the MSBuild canonical form with English tokens.</summary>
    Generic,
}

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

    public static void WriteJsonObject(Utf8JsonWriter w, Diagnostic d)
    {
        w.WriteStartObject();
        w.WriteString("id", d.Id);
        w.WriteString("severity", SeverityToken(d.Severity));
        w.WriteString("file", d.Span.File);
        w.WriteNumber("line", d.Span.Line);
        w.WriteNumber("column", d.Span.Column);
        w.WriteString("message", d.Message);
        w.WriteEndObject();
    }

    public static Utf8JsonWriter CreateJsonWriter(Stream stream) => new(stream, JsonOptions);

    /// <summary>A workflow command GitHub Actions turns into an annotation on the file and line.</summary>
    public static string ToGitHubAnnotation(Diagnostic d) =>
        $"::{SeverityToken(d.Severity)} file={EscapeProperty(d.Span.File)},line={d.Span.Line},col={d.Span.Column},title={d.Id}::{EscapeData(d.Message)}";

    /// <summary>The MSBuild/VS canonical form, which most CI problem matchers (GitLab, Azure, Jenkins warnings-ng) read.</summary>
    public static string ToMsBuild(Diagnostic d) =>
        $"{d.Span.File}({d.Span.Line},{d.Span.Column}): {SeverityToken(d.Severity)} {d.Id}: {d.Message}";

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

using System.Text;
using GovReportGen.Data;
using GovReportGen.Data.Model;
using GovReportGen.Data.Schema;
using GovReportGen.Diagnostics;
using GovReportGen.Theme;
using GovReportGen.Writers;
using GovReportGen.Writers.Pdf.Fonts;

namespace GovReportGen.Pipeline;

/// <summary>
/// A data check that depends on the fonts: every character of the report's text must be printable by the PDF's
/// font chain, or the PDF cannot be written (GRG6001). <c>validate</c> and <c>render</c> both run it, so the data
/// line with an emoji or a Hangul syllable is named before anything is rendered.
/// </summary>
public static class PrintabilityCheck
{
    /// <param name="agencyFolder">The agency's folder on disk, where the year file and agency.yaml are read to locate a character exactly.</param>
    /// <summary>How this check's findings begin, so a render after validate can leave out what validate printed.</summary>
    public const string MessagePrefix = "PDF 无法显示字符";

    public static bool IsFinding(Diagnostic d) => d.Id == ReportWriterException.DiagnosticId && d.Message.StartsWith(MessagePrefix, StringComparison.Ordinal);

    public static IReadOnlyList<Diagnostic> Check(ReportData report, FontCoverage fonts, string agencyFolder)
    {
        var found = new List<Diagnostic>();
        var reported = new HashSet<int>();
        foreach (var (text, span, role, file) in Texts(report))
        {
            foreach (var rune in text.EnumerateRunes())
            {
                if (fonts.Covers(role, rune.Value) || !reported.Add(rune.Value)) continue;
                var onDisk = Path.Combine(agencyFolder, ReferenceEquals(file, report.Fields) ? $"{report.Year}.yaml" : DataLayout.AgencyFileName);
                found.Add(new Diagnostic(ReportWriterException.DiagnosticId, Severity.Error, Locate(rune, onDisk, span),
                    $"{MessagePrefix}“{Shown(rune)}”（U+{rune.Value:X4}）：{role.ChineseName()}的字体链（{fonts.ChainOf(role)}）中已安装的字体都没有它；请改写此处文字，或安装含此字符的字体"));
            }
        }
        return found;
    }

    /// <summary>Every text of the report that reaches the page, with the role that sets it.</summary>
    private static IEnumerable<(string Text, SourceSpan Span, FontRole Role, FieldSet Fields)> Texts(ReportData report)
    {
        foreach (var (fields, isAgency) in new[] { (report.Agency.Fields, true), (report.Fields, false) })
        {
            foreach (var path in fields.Paths)
            {
                var role = isAgency && path == "name" ? FontRole.Title : FontRole.Body;
                switch (fields.Get<object>(path))
                {
                    case string s:
                        yield return (s, fields.SpanOf(path), role, fields);
                        if (role == FontRole.Title) yield return (s, fields.SpanOf(path), FontRole.Body, fields); // the signature
                        break;
                    case NarrativeText n:
                        foreach (var p in n.Paragraphs) yield return (p.Text, p.Span, role, fields);
                        break;
                }
            }
        }
    }

    /// <summary>The character's own line and column in its file when it can be found there, else the value's start.</summary>
    private static SourceSpan Locate(Rune rune, string path, SourceSpan fallback)
    {
        try
        {
            if (!File.Exists(path) || IO.SafeRead.ReadText(path, 1024 * 1024, out _) is not { } text) return fallback;
            var index = text.IndexOf(rune.ToString(), StringComparison.Ordinal);
            if (index < 0) return fallback;
            var lineStart = index == 0 ? 0 : text.LastIndexOf('\n', index - 1) + 1;
            var line = 1 + text.AsSpan(0, lineStart).Count('\n');
            var column = 1 + text[lineStart..index].EnumerateRunes().Count();
            return new SourceSpan(fallback.File, line, column);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException) { return fallback; }
    }

    private static string Shown(Rune rune) => Rune.GetUnicodeCategory(rune) is System.Globalization.UnicodeCategory.Surrogate ? "\uFFFD" : rune.ToString();
}

/// <summary>The printability check applied to a whole validation, as <c>validate</c> runs it.</summary>
public static class PrintabilityOfValidation
{
    /// <summary>The fonts of a run over <paramref name="templatesDirectory"/>, or null with the reason when the theme cannot be read or a role has no font.</summary>
    public static FontCoverage? TryFonts(string templatesDirectory, out string? problem)
    {
        problem = null;
        try
        {
            return FontCoverage.ForTemplates(templatesDirectory);
        }
        catch (ReportWriterException e)
        {
            problem = e.Message;
            return null;
        }
    }

    public static Validation.ValidationResult Add(Validation.ValidationResult result, DataSet data, FontCoverage fonts)
    {
        var reports = result.Reports.Select(r =>
        {
            if (r.Loaded.Data is not { } report) return r;
            var folder = data.Agencies.FirstOrDefault(a => a.Id == r.AgencyId)?.Path;
            if (folder is null) return r;
            var found = PrintabilityCheck.Check(report, fonts, folder);
            return found.Count == 0 ? r : r with { Diagnostics = r.Diagnostics.Concat(found).ToList() };
        }).ToList();
        return result with { Reports = reports };
    }
}

using GovReportGen.Data;
using GovReportGen.Diagnostics;
using GovReportGen.Templating;
using GovReportGen.Validation;

namespace GovReportGen.Pipeline;

/// <summary>
/// What <c>validate</c> checks of the templates: every report that has no data error is templated (in memory,
/// nothing written), so a broken template or an official-structure violation fails the Validate step of CI, and
/// each finding is listed once however many agencies use that template. Override folders and files that change
/// nothing (a misspelt agency id, <c>overveiw.sbn</c>) are warned about with a did-you-mean.
/// </summary>
public static class TemplateCheck
{
    /// <summary>Warning id for an override that overrides nothing.</summary>
    public const string UselessOverrideId = "GRG4013";

    public static ValidationResult Add(ValidationResult result, DataSet data, string templatesDirectory, string? displayRoot)
    {
        var sources = new TemplateSources(templatesDirectory, displayRoot);
        var templater = new ReportTemplater(sources);
        var found = new List<Diagnostic>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var report in result.Reports)
        {
            if (report.HasErrors || report.Loaded.Data is not { } model) continue;
            foreach (var d in templater.Render(model).Diagnostics.Where(d => d.Id is "GRG4009" or "GRG4010"))
                if (seen.Add(d.ToString())) found.Add(d);
        }
        found.AddRange(UselessOverrides(templatesDirectory, sources, data));
        return found.Count == 0 ? result : result with { Other = result.Other.Concat(found).ToList() };
    }

    private static IEnumerable<Diagnostic> UselessOverrides(string templatesDirectory, TemplateSources sources, DataSet data)
    {
        var overrides = Path.Combine(templatesDirectory, "agencies");
        if (!Directory.Exists(overrides)) yield break;
        var agencies = data.Agencies.Select(a => a.Id).ToList();
        // Every name a report can include: the files of the format folders and of common/.
        var known = Directory.GetDirectories(templatesDirectory)
            .Where(d => Path.GetFileName(d) is not ("agencies" or "theme"))
            .SelectMany(d => Directory.GetFiles(d, "*.sbn", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(d, f).Replace('\\', '/')))
            .ToHashSet(StringComparer.Ordinal);
        foreach (var folder in Directory.GetDirectories(overrides).Order(StringComparer.Ordinal))
        {
            var id = Path.GetFileName(folder);
            var shown = sources.Display($"agencies/{id}");
            if (!agencies.Contains(id, StringComparer.Ordinal))
            {
                yield return new Diagnostic(UselessOverrideId, Severity.Warning, SourceSpan.WholeOf(shown),
                    $"模板覆盖文件夹“agencies/{id}”对应的机关不存在，其中的模板不会被使用{Suggest(id, agencies)}");
                continue;
            }
            foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var name = Path.GetRelativePath(folder, file).Replace('\\', '/');
                if (known.Contains(name)) continue;
                yield return new Diagnostic(UselessOverrideId, Severity.Warning, SourceSpan.WholeOf(sources.Display($"agencies/{id}/{name}")),
                    $"覆盖模板“{name}”没有覆盖任何模板（各格式和 common/ 中没有同名模板），不会被使用{Suggest(name, known)}");
            }
        }
    }

    private static string Suggest(string typed, IEnumerable<string> candidates)
    {
        var best = DidYouMean.Closest(typed, candidates, Math.Max(2, typed.Length / 4));
        return best is null ? "" : $"；是否应为“{best}”？";
    }

}

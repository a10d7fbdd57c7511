using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace GovReportGen.Templating;

/// <summary>
/// Lets templates include only partials under the templates folder, by plain relative names
/// (<c>table3.sbn</c>, <c>sections/overview.sbn</c>): no absolute paths, no <c>..</c>. A name is looked up
/// in the agency's override folder first, then the format's folder, then <c>common/</c>.
/// Records every file it served, so a run can tell which partials a report used.
/// </summary>
internal sealed partial class SandboxTemplateLoader : ITemplateLoader
{
    private readonly TemplateSources _sources;
    private readonly IReadOnlyList<string> _searchFolders;
    private readonly HashSet<string> _used = new(StringComparer.Ordinal);
    private readonly HashSet<string> _usedNames = new(StringComparer.Ordinal);

    public SandboxTemplateLoader(TemplateSources sources, string formatId, string agencyId)
    {
        _sources = sources;
        _searchFolders = TemplateSources.SearchFolders(formatId, agencyId);
    }

    [GeneratedRegex(@"^[a-z0-9_\-]+(/[a-z0-9_\-]+)*\.sbn$")] private static partial Regex IncludeName();

    /// <summary>Template files (relative to the templates folder) this report used, in sorted order.</summary>
    public IReadOnlyList<string> Used => _used.OrderBy(u => u, StringComparer.Ordinal).ToList();

    /// <summary>
    /// The names the templates asked for (<c>table3.sbn</c>), sorted. An incremental run re-resolves these:
    /// a new agency override for one of them changes the report even though no used file changed.
    /// </summary>
    public IReadOnlyList<string> UsedNames => _usedNames.OrderBy(u => u, StringComparer.Ordinal).ToList();

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        if (!IncludeName().IsMatch(templateName ?? ""))
            throw new TemplateSandboxException(callerSpan,
                $"模板只能包含 templates/ 目录下的模板文件，名称须为小写相对路径并以 .sbn 结尾（不允许绝对路径或“..”）：“{templateName}”");
        foreach (var folder in _searchFolders)
        {
            var relative = $"{folder}/{templateName}";
            if (!_sources.Exists(relative))
            {
                if (_sources.IsLink(relative))
                    throw new TemplateSandboxException(callerSpan, $"模板“templates/{relative}”是符号链接（或其所在文件夹是），出于安全原因不读取；请放入真实文件");
                if (_sources.Refusal(relative) is { } refusal)
                    throw new TemplateSandboxException(callerSpan, $"无法读取模板“templates/{relative}”：{refusal}");
                continue;
            }
            lock (_used)
            {
                _used.Add(relative);
                _usedNames.Add(templateName!);
            }
            return relative;
        }
        throw new TemplateSandboxException(callerSpan,
            $"找不到被包含的模板“{templateName}”（已查找 {string.Join("、", _searchFolders.Select(f => $"templates/{f}/"))}）");
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath)
    {
        return _sources.Read(templatePath) ?? throw new TemplateSandboxException(callerSpan, $"无法读取模板“{templatePath}”");
    }

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        new((string?)Load(context, callerSpan, templatePath));
}

/// <summary>A sandbox refusal; carries the including template's position.</summary>
internal sealed class TemplateSandboxException(SourceSpan span, string message) : Exception(message)
{
    public SourceSpan Span { get; } = span;
}

/// <summary>
/// The templates folder, read once per run and shared by all reports (thread-safe). Paths are relative
/// to the folder with forward slashes.
/// </summary>
internal sealed class TemplateSources
{
    private readonly string _root;
    private readonly string _displayRoot;
    private readonly ConcurrentDictionary<string, string?> _texts = new(StringComparer.Ordinal);

    /// <param name="displayRoot">Template paths in diagnostics are written relative to this folder (normally the working directory).</param>
    public TemplateSources(string root, string? displayRoot = null)
    {
        _root = Path.GetFullPath(root);
        _displayRoot = Data.DataLayout.Display(_root, displayRoot);
    }

    public string Root => _root;

    /// <summary>Where an include name is looked for, first match wins: the agency's overrides, the format, the shared partials.</summary>
    public static IReadOnlyList<string> SearchFolders(string formatId, string agencyId) =>
        new[] { $"agencies/{agencyId}", formatId, "common" };

    /// <summary>The file an include name resolves to for this format and agency, or null.</summary>
    public string? Resolve(string name, string formatId, string agencyId) =>
        SearchFolders(formatId, agencyId).Select(f => $"{f}/{name}").FirstOrDefault(Exists);

    /// <summary>The largest template file read; a bigger one is refused with its size, never loaded into memory.</summary>
    public const long MaxTemplateBytes = 1024 * 1024;

    private readonly ConcurrentDictionary<string, string> _refusals = new(StringComparer.Ordinal);

    public bool Exists(string relative) => Read(relative) is not null;

    public string? Read(string relative) => _texts.GetOrAdd(relative, r =>
    {
        var full = Path.GetFullPath(Path.Combine(_root, r));
        // Belt and braces: the name pattern already excludes "..", but a link could still point out.
        if (!full.StartsWith(_root + Path.DirectorySeparatorChar, StringComparison.Ordinal) || PassesThroughLink(full)) return null;
        if (IO.SafeRead.Inspect(full).Kind == IO.PathKind.Missing) return null;
        // Only a regular file of bounded size with one name is a template: a FIFO or device would hang the run,
        // a sparse giant would fill memory, and a hard link may be a file from outside the templates folder.
        var text = IO.SafeRead.ReadText(full, MaxTemplateBytes, out var refusal, allowHardLinks: false);
        if (refusal is not null) _refusals[r] = refusal;
        return text;
    });

    /// <summary>Why a template that exists was not read (not a regular file, too large, hard-linked); null if it was not refused.</summary>
    public string? Refusal(string relative)
    {
        Read(relative);
        return _refusals.TryGetValue(relative, out var reason) ? reason : null;
    }

    /// <summary>True when the template, or a folder between it and the root, is a symbolic link or junction.</summary>
    public bool IsLink(string relative) => PassesThroughLink(Path.GetFullPath(Path.Combine(_root, relative)));

    // GetFullPath does not resolve links, so a prefix check alone would follow templates/common/x.sbn -> /etc/passwd.
    // Links are refused outright rather than resolved: simpler to reason about, and templates have no need of them.
    private bool PassesThroughLink(string full)
    {
        for (var path = full; path.Length > _root.Length; path = Path.GetDirectoryName(path)!)
        {
            FileSystemInfo info = path == full ? new FileInfo(path) : new DirectoryInfo(path);
            if (info.LinkTarget is not null) return true;
        }
        return false;
    }

    /// <summary>The path diagnostics print for a template.</summary>
    public string Display(string relative) => relative.Length == 0 ? _displayRoot : $"{_displayRoot}/{relative}";
}

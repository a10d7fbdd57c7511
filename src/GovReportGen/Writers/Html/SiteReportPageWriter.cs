using System.Text;
using GovReportGen.Diagnostics;

namespace GovReportGen.Writers.Html;

/// <summary>
/// One report's page of the review dashboard (<c>site/reports/&lt;year&gt;/&lt;id&gt;.html</c>): its facts (status,
/// counts, publishing, files) and every diagnostic with the official cell it names, the message, expected and
/// actual values, the suggestion and where to fix it (file:line:column).
/// </summary>
internal static class SiteReportPageWriter
{
    /// <summary>From <c>site/reports/&lt;year&gt;/</c> back to the out folder.</summary>
    private const string ToOutFolder = "../../../";

    public static string Page(SiteIndexEntry e)
    {
        var title = $"{e.Name} {e.Year}年度报告 · 问题清单";
        var sb = new StringBuilder();
        SitePageStyle.Head(sb, title);
        sb.Append("<nav aria-label=\"返回\"><a href=\"../../index.html\">← 返回审核总览</a></nav>\n");
        sb.Append("<main>\n<h1>").Append(SitePageStyle.Escape(title)).Append("</h1>\n");
        Facts(sb, e);
        Problems(sb, e);
        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void Facts(StringBuilder sb, SiteIndexEntry e)
    {
        sb.Append("<h2 id=\"facts\">概况</h2>\n<dl class=\"facts\" aria-labelledby=\"facts\">\n");
        Fact(sb, "机关标识", $"<code>{SitePageStyle.Escape(e.AgencyId)}</code>");
        Fact(sb, "年度", $"{e.Year}");
        Fact(sb, "格式", e.Format is null ? "未知（数据未能读入）" : $"<code>{SitePageStyle.Escape(e.Format)}</code>");
        Fact(sb, "状态", SitePageStyle.StatusBadge(e.Status));
        Fact(sb, "错误", $"<span id=\"error-count\">{e.ErrorCount}</span> 个");
        Fact(sb, "警告", $"<span id=\"warning-count\">{e.WarningCount}</span> 个");
        Fact(sb, "发布", $"<span class=\"publishing {e.Publishing.State.ToString().ToLowerInvariant()}\">{SitePageStyle.Escape(e.Publishing.Describe())}</span>");
        Fact(sb, "文件", e.Links.Count == 0
            ? "无（有错误的报告不生成文件）"
            : string.Join(" ", e.Links.Select(l => $"<a href=\"{ToOutFolder}{SitePageStyle.Escape(l.Path)}\">{SitePageStyle.Escape(l.Label)}</a>")));
        sb.Append("</dl>\n");
    }

    private static void Fact(StringBuilder sb, string term, string definitionMarkup) =>
        sb.Append($"<dt>{term}</dt><dd>{definitionMarkup}</dd>\n");

    private static void Problems(StringBuilder sb, SiteIndexEntry e)
    {
        sb.Append($"<h2 id=\"problems\">问题（{e.Diagnostics.Count} 条）</h2>\n");
        if (e.Diagnostics.Count == 0)
        {
            sb.Append("<p>没有发现问题。</p>\n");
            return;
        }
        sb.Append("<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"problems\" tabindex=\"0\">\n")
          .Append("<table class=\"problems cards\" aria-labelledby=\"problems\">\n<thead><tr>")
          .Append("<th scope=\"col\">级别</th><th scope=\"col\">编号</th><th scope=\"col\">单元格</th><th scope=\"col\">说明</th><th scope=\"col\">位置</th>")
          .Append("</tr></thead>\n<tbody>\n");
        foreach (var d in e.Diagnostics)
        {
            var severity = d.IsError ? "错误" : "警告";
            var statusClass = d.IsError ? "status-error" : "status-warnings";
            sb.Append($"<tr data-severity=\"{DiagnosticFormatter.SeverityToken(d.Severity)}\">")
              .Append(SitePageStyle.Cell(null, $"status {statusClass}", severity))
              .Append(SitePageStyle.Cell("编号", "id", $"<code>{SitePageStyle.Escape(d.Id)}</code>"))
              .Append(SitePageStyle.Cell("单元格", "cell", Cell(d)))
              .Append(SitePageStyle.Cell("说明", "message", SitePageStyle.Escape(d.Message) + Details(d)))
              // A long path breaks after a slash, never inside a name.
              .Append(SitePageStyle.Cell("位置", "location", $"<code>{SitePageStyle.Escape(Location(d.Span)).Replace("/", "/<wbr>", StringComparison.Ordinal)}</code>"))
              .Append("</tr>\n");
        }
        sb.Append("</tbody>\n</table>\n</div>\n");
    }

    /// <summary>The official cell's label; else the key path; else a dash (a finding about a whole file or template).</summary>
    private static string Cell(Diagnostic d) =>
        d.CellLabel is { } label ? SitePageStyle.Escape(label)
        : d.KeyPath is { } path ? $"<code>{SitePageStyle.Escape(path)}</code>"
        : "—";

    private static string Details(Diagnostic d)
    {
        var sb = new StringBuilder();
        if (d.Expected is not null || d.Actual is not null)
            sb.Append($"<span class=\"detail\">应为 {SitePageStyle.Escape(d.Expected ?? "—")}，实际 {SitePageStyle.Escape(d.Actual ?? "—")}</span>");
        if (d.Suggestion is { } suggestion)
            sb.Append($"<span class=\"detail\">建议：{SitePageStyle.Escape(suggestion)}</span>");
        return sb.ToString();
    }

    /// <summary><c>file:line:column</c>, or the bare path when the finding has no position.</summary>
    public static string Location(SourceSpan span) =>
        span.HasPosition ? $"{span.File}:{span.Line}:{span.Column}" : span.File;
}

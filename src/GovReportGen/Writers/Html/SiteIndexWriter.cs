using System.Text;
using GovReportGen.Diagnostics;

namespace GovReportGen.Writers.Html;

/// <summary>One format of a report that the site links: its label and its path relative to the out folder.</summary>
internal sealed record SiteIndexLink(string Label, string Path);

/// <summary>
/// One report on the review dashboard: who, which year and format, how it came out, the files that were built,
/// every diagnostic, and its publishing date against the deadline.
/// </summary>
internal sealed record SiteIndexEntry(
    string AgencyId,
    string Name,
    int Year,
    string? Format,
    ReportStatus Status,
    IReadOnlyList<SiteIndexLink> Links,
    IReadOnlyList<Diagnostic> Diagnostics,
    PublishingDates Publishing)
{
    public int ErrorCount => Diagnostics.Count(d => d.IsError);
    public int WarningCount => Diagnostics.Count(d => !d.IsError);

    /// <summary>This report's page of diagnostics, relative to the out folder.</summary>
    public string PageRelativePath => $"site/reports/{Year}/{AgencyId}.html";
}

/// <summary>A file of the site: its path relative to the out folder and its bytes.</summary>
public sealed record SitePage(string RelativePath, byte[] Content);

/// <summary>
/// The review dashboard (<c>site/index.html</c>) and one page per report listing its diagnostics
/// (<c>site/reports/&lt;year&gt;/&lt;id&gt;.html</c>). Overall counts at the top; per report its status, error and
/// warning counts, publishing date against the deadline, and links to each format and to its page; filters by
/// status and year made of radio buttons and CSS (<c>:has</c>), so they work without JavaScript. Static, with no
/// external resources, and the same bytes for the same entries. The pipeline hands the entries over sorted (by
/// year, then agency id) with their links in listing order. A report with errors has no files, so the page never
/// points at a missing one.
/// </summary>
internal static class SiteIndexWriter
{
    public const string RelativePath = "site/index.html";

    private static readonly ReportStatus[] StatusesInFilterOrder = { ReportStatus.Error, ReportStatus.Warnings, ReportStatus.Ok };

    public static IReadOnlyList<SitePage> Write(IReadOnlyList<SiteIndexEntry> entries)
    {
        var pages = new List<SitePage> { new(RelativePath, Encode(Dashboard(entries))) };
        pages.AddRange(entries.Select(e => new SitePage(e.PageRelativePath, Encode(SiteReportPageWriter.Page(e)))));
        return pages;
    }

    /// <summary>The status in the words the office uses.</summary>
    public static string StatusLabel(ReportStatus status) => status switch
    {
        ReportStatus.Error => "有错误，未生成",
        ReportStatus.Warnings => "有警告",
        _ => "通过",
    };

    /// <summary>The short status word for the filter buttons.</summary>
    private static string StatusFilterLabel(ReportStatus status) => status switch
    {
        ReportStatus.Error => "有错误",
        ReportStatus.Warnings => "有警告",
        _ => "通过",
    };

    private static string Dashboard(IReadOnlyList<SiteIndexEntry> entries)
    {
        var years = entries.Select(e => e.Year).Distinct().OrderByDescending(y => y).ToList();
        var sb = new StringBuilder();
        SitePageStyle.Head(sb, "政府信息公开工作年度报告 · 审核总览", FilterRules(years));
        sb.Append("<main>\n<h1>政府信息公开工作年度报告 · 审核总览</h1>\n");
        Totals(sb, entries);
        if (entries.Count == 0)
        {
            sb.Append("<p>本次运行没有报告。</p>\n");
        }
        else
        {
            Filters(sb, years);
            foreach (var year in years) YearSection(sb, year, entries.Where(e => e.Year == year).ToList());
        }
        sb.Append("</main>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void Totals(StringBuilder sb, IReadOnlyList<SiteIndexEntry> entries)
    {
        sb.Append("<h2 id=\"totals\">总体情况</h2>\n<ul class=\"totals\" aria-labelledby=\"totals\">\n");
        Total(sb, "total-reports", entries.Count, "份报告");
        Total(sb, "total-ok", entries.Count(e => e.Status == ReportStatus.Ok), "份通过");
        Total(sb, "total-warnings", entries.Count(e => e.Status == ReportStatus.Warnings), "份有警告");
        Total(sb, "total-error", entries.Count(e => e.Status == ReportStatus.Error), "份有错误，未生成");
        Total(sb, "total-error-count", entries.Sum(e => e.ErrorCount), "个错误");
        Total(sb, "total-warning-count", entries.Sum(e => e.WarningCount), "个警告");
        Total(sb, "total-late", entries.Count(e => e.Publishing.State == PublishingState.Late), "份逾期发布");
        Total(sb, "total-due", entries.Count(e => e.Publishing.State == PublishingState.Due), "份未填发布日期");
        sb.Append("</ul>\n");
    }

    private static void Total(StringBuilder sb, string id, int count, string what) =>
        sb.Append($"<li id=\"{id}\"><span class=\"count\">{count}</span> {what}</li>\n");

    /// <summary>
    /// Radio buttons: the CSS in <see cref="FilterRules"/> hides what the checked ones exclude. Without CSS
    /// <c>:has</c> every report stays visible, which is the unfiltered dashboard.
    /// </summary>
    private static void Filters(StringBuilder sb, IReadOnlyList<int> years)
    {
        sb.Append("<h2 id=\"filters\">筛选</h2>\n<div class=\"filters\">\n");
        sb.Append("<fieldset>\n<legend>按状态</legend>\n");
        Radio(sb, "filter-status", "filter-status-all", "全部", isDefault: true);
        foreach (var status in StatusesInFilterOrder)
            Radio(sb, "filter-status", $"filter-status-{status.ToManifestText()}", StatusFilterLabel(status), isDefault: false);
        sb.Append("</fieldset>\n<fieldset>\n<legend>按年度</legend>\n");
        Radio(sb, "filter-year", "filter-year-all", "全部", isDefault: true);
        foreach (var year in years) Radio(sb, "filter-year", $"filter-year-{year}", $"{year}年度", isDefault: false);
        sb.Append("</fieldset>\n</div>\n");
        sb.Append("<p class=\"years\">年度：");
        sb.Append(string.Join("　", years.Select(y => $"<a href=\"#y{y}\">{y}年度</a>")));
        sb.Append("</p>\n");
    }

    private static void Radio(StringBuilder sb, string name, string id, string label, bool isDefault) =>
        sb.Append($"<label for=\"{id}\"><input type=\"radio\" name=\"{name}\" id=\"{id}\"{(isDefault ? " checked" : "")}> {label}</label>\n");

    private static string FilterRules(IReadOnlyList<int> years)
    {
        var css = new StringBuilder();
        foreach (var status in StatusesInFilterOrder)
        {
            var token = status.ToManifestText();
            css.Append($"body:has(#filter-status-{token}:checked) tr[data-status]:not([data-status=\"{token}\"]){{display:none}}\n");
        }
        foreach (var year in years)
            css.Append($"body:has(#filter-year-{year}:checked) section[data-year]:not([data-year=\"{year}\"]){{display:none}}\n");
        return css.ToString();
    }

    private static void YearSection(StringBuilder sb, int year, IReadOnlyList<SiteIndexEntry> entries)
    {
        sb.Append($"<section data-year=\"{year}\" aria-labelledby=\"y{year}\">\n<h2 id=\"y{year}\">{year}年度</h2>\n");
        sb.Append($"<div class=\"table-scroll\" role=\"region\" aria-labelledby=\"y{year}\" tabindex=\"0\">\n");
        // On a phone each row becomes a card (SitePageStyle.Cards).
        sb.Append($"<table class=\"reports cards\" aria-labelledby=\"y{year}\">\n")
          .Append("<colgroup><col style=\"width:20%\"><col style=\"width:14%\"><col style=\"width:6%\"><col style=\"width:6%\"><col style=\"width:26%\"><col style=\"width:14%\"><col style=\"width:14%\"></colgroup>\n")
          .Append("<thead><tr>")
          .Append("<th scope=\"col\">机关</th><th scope=\"col\">状态</th><th scope=\"col\" class=\"num\">错误</th><th scope=\"col\" class=\"num\">警告</th>")
          .Append("<th scope=\"col\">发布</th><th scope=\"col\">文件</th><th scope=\"col\">问题清单</th></tr></thead>\n<tbody>\n");
        foreach (var e in entries)
        {
            var links = e.Links.Count == 0
                ? "<span class=\"none\">无</span>"
                : string.Join(" ", e.Links.Select(l => $"<a href=\"../{SitePageStyle.Escape(l.Path)}\">{SitePageStyle.Escape(l.Label)}</a>"));
            var problems = e.Diagnostics.Count == 0 ? "查看（无问题）" : $"查看（{e.Diagnostics.Count} 条）";
            sb.Append($"<tr data-status=\"{e.Status.ToManifestText()}\" data-publishing=\"{e.Publishing.State.ToString().ToLowerInvariant()}\">")
              .Append($"<th scope=\"row\">{SitePageStyle.Escape(e.Name)}</th>")
              .Append(SitePageStyle.Cell("状态", null, SitePageStyle.StatusBadge(e.Status)))
              .Append(SitePageStyle.Cell("错误", "num errors", e.ErrorCount.ToString(System.Globalization.CultureInfo.InvariantCulture)))
              .Append(SitePageStyle.Cell("警告", "num warnings", e.WarningCount.ToString(System.Globalization.CultureInfo.InvariantCulture)))
              .Append(SitePageStyle.Cell("发布", $"publishing {e.Publishing.State.ToString().ToLowerInvariant()}", SitePageStyle.Escape(e.Publishing.Describe())))
              .Append(SitePageStyle.Cell("文件", "files", links))
              .Append(SitePageStyle.Cell("问题清单", "page", $"<a class=\"page\" href=\"{SitePageStyle.Escape(e.PageRelativePath["site/".Length..])}\">{problems}<span class=\"visually-hidden\">：{SitePageStyle.Escape(e.Name)}{e.Year}年度</span></a>"))
              .Append("</tr>\n");
        }
        sb.Append("</tbody>\n</table>\n</div>\n</section>\n");
    }

    private static byte[] Encode(string html) => new UTF8Encoding(false).GetBytes(html);
}

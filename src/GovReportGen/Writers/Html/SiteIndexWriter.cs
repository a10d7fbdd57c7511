using System.Text;
using GovReportGen.Diagnostics;

namespace GovReportGen.Writers.Html;

/// <summary>One format of a report that the site index links: its label and its path relative to the out folder.</summary>
public sealed record SiteIndexLink(string Label, string Path);

/// <summary>One report on the site index: its agency's name, its year, how it came out, and its files.</summary>
public sealed record SiteIndexEntry(string Name, int Year, ReportStatus Status, IReadOnlyList<SiteIndexLink> Links);

/// <summary>
/// <c>site/index.html</c>: every agency and year, newest year first, each linking the formats that were
/// built. A report with errors is listed without links, so the page never points at a missing file. The
/// pipeline hands the entries over sorted (by year, then agency id) with their links in listing order.
/// </summary>
public static class SiteIndexWriter
{
    public const string RelativePath = "site/index.html";

    public static byte[] Write(IReadOnlyList<SiteIndexEntry> entries)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<title>政府信息公开工作年度报告</title>\n<style>\n")
          .Append("body{font-family:\"仿宋_GB2312\",\"FangSong\",\"AR PL UMing CN\",serif;max-width:60em;margin:2em auto;padding:0 1em;line-height:1.6}\n")
          .Append("h1{font-family:\"方正小标宋简体\",\"STZhongsong\",\"AR PL UMing CN\",serif;font-weight:normal;text-align:center}\n")
          .Append("h2{font-family:\"黑体\",\"SimHei\",\"WenQuanYi Zen Hei\",sans-serif;font-weight:normal}\n")
          // Fixed columns, so every year's table lines up with the others whatever its names.
          .Append("table{border-collapse:collapse;width:100%;table-layout:fixed}th,td{border:1px solid #000;padding:.3em .6em;text-align:left}\n")
          .Append("th:nth-child(1){width:55%}th:nth-child(2){width:27%}\n")
          .Append(".status-error{color:#a00000}\n")
          .Append("</style>\n</head>\n<body>\n<main>\n<h1>政府信息公开工作年度报告</h1>\n");
        foreach (var year in entries.Select(e => e.Year).Distinct().OrderByDescending(y => y))
        {
            sb.Append($"<h2 id=\"y{year}\">{year}年度</h2>\n");
            sb.Append($"<table aria-labelledby=\"y{year}\">\n<thead><tr><th scope=\"col\">机关</th><th scope=\"col\">报告</th><th scope=\"col\">状态</th></tr></thead>\n<tbody>\n");
            foreach (var e in entries.Where(e => e.Year == year))
            {
                var links = e.Links.Select(l => $"<a href=\"../{Escape(l.Path)}\">{l.Label}</a>");
                var status = e.Status switch
                {
                    ReportStatus.Error => "<span class=\"status-error\">有错误，未生成</span>",
                    ReportStatus.Warnings => "有警告",
                    _ => "通过",
                };
                sb.Append($"<tr><th scope=\"row\">{Escape(e.Name)}</th><td>{string.Join(" ", links)}</td><td>{status}</td></tr>\n");
            }
            sb.Append("</tbody>\n</table>\n");
        }
        sb.Append("</main>\n</body>\n</html>\n");
        return new UTF8Encoding(false).GetBytes(sb.ToString());
    }

    /// <summary>The report writer's escaping plus the apostrophe, as this page has always been escaped.</summary>
    private static string Escape(string text) => HtmlOutput.Escape(text).Replace("'", "&#39;", StringComparison.Ordinal);
}

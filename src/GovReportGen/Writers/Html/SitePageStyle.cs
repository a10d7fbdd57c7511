using System.Text;
using GovReportGen.Diagnostics;

namespace GovReportGen.Writers.Html;

/// <summary>
/// What the dashboard and the per-report pages share: the document head with its inline style sheet (no external
/// resource), the status badge and escaping. Tables scroll sideways inside their own focusable region, so a
/// 390 px phone scrolls the table instead of squeezing its columns to one character each.
/// </summary>
internal static class SitePageStyle
{
    private const string StyleSheet =
        "body{font-family:\"仿宋_GB2312\",\"FangSong\",\"AR PL UMing CN\",serif;max-width:72em;margin:1.5em auto;padding:0 1em;line-height:1.6;color:#1a1a1a;background:#fff}\n"
        + "h1{font-family:\"方正小标宋简体\",\"STZhongsong\",\"AR PL UMing CN\",serif;font-weight:normal;text-align:center;font-size:1.6em;line-height:1.3}\n"
        + "h2{font-family:\"黑体\",\"SimHei\",\"WenQuanYi Zen Hei\",sans-serif;font-weight:normal;font-size:1.25em;margin:1.2em 0 .5em}\n"
        + "a{color:#0b4f9c}\n"
        + ".visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}\n"
        + ".totals{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.5em}\n"
        + ".totals li{border:1px solid #767676;padding:.3em .8em;white-space:nowrap}\n"
        + ".totals .count{font-family:\"黑体\",\"SimHei\",\"WenQuanYi Zen Hei\",sans-serif;font-size:1.3em}\n"
        + ".filters{display:flex;flex-wrap:wrap;gap:.5em 1.5em}\n"
        + "fieldset{border:1px solid #767676;margin:0;padding:.3em .8em}\n"
        + "fieldset label{display:inline-block;margin-right:1em;white-space:nowrap}\n"
        // position:relative keeps the visually hidden link text inside the region, so it cannot widen the page.
        + ".table-scroll{overflow-x:auto;margin-bottom:1em;position:relative}\n"
        + ".table-scroll:focus{outline:2px solid #0b4f9c}\n"
        + "table{border-collapse:collapse;width:100%}\n"
        + "th,td{border:1px solid #000;padding:.3em .6em;text-align:left;vertical-align:top}\n"
        + "thead th{background:#eee;white-space:nowrap}\n"
        // Fixed columns, so every year's table lines up with the others whatever its names.
        + "table.reports{min-width:56em;table-layout:fixed}\n"
        + "table.reports td.page{white-space:nowrap}\n"
        + "table.problems{min-width:50em}\n"
        + "table.problems td.message{min-width:20em}\n"
        + "table.problems td.cell{min-width:9em}\n"
        + "table.problems td.location{min-width:14em}\n"
        + "td.id{white-space:nowrap}\n"
        + ".num{text-align:right;white-space:nowrap}\n"
        + ".status{white-space:nowrap}\n"
        // The file links may wrap: in the fixed layout a column that cannot wrap runs into its neighbour.
        + "td.files a{margin-right:.4em}\n"
        + ".status-error{color:#a00000;font-weight:bold}\n"
        + ".status-warnings{color:#7a4a00}\n"
        + ".status-ok{color:#1d6b2f}\n"
        + "td.publishing.late{color:#a00000}\n"
        + ".facts{display:grid;grid-template-columns:max-content 1fr;gap:.2em 1em}\n"
        + ".facts dt{font-family:\"黑体\",\"SimHei\",\"WenQuanYi Zen Hei\",sans-serif}\n"
        + ".facts dd{margin:0}\n"
        + "code{font-family:\"DejaVu Sans Mono\",monospace;font-size:.9em;overflow-wrap:anywhere}\n"
        + "td.location code{overflow-wrap:normal}\n"
        + ".detail{display:block;font-size:.9em}\n"
        + Cards;

    /// <summary>
    /// On a phone (narrower than 40em) the dashboard's and the report pages' tables become one card per row: the
    /// row's first cell as its heading, every other cell on its own line after its column's name (from
    /// <c>data-label</c>, hidden from assistive technology, which has the column header). The column headers stay
    /// in the document, visually hidden, and the markup stays a table (Chromium keeps exposing it as one, which the
    /// browser test checks; docs/typesetting.md §7.1). Nothing is then wider than the screen or narrower than two
    /// characters, so no column stacks its text one character a line (issue 16, finding 7).
    /// </summary>
    private const string Cards =
        "@media screen and (max-width:40em){\n"
        + "table.cards,table.cards tbody,table.cards tr,table.cards th,table.cards td{display:block}\n"
        + "table.cards{min-width:0;width:auto}\n"
        + "table.cards thead{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}\n"
        + "table.cards tbody tr{border:1px solid #000;margin:0 0 .8em;padding:.4em .8em}\n"
        + "table.cards th,table.cards td{border:0;padding:.1em 0;min-width:0;white-space:normal;text-align:left}\n"
        + "table.cards tbody tr>:first-child{font-family:\"黑体\",\"SimHei\",\"WenQuanYi Zen Hei\",sans-serif;font-size:1.1em;padding-bottom:.3em}\n"
        + "table.cards td[data-label]::before{content:attr(data-label) \"：\";content:attr(data-label) \"：\"/\"\";color:#444}\n"
        + "}\n";

    /// <summary>A data cell with its column's name for the card layout (<c>data-label</c>), its classes and its markup.</summary>
    public static string Cell(string? label, string? classes, string content)
    {
        var sb = new StringBuilder("<td");
        if (classes is not null)
            sb.Append(" class=\"").Append(classes).Append('"');
        if (label is not null)
            sb.Append(" data-label=\"").Append(Escape(label)).Append('"');
        return sb.Append('>').Append(content).Append("</td>").ToString();
    }

    public static void Head(StringBuilder sb, string title, string extraCss = "")
    {
        sb.Append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
          .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
          .Append("<title>").Append(Escape(title)).Append("</title>\n<style>\n")
          .Append(StyleSheet)
          .Append(extraCss)
          .Append("</style>\n</head>\n<body>\n");
    }

    /// <summary>The status in words, coloured by a class (the words carry the meaning, the colour only repeats it).</summary>
    public static string StatusBadge(ReportStatus status) =>
        $"<span class=\"status status-{status.ToManifestText()}\">{SiteIndexWriter.StatusLabel(status)}</span>";

    /// <summary>The report writer's escaping plus the apostrophe.</summary>
    public static string Escape(string text) => HtmlOutput.Escape(text).Replace("'", "&#39;", StringComparison.Ordinal);
}

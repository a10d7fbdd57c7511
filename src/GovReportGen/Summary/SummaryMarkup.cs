using System.Globalization;
using System.Text;
using GovReportGen.Data.Model;
using GovReportGen.Diagnostics;
using GovReportGen.Documents;
using GovReportGen.Documents.Markup;
using GovReportGen.Documents.Tables;

namespace GovReportGen.Summary;

/// <summary>
/// Writes a <see cref="RegionSummary"/> as report markup (the closed vocabulary of docs/architecture.md §5) and parses
/// it into the Document every writer reads. The official tables are written from the format's
/// <see cref="OfficialStructure"/> — the description GRG4009 holds every report's templates to, cell by cell — so the
/// summed tables have the official layout and each figure cell names its key (<c>data-key</c>) as a report's does.
/// </summary>
internal static class SummaryMarkup
{
    public const string PerAgencyHeading = "各机关主要数据";
    public const string ExcludedHeading = "未纳入汇总的报告";
    public const string MissingHeading = "缺少本年度报告的机关";

    /// <summary>The errors of an excluded report shown in the document; the console and <c>validate</c> give them all.</summary>
    private const int ErrorsShown = 5;

    public static Document Build(RegionSummary summary)
    {
        var markup = Write(summary);
        var parsed = ReportMarkupParser.Parse(markup, "summary", null, TableMetrics.Default);
        // The markup is ours, not a template's: a parse failure is a bug here, never a fault of the data.
        return parsed.Document ?? throw new InvalidOperationException(
            "summary markup does not parse: " + string.Join("; ", parsed.Diagnostics.Select(d => d.ToString())));
    }

    public static string Write(RegionSummary s)
    {
        var m = new StringBuilder();
        var title = s.ParentName is { } parent ? $"{Escape(parent)}<br/>{s.TitleLine}" : s.TitleLine;
        m.Append("<h1 class=\"title\">").Append(title).Append("</h1>\n");
        Paragraph(m, Introduction(s));

        var several = s.Formats.Count > 1;
        if (several)
            Paragraph(m, $"本年度的报告使用了不同的表格格式（{string.Join("、", s.Formats.Select(f => f.Format.Id))}），两种格式的表格不同，表二、表三、表四按格式分别汇总。");
        foreach (var totals in s.Formats)
        {
            foreach (var table in totals.Format.Structure.Tables)
            {
                var heading = totals.Format.Structure.SectionHeadings[table.Section];
                m.Append("<h2>").Append(Escape(heading));
                if (several) m.Append($"（{totals.Format.Id}格式，{totals.AgencyIds.Count}个机关）");
                m.Append("</h2>\n");
                OfficialTable(m, table, totals.Sums);
            }
        }

        m.Append("<h2>").Append(PerAgencyHeading).Append("</h2>\n");
        Paragraph(m, "本年新收、本年办结、结转下年度分别为表三第一项、第三项（七）总计、第四项的“总计”列；行政诉讼为未经复议直接起诉与复议后起诉之和；纠正率为结果纠正占总计的比例，无案件时记为“—”；信息处理费为报告第六部分所报金额（元），gov-2019格式无此项，记为“—”。", "note");
        PerAgencyTable(m, s);

        m.Append("<h2>").Append(ExcludedHeading).Append("</h2>\n");
        if (s.Excluded.Count == 0) Paragraph(m, "无。");
        foreach (var e in s.Excluded)
        {
            var scope = e.ScopeUnknown ? $"；其 agency.yaml 有错误，无法确定是否属于“{s.ParentName ?? s.ParentId}”" : "";
            Paragraph(m, $"{e.Label}（{e.AgencyId}）：{s.Year}年度报告有{e.Errors.Count}个错误，未纳入汇总{scope}。");
            foreach (var d in e.Errors.Take(ErrorsShown)) Paragraph(m, Describe(d), "note");
            if (e.Errors.Count > ErrorsShown) Paragraph(m, $"另有{e.Errors.Count - ErrorsShown}个错误，运行 govreport validate 查看全部。", "note");
        }

        m.Append("<h2>").Append(MissingHeading).Append("</h2>\n");
        if (s.Missing.Count == 0) Paragraph(m, "无。");
        foreach (var a in s.Missing)
        {
            var years = a.Years.Count == 0 ? "尚无任何年度的报告" : $"已有年度：{string.Join("、", a.Years)}";
            Paragraph(m, $"{a.Label}（{a.AgencyId}）：没有{s.Year}年度报告（{years}）。");
        }
        return m.ToString();
    }

    private static string Introduction(RegionSummary s)
    {
        var whose = s.ParentId is null ? "" : $"“{s.ParentName ?? s.ParentId}”所属";
        var formats = string.Join("、", s.Formats.Select(f => f.Format.Id));
        return $"本汇总合计{whose}{s.IncludedCount}个机关的{s.Year}年度政府信息公开工作年度报告"
            + (formats.Length > 0 ? $"（表格格式 {formats}）" : "")
            + "。表二、表三、表四与年度报告的官方表格相同，每个数字为各机关报告同一单元格之和。"
            + $"未纳入汇总的报告{s.Excluded.Count}份，缺少本年度报告的机关{s.Missing.Count}个，列于文末。";
    }

    /// <summary>
    /// One official table: its head rows in <c>thead</c>, labels as <c>th</c> with the scope the templates give them
    /// (a column heading, or a row heading in a row of figures), figures as <c>td</c> with their key.
    /// </summary>
    private static void OfficialTable(StringBuilder m, OfficialTable table, IReadOnlyDictionary<string, decimal> sums)
    {
        m.Append("<table>\n");
        if (table.HeaderRows > 0) m.Append("<thead>\n");
        for (var r = 0; r < table.Rows.Count; r++)
        {
            if (r == table.HeaderRows) m.Append(table.HeaderRows > 0 ? "</thead>\n<tbody>\n" : "<tbody>\n");
            var row = table.Rows[r];
            var labelsRow = r < table.HeaderRows || !row.Any(c => c.IsFigure);
            m.Append("<tr>");
            foreach (var cell in row)
            {
                if (cell.IsFigure)
                {
                    m.Append("<td").Append(Spans(cell)).Append($" data-key=\"{cell.Key}\">")
                        .Append(OfficialFigures.Print(sums[cell.Key!])).Append("</td>");
                    continue;
                }
                var scope = labelsRow
                    ? (cell.ColSpan > 1 && cell.RowSpan == 1 ? "colgroup" : "col")
                    : (cell.RowSpan > 1 ? "rowgroup" : "row");
                // 表三's row labels are long and read left-aligned (class label), as templates/common/table3.sbn prints them.
                var label = !labelsRow && cell.RowSpan == 1 && table.HeaderRows > 0 ? " class=\"label\"" : "";
                m.Append("<th").Append(Spans(cell)).Append($" scope=\"{scope}\"{label}>").Append(Escape(cell.Label!)).Append("</th>");
            }
            m.Append("</tr>\n");
        }
        m.Append("</tbody>\n</table>\n");
    }

    private static string Spans(OfficialCell cell) =>
        (cell.RowSpan > 1 ? $" rowspan=\"{cell.RowSpan}\"" : "") + (cell.ColSpan > 1 ? $" colspan=\"{cell.ColSpan}\"" : "");

    /// <summary>The column headings of the per-agency table, left to right under their groups (tests read them back).</summary>
    public static readonly IReadOnlyList<string> PerAgencyColumns = new[]
    {
        "机关", "本年新收", "本年办结", "结转下年度",
        "行政复议 总计", "行政复议 结果纠正", "行政复议 纠正率",
        "行政诉讼 总计", "行政诉讼 结果纠正", "行政诉讼 纠正率",
        "信息处理费（元）",
    };

    private static void PerAgencyTable(StringBuilder m, RegionSummary s)
    {
        m.Append("<table>\n<thead>\n<tr>");
        foreach (var single in new[] { "机关", "本年新收", "本年办结", "结转下年度" })
            m.Append($"<th rowspan=\"2\" scope=\"col\">{single}</th>");
        m.Append("<th colspan=\"3\" scope=\"colgroup\">行政复议</th><th colspan=\"3\" scope=\"colgroup\">行政诉讼</th>");
        m.Append("<th rowspan=\"2\" scope=\"col\">信息处理费（元）</th></tr>\n<tr>");
        for (var i = 0; i < 2; i++) m.Append("<th scope=\"col\">总计</th><th scope=\"col\">结果纠正</th><th scope=\"col\">纠正率</th>");
        m.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in s.Agencies.Append(s.Total))
        {
            m.Append("<tr><th scope=\"row\" class=\"label\">").Append(Escape(row.Label)).Append("</th>");
            foreach (var value in Cells(row)) m.Append("<td>").Append(value).Append("</td>");
            m.Append("</tr>\n");
        }
        m.Append("</tbody>\n</table>\n");
    }

    /// <summary>A row's figures as printed, in <see cref="PerAgencyColumns"/> order after the label.</summary>
    public static IReadOnlyList<string> Cells(KeyFigures k) => new[]
    {
        Count(k.NewRequests), Count(k.Concluded), Count(k.CarriedForward),
        Count(k.Reconsideration), Count(k.ReconsiderationCorrected), KeyFigures.Share(k.ReconsiderationCorrected, k.Reconsideration),
        Count(k.Litigation), Count(k.LitigationCorrected), KeyFigures.Share(k.LitigationCorrected, k.Litigation),
        k.ProcessingFeesYuan is { } fee ? OfficialFigures.Print(fee) : KeyFigures.NotApplicable,
    };

    private static string Count(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An error of an excluded report, by file name and line (not the path, so the document does not depend on where the command ran).</summary>
    private static string Describe(Diagnostic d)
    {
        var file = Path.GetFileName(d.Span.File.TrimEnd('/'));
        var where = d.Span.HasPosition ? $"{file}第{d.Span.Line}行" : file;
        return $"{where} {d.Id}：{d.Message}";
    }

    private static void Paragraph(StringBuilder m, string text, string? cssClass = null) =>
        m.Append(cssClass is null ? "<p>" : $"<p class=\"{cssClass}\">").Append(Escape(text)).Append("</p>\n");

    private static string Escape(string text) => XmlSafe(text)
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>
    /// Messages quote what the user typed; a character report markup refuses (a control character, a noncharacter, a
    /// lone surrogate) would make our own markup unparsable, so it is left out of the document (the console prints it).
    /// </summary>
    private static string XmlSafe(string text)
    {
        var kept = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            if (Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var length) == System.Buffers.OperationStatus.Done
                && !MarkupPrescan.IsForbidden(rune.Value))
                kept.Append(text, i, length);
            i += Math.Max(1, length);
        }
        return kept.ToString();
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using GovReportGen.Data.Model;
using GovReportGen.Diagnostics;
using GovReportGen.Data.Common;

namespace GovReportGen.Validation.Rules;

/// <summary>
/// GRG4005 (heuristic): a count typed in the narrative contradicts the table cell it restates. Bindings are the
/// cure (they cannot contradict), so only typed figures are read.
/// </summary>
/// <remarks>
/// Patterns, each within one clause: 新收/收到/受理…申请 N 件 (一、本年新收), 上年结转 N 件 (二、上年结转),
/// 办结/结案 N 件 ((七)总计), 结转下年度 N 件 (四、结转下年度), 未收到…申请 (本年新收 = 0), 未/没有/无…行政复议 or
/// 行政诉讼 (表四 总计 = 0; 未经复议 and 尚未 are not negations), N 件规范性文件…废止/不再作为规范性文件管理 and
/// 废止规范性文件 N 件 (表二 本年废止件数, where the format has it). A sentence that names only years other than the
/// report year is about another year (last year's 整改, a comparison) and is skipped.
/// </remarks>
internal sealed partial class NarrativeFigureRule : IRule
{
    public RuleInfo Info { get; } = new("GRG4005", RuleSeverity.Warning,
        "正文中手写的数字与表格不一致（启发式：新收/上年结转/办结/结转下年度 N 件、未收到申请、未发生行政复议或诉讼、N 件规范性文件废止）");

    private const string N = @"(?<![\d.第逐统唯])(?<n>" + NarrativeScan.Number + @")\s*件";
    private const string Gap = @"[^。；;，,{}\d]";

    [GeneratedRegex(@"(?:新收" + Gap + @"{0,20}?|(?<![未没有])(?:收到|接到|接收|受理)" + Gap + @"{0,20}?申请(?:共|合计|总计)?\s*)" + N)]
    private static partial Regex NewRequests();

    [GeneratedRegex(@"上一?年度?结转" + Gap + @"{0,20}?" + N)]
    private static partial Regex CarriedIn();

    [GeneratedRegex(@"(?:办结|结案|办理完毕|办理完结)" + Gap + @"{0,12}?" + N)]
    private static partial Regex Concluded();

    [GeneratedRegex(@"结转(?:至|到)?下一?年度?" + Gap + @"{0,12}?" + N)]
    private static partial Regex CarriedForward();

    [GeneratedRegex(@"(?:(?<!尚)未|没有)(?:收到|接到)" + Gap + @"{0,20}?申请(?!人)")]
    private static partial Regex NoRequests();

    // The segment runs to the end of the clause; it must not continue into a figure ("…行政诉讼1件").
    [GeneratedRegex(@"(?:(?<![尚并])未(?!经)|没有|(?<=^|[，,；;。、：:\s])无)" + Gap + @"{0,40}")]
    private static partial Regex Negation();

    [GeneratedRegex(N + @"(?:行政)?规范性文件" + Gap + @"{0,20}?(?:不再作为(?:行政)?规范性文件管理|宣布失效|废止|失效)")]
    private static partial Regex DocumentsRepealed();

    [GeneratedRegex(@"废止了?(?:行政)?规范性文件(?:共)?\s*" + N)]
    private static partial Regex RepealedDocuments();

    private const string RepealedCell = "table2.normative_documents.repealed";

    public void Check(RuleContext context)
    {
        var report = context.Report;
        var t3 = report.Table3;
        var counts = new (Regex Pattern, string CellName, long Value)[]
        {
            (NewRequests(), Table3Schema.CellName(Table3Schema.NewRequestsLabel, "总计"), t3.NewRequests.Total),
            (CarriedIn(), Table3Schema.CellName(Table3Schema.CarriedInLabel, "总计"), t3.CarriedIn.Total),
            (Concluded(), Table3Schema.CellName(Table3Schema.ResultsTotalLabel, "总计"), t3.ResultsTotal.Total),
            (CarriedForward(), Table3Schema.CellName(Table3Schema.CarriedForwardLabel, "总计"), t3.CarriedForward.Total),
        }.ToList();
        // 表二's repealed column exists in gov-2021 only; the format's own cell list says whether it is there.
        var repealed = report.Table2.Cells.FirstOrDefault(c => c.Path == RepealedCell);
        if (repealed.Path is not null)
        {
            counts.Add((DocumentsRepealed(), repealed.CellName, (long)repealed.Value));
            counts.Add((RepealedDocuments(), repealed.CellName, (long)repealed.Value));
        }

        foreach (var field in NarrativeFields.Of(report))
        foreach (var paragraph in field.Text.Paragraphs)
        {
            var reported = new HashSet<string>(StringComparer.Ordinal);
            void Report(string excerpt, string cellName, string value)
            {
                if (!reported.Add(cellName)) return;
                context.Add(Info, Severity.Warning, paragraph.Span, $"{field.CellName}写“{NarrativeScan.Quote(excerpt)}”，{cellName}为 {value}");
            }

            foreach (var (_, sentence) in NarrativeScan.Sentences(paragraph.Text))
            {
                if (AboutAnotherYear(sentence, report.Year)) continue;

                foreach (var (pattern, cellName, value) in counts)
                foreach (Match m in pattern.Matches(sentence))
                {
                    if (NarrativeScan.ParseNumber(m.Groups["n"].Value) is { } typed && typed != value)
                        Report(m.Value, cellName, Integer(value));
                }

                foreach (Match m in NoRequests().Matches(sentence))
                {
                    if (t3.NewRequests.Total != 0)
                        Report(m.Value, Table3Schema.CellName(Table3Schema.NewRequestsLabel, "总计"), Integer(t3.NewRequests.Total));
                }

                foreach (Match m in Negation().Matches(sentence))
                {
                    var end = m.Index + m.Length;
                    if (end < sentence.Length && (char.IsAsciiDigit(sentence[end]) || sentence[end] == '{')) continue;
                    var segment = m.Value;
                    if (segment.Contains("行政复议", StringComparison.Ordinal))
                        CheckZero(new[] { report.Table4.Reconsideration }, segment, Report);
                    if (segment.Contains("行政诉讼", StringComparison.Ordinal) || segment.Contains("提起诉讼", StringComparison.Ordinal))
                        CheckZero(new[] { report.Table4.LitigationDirect, report.Table4.LitigationAfterReconsideration }, segment, Report);
                }
            }
        }
    }

    private static void CheckZero(IEnumerable<Table4Group> groups, string excerpt, Action<string, string, string> report)
    {
        foreach (var group in groups.Where(g => g.Total != 0))
            report(excerpt.TrimEnd(), Table4Schema.CellName(group.Label, "总计"), Integer(group.Total));
    }

    private static bool AboutAnotherYear(string sentence, int year)
    {
        var years = NarrativeScan.Years(sentence).ToList();
        return years.Count > 0 && !years.Contains(year);
    }

    private static string Integer(long v) => v.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// GRG4007 (heuristic): “共N条，其中A a条，B b条……” where the items don't add up to N. Only items in the same
/// sentence and the same measure word count; a list ending in 等 may be partial, so only a sum above N is reported there.
/// </summary>
internal sealed partial class ItemisedSumRule : IRule
{
    public RuleInfo Info { get; } = new("GRG4007", RuleSeverity.Warning,
        "“共N条，其中A a条、B b条……”各项之和与总数不符（启发式）");

    private const string Value = @"(?:(?<![\d.第逐统唯])" + NarrativeScan.Number + @"|\{[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+\})";
    private const string Unit = "[条件项个篇次]";

    [GeneratedRegex(@"(?:(?<![公中])共(?![同享建治])(?:计|有)?|合计|总计|累计)[^。；;，,{}\d]{0,15}?(?<total>" + Value + @")\s*(?<unit>" + Unit + @")(?<between>[^。；;{}\d]{0,10}?)其中[，,：:]?")]
    private static partial Regex Total();

    [GeneratedRegex(@"\G(?<sep>[，,、]|以及|和|及|与)?\s*(?<label>[^\d{}，,、。；;%％]{0,20}?)(?<n>" + Value + @")\s*(?<unit>" + Unit + @")(?<etc>等)?")]
    private static partial Regex Item();

    // Labels that start a new statement rather than another item (“…，上年结转1件”, “…，办结10件”).
    [GeneratedRegex("结转|办结|结案|同比|较上年|增长|减少")]
    private static partial Regex NewStatement();

    public void Check(RuleContext context)
    {
        var report = context.Report;
        foreach (var field in NarrativeFields.Of(report))
        foreach (var paragraph in field.Text.Paragraphs)
        foreach (var (_, sentence) in NarrativeScan.Sentences(paragraph.Text))
        foreach (Match total in Total().Matches(sentence))
        {
            if (NarrativeScan.Value(report, total.Groups["total"].Value) is not { } expected) continue;
            var unit = total.Groups["unit"].Value;
            var items = new List<decimal>();
            var partial = false;
            var at = total.Index + total.Length;
            var enumerationComma = false;
            for (var m = Item().Match(sentence, at); m.Success && m.Groups["unit"].Value == unit; m = Item().Match(sentence, at))
            {
                // Once items are joined by 、, a ， ends the list: what follows is the next statement of the sentence.
                var sep = m.Groups["sep"].Value;
                if (items.Count > 0 && sep is "，" or "," && enumerationComma) break;
                if (sep == "、") enumerationComma = true;
                if (NewStatement().IsMatch(m.Groups["label"].Value)) break;
                if (NarrativeScan.Value(report, m.Groups["n"].Value) is not { } v) { items.Clear(); break; }
                items.Add(v);
                at = m.Index + m.Length;
                if (m.Groups["etc"].Success) { partial = true; break; }
            }
            if (items.Count < 2) continue;
            var sum = items.Sum();
            if (sum == expected || (partial && sum < expected)) continue;
            var terms = string.Join("+", items.Select(Format));
            var excerpt = sentence[total.Index..(total.Groups["unit"].Index + 1)];
            context.Add(Info, Severity.Warning, paragraph.Span,
                $"{field.CellName}写“{NarrativeScan.Quote(excerpt)}”，但其中各项之和为 {terms}={Format(sum)}");
        }
    }

    private static string Format(decimal d) => d.ToString("0.####", CultureInfo.InvariantCulture);
}

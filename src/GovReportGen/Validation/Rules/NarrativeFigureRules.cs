using System.Globalization;
using System.Text.RegularExpressions;
using GovReportGen.Data.Model;
using GovReportGen.Diagnostics;
using GovReportGen.Data.Common;

namespace GovReportGen.Validation.Rules;

/// <summary>
/// GRG4005 (heuristic): a count typed in the narrative contradicts the table cell it restates. Bindings are the
/// cure (they cannot contradict), so only typed figures are read, and the message names the binding to write.
/// </summary>
/// <remarks>
/// <para>Precision first: a false warning teaches people to ignore the rule, a missed one costs nothing the tables
/// do not already show. A figure is taken only when a clause (text between ，；：。) states a count of what a table
/// counts, in 件, written as digits or Chinese numerals (<see cref="FigureClaims"/>):</para>
/// <list type="bullet">
/// <item>新收/收到/接到/接收/受理 …申请 N 件 → 表三 一、本年新收; 上年结转/上一年度结转/去年旧存 N 件 → 二、上年结转;
/// 办结/结案/办理完毕/答复 N 件 → (七)总计; 结转下年度/结转至下一年度/转下年 N 件 → 四、结转下年度.
/// A verb with no 申请 of its own (“办结28件”) counts only in the 依申请公开 paragraph or in a sentence that
/// names 依申请/公开申请, and not in a sentence about 复议, 提案, 投诉 and the like.</item>
/// <item>行政复议 N 件 → 表四 行政复议 总计; 未经复议直接…行政诉讼 N 件, 复议后…行政诉讼 N 件 → their group's
/// 总计; 行政诉讼/被诉 N 件 with neither → the sum of both groups.</item>
/// <item>制发/印发/出台/制定 规范性文件 N 件, 废止规范性文件 N 件 / N 件规范性文件…废止、失效、不再作为规范性文件管理,
/// 现行有效规范性文件 N 件 → 表二, only where the format has that column.</item>
/// <item>未收到/没有收到…申请 → 本年新收 = 0; 未/没有/无…行政复议 or 行政诉讼 → 表四 = 0 (未经复议, 尚未 and
/// 并未 are no negations; a clause about 纠错/败诉/审结 speaks of outcomes, not of cases).</item>
/// </list>
/// <para>Never taken: text inside 《》 and quotation marks (titles, slogans); a sentence with two or more 一件/一个/一颗…
/// (“办结一件申请、解决一个问题、温暖一颗民心”); a 一件 followed by anything but the end of the clause;
/// ordinals (第N件), 各N件, approximations (近/约/逾 N 件, N 余件, N 件以上), 件次; clauses with 其中 and the rest of a
/// sentence after “收到的申请中，” (sub-counts),
/// 同比/较上年/增加/减少 (differences), 计划/预计/力争 (plans), 以来/历年 (spans of years); clauses about another
/// body (全市/全区/区政府/上级/所属/协助/转办 …, until a clause names 本局/我局 again; 按照/根据/领导下 … mark context,
/// not a subject); clauses about another year (an explicit 20xx年, 上年度/去年, 下一年度 not after 结转) — a clause
/// without a year takes the last one named before it in the sentence; 上年结转 may name last year and 结转下年度 next
/// year; 备案/审查/清理 counts of documents; and the whole of section 五's last-year 整改, which is about last year.</para>
/// <para>办理 alone is not read: “办理N件” may mean handled in all (新收 + 上年结转), concluded, or include the carried-forward
/// ones, and each reading matches a different cell; only 办理完毕/办理完结/办理终结 (concluded) and 结转…继续办理 are.</para>
/// </remarks>
internal sealed class NarrativeFigureRule : IRule
{
    public RuleInfo Info { get; } = new("GRG4005", RuleSeverity.Warning,
        "正文中手写的件数与表格不一致（启发式，宁漏勿错：只读本年度本机关的新收、上年结转、办结、结转下年度、行政复议、行政诉讼、规范性文件制发/废止/现行有效件数，以及“未收到申请”“未发生行政复议或诉讼”；给出可改用的绑定字段）");

    private const string OnRequestField = "narrative.overview.on_request";
    private const string LastYearRectification = "narrative.problems.last_year_rectification";

    public void Check(RuleContext context)
    {
        var report = context.Report;
        var cells = FigureCells.Of(report).ToDictionary(c => c.Target);

        foreach (var field in NarrativeFields.Of(report))
        {
            if (field.Path.StartsWith(LastYearRectification, StringComparison.Ordinal)) continue;
            var onRequest = field.Path == OnRequestField;
            foreach (var paragraph in field.Text.Paragraphs)
            {
                var reported = new HashSet<FigureTarget>();
                foreach (var (_, sentence) in NarrativeScan.Sentences(paragraph.Text))
                foreach (var claim in FigureClaims.Find(sentence, report.Year, onRequest))
                {
                    // A negated litigation speaks for both groups; each that is not 0 is its own contradiction.
                    var targets = claim.Negated && claim.Target == FigureTarget.Litigation
                        ? new[] { FigureTarget.LitigationDirect, FigureTarget.LitigationAfterReconsideration }
                        : new[] { claim.Target };
                    foreach (var target in targets)
                    {
                        if (!cells.TryGetValue(target, out var cell) || cell.Value == claim.Typed) continue;
                        if (!reported.Add(target)) continue;
                        Report(context, field, paragraph.Span, sentence, claim, cell);
                    }
                }
            }
        }
    }

    private void Report(RuleContext context, NarrativeField field, SourceSpan span, string sentence, FigureClaim claim, FigureCell cell)
    {
        var excerpt = sentence.Substring(claim.Start, claim.Length).Trim();
        var bindings = string.Join("、", cell.Bindings.Select(b => "{" + b + "}"));
        string fix, suggestion;
        if (claim.Negated)
        {
            suggestion = cell.Phrase;
            fix = $"若表格无误，可改写为“{cell.Phrase}”，正文将随表格自动一致";
        }
        else if (cell.Bindings.Count == 1)
        {
            suggestion = bindings;
            fix = $"若表格无误，可将“{sentence.Substring(claim.NumberStart, claim.NumberLength)}”改写为 {bindings}，正文将随表格自动一致";
        }
        else
        {
            suggestion = cell.Phrase;
            fix = $"若表格无误，可分别写作“{cell.Phrase}”，正文将随表格自动一致";
        }
        var value = Integer(cell.Value);
        var blank = context.BlankNote(cell.Sources.ToArray());
        context.Add(Info, Severity.Warning, span,
            $"{field.CellName}写“{NarrativeScan.Quote(excerpt)}”，{cell.CellName}为 {value}{blank}；{fix}",
            new DiagnosticDetails(cell.CellName, value, Integer(claim.Typed), suggestion));
    }

    private static string Integer(long v) => v.ToString(CultureInfo.InvariantCulture);
}

/// <summary>What a narrative figure counts: the table cell, or sum of cells, that a sentence restates.</summary>
internal enum FigureTarget
{
    NewRequests,
    CarriedIn,
    Concluded,
    CarriedForward,
    Reconsideration,
    LitigationDirect,
    LitigationAfterReconsideration,
    /// <summary>行政诉讼 without saying whether after 复议: both 表四 litigation groups together.</summary>
    Litigation,
    DocumentsIssued,
    DocumentsRepealed,
    DocumentsInForce,
}

/// <summary>A table figure the narrative may restate, and how to write it so that it follows the table.</summary>
/// <param name="Bindings">Key paths whose values add up to <paramref name="Value"/>.</param>
/// <param name="Phrase">The claim written with the bindings, for a claim with no number to replace (未收到申请) or two bindings.</param>
/// <param name="Sources">Key paths or prefixes the value rests on, for the （空白按 0 计） note.</param>
internal sealed record FigureCell(FigureTarget Target, string CellName, long Value, IReadOnlyList<string> Bindings, string Phrase, IReadOnlyList<string> Sources);

internal static class FigureCells
{
    /// <summary>The figures of this report the narrative may restate; 表二 columns only where the format has them.</summary>
    public static IEnumerable<FigureCell> Of(ReportData report)
    {
        var t3 = report.Table3;
        FigureCell Row(FigureTarget target, ApplicantRow row, string label, string source, string phrase)
        {
            var binding = $"{row.Path}.total";
            return new(target, Table3Schema.CellName(label, "总计"), row.Total, new[] { binding }, string.Format(CultureInfo.InvariantCulture, phrase, "{" + binding + "}"), new[] { source });
        }
        yield return Row(FigureTarget.NewRequests, t3.NewRequests, Table3Schema.NewRequestsLabel, "table3.rows.new_requests", "收到政府信息公开申请{0}件");
        yield return Row(FigureTarget.CarriedIn, t3.CarriedIn, Table3Schema.CarriedInLabel, "table3.rows.carried_in", "上年结转{0}件");
        // (七)总计 is derived from every result row unless given, so any blank result cell may be behind it.
        yield return Row(FigureTarget.Concluded, t3.ResultsTotal, Table3Schema.ResultsTotalLabel, "table3.rows.results", "办结{0}件");
        yield return Row(FigureTarget.CarriedForward, t3.CarriedForward, Table3Schema.CarriedForwardLabel, "table3.rows.carried_forward", "结转下年度继续办理{0}件");

        var t4 = report.Table4;
        FigureCell Group(FigureTarget target, Table4Group group, string phrase)
        {
            var binding = $"{group.Path}.total";
            return new(target, Table4Schema.CellName(group.Label, "总计"), group.Total, new[] { binding }, string.Format(CultureInfo.InvariantCulture, phrase, "{" + binding + "}"), new[] { group.Path });
        }
        yield return Group(FigureTarget.Reconsideration, t4.Reconsideration, "被申请行政复议{0}件");
        var direct = Group(FigureTarget.LitigationDirect, t4.LitigationDirect, "未经复议直接提起行政诉讼{0}件");
        var after = Group(FigureTarget.LitigationAfterReconsideration, t4.LitigationAfterReconsideration, "复议后提起行政诉讼{0}件");
        yield return direct;
        yield return after;
        yield return new(FigureTarget.Litigation,
            $"表四“{t4.LitigationDirect.Label}”与“{t4.LitigationAfterReconsideration.Label}”的“总计”之和",
            direct.Value + after.Value, direct.Bindings.Concat(after.Bindings).ToList(),
            direct.Phrase + "、" + after.Phrase, direct.Sources.Concat(after.Sources).ToList());

        // 表二's columns differ per format; the format's own cell list says which exist.
        var table2 = report.Table2.Cells.ToDictionary(c => c.Path, c => c);
        foreach (var (target, paths, phrase) in new (FigureTarget, string[], string)[]
        {
            (FigureTarget.DocumentsIssued, new[] { "table2.normative_documents.issued", "table2.normative_documents.newly_made" }, "制发规范性文件{0}件"),
            (FigureTarget.DocumentsRepealed, new[] { "table2.normative_documents.repealed" }, "废止规范性文件{0}件"),
            (FigureTarget.DocumentsInForce, new[] { "table2.normative_documents.in_force" }, "现行有效规范性文件{0}件"),
        })
        {
            var path = paths.FirstOrDefault(table2.ContainsKey);
            if (path is null) continue;
            var (_, cellName, value) = table2[path];
            yield return new(target, cellName, (long)value, new[] { path }, string.Format(CultureInfo.InvariantCulture, phrase, "{" + path + "}"), new[] { path });
        }
    }
}

/// <summary>One count a sentence states: what it counts, the value typed, and where (indices into the sentence).</summary>
/// <param name="Negated">The count is a “未收到/未发生…” (0), with no number written.</param>
internal readonly record struct FigureClaim(FigureTarget Target, long Typed, int Start, int Length, int NumberStart, int NumberLength, bool Negated);

/// <summary>
/// Reads the counts a sentence states about the report's own tables (see <see cref="NarrativeFigureRule"/> for
/// what is read and what never is). Pure text: the rule compares the claims with the tables.
/// </summary>
internal static partial class FigureClaims
{
    // A count in 件: digits or Chinese numerals, not part of a longer number, an ordinal, 各/每, or an approximation.
    private const string Num = @"(?<![\d.．０-９第各每近约逾超逐统唯零〇一二两三四五六七八九十百])(?<n>\d{1,6}|[零〇一二两三四五六七八九十百]{1,6})\s*件(?![次数])";

    // What may stand between a verb and its count: the words that name applications, and nothing else.
    private const string Fill = @"(?:\s|政府信息公开|依申请公开|信息公开|政府信息|公开|申请(?!人)|事项|各类|的|了|共|共计|合计|总计|累计|计|为|达|数量|件数|总数)*?";

    // “收到群众通过网络提交的政府信息公开申请”: free words, but only when they end in 申请 (not 申请人).
    private const string ToApplication = @"(?:[^\d{}，,。；;：:、□]{0,24}?申请(?!人))?";

    private const string NotNegated = @"(?<!未|没有|无|不予|不)";

    [GeneratedRegex(@"(?:新收(?!录|集)|" + NotNegated + @"(?:收到|接到|接收|受理))(?<gap>" + ToApplication + Fill + ")" + Num)]
    private static partial Regex NewRequests();

    [GeneratedRegex(@"(?:(?>上一?年度?|去年|前一年度?)|(?<y>20\d\d)\s*年度?)(?:结转|旧存|遗留)(?:至本年度?|到本年度?|至今年|过来)?(?<gap>" + Fill + ")" + Num)]
    private static partial Regex CarriedIn();

    [GeneratedRegex(NotNegated + @"(?:办结|结案|办理完毕|办理完结|办理终结|作出答复|予以答复|答复)(?<gap>" + ToApplication + Fill + ")" + Num)]
    private static partial Regex Concluded();

    [GeneratedRegex(@"(?:结转(?:至|到)?|转(?:入|至|到)?)(?:下一?年度?|(?<y>20\d\d)\s*年度?)(?:存案)?(?<gap>(?:继续办理|继续|办理|的|申请(?!人)|政府信息公开|共|计|为|数量|\s)*?)" + Num)]
    private static partial Regex CarriedForward();

    [GeneratedRegex(@"(?<!经|复议后)行政复议(?:(?:案件|申请|的|共|共计|合计|总计|为|计|\s)*?)" + Num)]
    private static partial Regex Reconsideration();

    [GeneratedRegex(@"(?:行政诉讼|被诉|被起诉)(?:(?:案件|的|共|共计|合计|总计|为|计|\s)*?)" + Num)]
    private static partial Regex Litigation();

    [GeneratedRegex(@"未经(?:行政)?复议|直接")]
    private static partial Regex DirectSuit();

    [GeneratedRegex(@"复议后|经(?:行政)?复议")]
    private static partial Regex SuitAfterReconsideration();

    [GeneratedRegex(@"(?:制发|印发|出台|制定|新制作)了?(?:(?:行政)?规范性文件(?:共|共计|合计)?\s*" + Num + "|" + Num + @"(?:行政)?规范性文件)")]
    private static partial Regex DocumentsIssued();

    [GeneratedRegex(Num + @"(?:行政)?规范性文件[^。；;，,{}\d]{0,20}?(?:不再作为(?:行政)?规范性文件管理|宣布失效|废止|失效)|废止了?(?:行政)?规范性文件(?:共|共计)?\s*" + Num)]
    private static partial Regex DocumentsRepealed();

    [GeneratedRegex(@"现行有效(?:的)?(?:行政)?规范性文件(?:共|共计)?\s*" + Num + @"|(?:行政)?规范性文件现行有效(?:的)?(?:共|共计)?\s*" + Num)]
    private static partial Regex DocumentsInForce();

    [GeneratedRegex(@"(?:(?<!尚)未|没有)(?:收到|接到)[^。；;，,{}\d]{0,20}?申请(?!人)")]
    private static partial Regex NoRequests();

    // The segment runs to the end of the clause; it must not continue into a figure (“…行政诉讼1件”).
    [GeneratedRegex(@"(?:(?<![尚并])未(?!经)|没有|(?<=^|[、\s]|" + Subject + @"|全年|本年度?)无)[^。；;，,{}\d]{0,40}")]
    private static partial Regex Negation();

    // What a count after 件 may be followed by: the end of the clause, a bracket, 申请 (“38件政府信息公开申请”), 均/已/全部.
    [GeneratedRegex(@"^(?:(?:政府信息公开|信息公开|依申请公开)?申请(?!人)|案件)?(?:$|[\s、！!？?）)（(]|均|全部|已|都)")]
    private static partial Regex CountEnds();

    // 一件 is idiom before it is a count (一件事, 办结一件申请): only at the very end of a clause.
    [GeneratedRegex(@"^(?:$|[\s、）)])")]
    private static partial Regex OneEnds();

    // Slogans count in ones: “办结一件申请、解决一个问题、温暖一颗民心”, “一件事一次办”.
    [GeneratedRegex(@"(?<![\d零〇一二两三四五六七八九十百第])一[件个颗项次条份批张桩类]")]
    private static partial Regex OneOf();

    [GeneratedRegex(@"[^，,；;：:。！!？?]+")]
    private static partial Regex Clause();

    [GeneratedRegex(@"其中|同比|环比|较上年|比上年|较去年|比去年|相比|相较|增加|减少|增长|下降|上升|持平|多出|多于|少于|增幅|降幅|计划|预计|力争|目标|以来|历年|至今|多年")]
    private static partial Regex NotThisCount();

    [GeneratedRegex(@"全市|全区|全县|全省|全国|全州|全旗|全镇|全乡|各地|各级|各部门|各单位|各乡镇|各街道|各镇|全系统|系统内|所属|下属|直属单位|市级|省级|上级|转办|转来|转交|转送|协助|协办|代为|代办|(?:市|区|县|省|州|盟|旗|镇|乡|街道)(?:人民)?政府(?!门户|网|信息公开|平台|公众号|官网|官方)")]
    private static partial Regex OtherBody();

    // A mention of a government as the frame of the work (在区政府领导下, 按照市政府要求), not as the subject of a count.
    [GeneratedRegex(@"领导|指导|部署|要求|关于|按照|根据|依托|通过|落实|贯彻")]
    private static partial Regex BodyAsContext();

    private const string Subject = "本局|我局|本机关|我机关|本单位|我单位|本部门|我部门|本委|我委|本办|我办|本级|本中心|我中心|本院|我院|本厅|我厅|本署|我署";

    [GeneratedRegex(Subject)]
    private static partial Regex OwnSubject();

    // “收到的申请中，”, “上述申请中，”: what follows in the sentence counts a part of them.
    [GeneratedRegex(@"(?:申请|案件|事项|件)中\s*$")]
    private static partial Regex PartOf();

    [GeneratedRegex(@"本年度?|今年")]
    private static partial Regex ThisYear();

    [GeneratedRegex(@"(?>上一?年度?|去年|前一年度?)(?!结转|旧存|遗留)")]
    private static partial Regex LastYear();

    [GeneratedRegex(@"(?<!结转(?:至|到)?|转(?:入|至|到)?)(?>下一?年度?|明年)")]
    private static partial Regex NextYear();

    // Counts of something other than applications, which 收到/受理/办结/答复 also take.
    [GeneratedRegex(@"复议|诉讼|提案|议案|建议|投诉|举报|信访|来信|来访|热线|12345|留言|咨询|备案|审查|补正|撤回|延期|政务服务|办件|处罚|许可|执法|舆情|意见")]
    private static partial Regex NotApplications();

    // A sentence about these is not about applications, even in the 依申请公开 paragraph.
    [GeneratedRegex(@"复议|诉讼|提案|议案|建议|投诉|举报|信访|来信|热线|12345|留言|咨询|备案|办件|政务服务")]
    private static partial Regex OtherSubject();

    [GeneratedRegex(@"依申请|信息公开申请|公开申请")]
    private static partial Regex Applications();

    // Outcomes and stages of cases, not the number of cases.
    [GeneratedRegex(@"纠错|纠正|维持|败诉|胜诉|撤销|驳回|确认违法|审结|审理中|未结|结果")]
    private static partial Regex CaseOutcome();

    [GeneratedRegex(@"备案|审查|清理|评估|起草|报送|转发|征求|修订|修改|草案")]
    private static partial Regex NotDocumentCount();

    public static IEnumerable<FigureClaim> Find(string sentence, int year, bool onRequestField)
    {
        var text = Blank(sentence);
        if (OneOf().Matches(text).Count >= 2) yield break;

        // Whether bare verbs (“办结28件”) speak of applications here.
        var applications = Applications().IsMatch(text);
        var topic = applications || (onRequestField && !OtherSubject().IsMatch(text));

        IReadOnlyList<int> years = Array.Empty<int>();
        var otherBody = false;
        var part = false;
        foreach (Match clause in Clause().Matches(text))
        {
            var c = clause.Value;
            var named = YearsNamed(c, year);
            if (named.Count > 0) years = named;
            var bodyHere = OtherBody().IsMatch(c) && !BodyAsContext().IsMatch(c);
            otherBody = OwnSubject().IsMatch(c) ? bodyHere : otherBody || bodyHere;
            if (PartOf().IsMatch(c)) part = true;
            if (part || otherBody || NotThisCount().IsMatch(c)) continue;

            var found = new List<FigureClaim>();
            bool YearFits(params int[] allowed) => years.Count == 0 || years.Any(allowed.Contains);

            if (!NotApplications().IsMatch(c))
            {
                foreach (Match m in NewRequests().Matches(c))
                    if (YearFits(year) && (topic || Names(m, "申请")))
                        Add(m, FigureTarget.NewRequests);
                foreach (Match m in CarriedIn().Matches(c))
                    if (YearFits(year, year - 1) && (topic || Names(m, "申请")) && (!m.Groups["y"].Success || int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) == year - 1))
                        Add(m, FigureTarget.CarriedIn);
                foreach (Match m in Concluded().Matches(c))
                    if (YearFits(year) && (topic || Names(m, "申请")))
                        Add(m, FigureTarget.Concluded);
                foreach (Match m in CarriedForward().Matches(c))
                    if (YearFits(year, year + 1) && (topic || Names(m, "申请")) && (!m.Groups["y"].Success || int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) == year + 1))
                        Add(m, FigureTarget.CarriedForward);
            }
            // “未收到政府信息依申请公开以及…行政复议”: the words up to 申请 decide what was not received.
            foreach (Match m in NoRequests().Matches(c))
                if (YearFits(year) && !NotApplications().IsMatch(m.Value))
                    found.Add(new FigureClaim(FigureTarget.NewRequests, 0, clause.Index + m.Index, m.Length, 0, 0, Negated: true));

            if (!CaseOutcome().IsMatch(c) && YearFits(year))
            {
                foreach (Match m in Reconsideration().Matches(c))
                    Add(m, FigureTarget.Reconsideration);
                foreach (Match m in Litigation().Matches(c))
                {
                    var before = c[..m.Index];
                    var target = DirectSuit().IsMatch(before) ? FigureTarget.LitigationDirect
                        : SuitAfterReconsideration().IsMatch(before) ? FigureTarget.LitigationAfterReconsideration
                        : FigureTarget.Litigation;
                    Add(m, target);
                }
                foreach (Match m in Negation().Matches(c))
                {
                    var end = m.Index + m.Length;
                    if (end < c.Length && (char.IsAsciiDigit(c[end]) || c[end] == '{')) continue;
                    var segment = m.Value;
                    var length = segment.TrimEnd().Length;
                    if (segment.Contains("行政复议", StringComparison.Ordinal))
                        found.Add(new FigureClaim(FigureTarget.Reconsideration, 0, clause.Index + m.Index, length, 0, 0, Negated: true));
                    if (segment.Contains("行政诉讼", StringComparison.Ordinal) || segment.Contains("提起诉讼", StringComparison.Ordinal))
                        found.Add(new FigureClaim(FigureTarget.Litigation, 0, clause.Index + m.Index, length, 0, 0, Negated: true));
                }
            }

            if (!NotDocumentCount().IsMatch(c) && YearFits(year))
            {
                foreach (Match m in DocumentsIssued().Matches(c)) Add(m, FigureTarget.DocumentsIssued);
                foreach (Match m in DocumentsRepealed().Matches(c)) Add(m, FigureTarget.DocumentsRepealed);
                foreach (Match m in DocumentsInForce().Matches(c)) Add(m, FigureTarget.DocumentsInForce);
            }

            foreach (var claim in found) yield return claim;

            void Add(Match m, FigureTarget target)
            {
                var n = m.Groups["n"];
                var rest = c[(m.Index + m.Length)..];
                if (n.Value == "一" ? !OneEnds().IsMatch(rest) : !CountEnds().IsMatch(rest)) return;
                if (NarrativeScan.ParseNumber(n.Value) is not { } typed) return;
                found.Add(new FigureClaim(target, typed, clause.Index + m.Index, m.Length, clause.Index + n.Index, n.Length, Negated: false));
            }
        }
    }

    private static bool Names(Match m, string word) => m.Groups["gap"].Value.Contains(word, StringComparison.Ordinal);

    private static IReadOnlyList<int> YearsNamed(string clause, int year)
    {
        var years = NarrativeScan.Years(clause).ToList();
        if (ThisYear().IsMatch(clause)) years.Add(year);
        if (LastYear().IsMatch(clause)) years.Add(year - 1);
        if (NextYear().IsMatch(clause)) years.Add(year + 1);
        return years;
    }

    /// <summary>
    /// The sentence with the inside of 《》 and quotation marks replaced by □ (same length, so indices still point
    /// into the original): a title or a slogan states no count of the report's own.
    /// </summary>
    public static string Blank(string sentence)
    {
        var chars = sentence.ToCharArray();
        var depth = 0;
        char? closing = null;
        for (var i = 0; i < chars.Length; i++)
        {
            var ch = chars[i];
            if (closing is null)
            {
                if (ch == '《') depth++;
                else if (ch == '》' && depth > 0) depth--;
                else if (depth == 0 && ch is '“' or '「' or '『' or '"' or '‘')
                {
                    closing = ch switch { '“' => '”', '「' => '」', '『' => '』', '‘' => '’', _ => '"' };
                    continue;
                }
                else if (depth > 0) chars[i] = '□';
            }
            else if (ch == closing) closing = null;
            else chars[i] = '□';
        }
        return new string(chars);
    }
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

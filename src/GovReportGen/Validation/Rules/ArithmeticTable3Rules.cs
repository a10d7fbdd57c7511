using System.Globalization;
using GovReportGen.Data.Model;
using GovReportGen.Data.Common;

namespace GovReportGen.Validation.Rules;

/// <summary>
/// GRG2001: per column, 一 + 二 = 三 + 四 (the 勾稽 note printed in the table head).
/// Position: the column's cell in row 一 (<c>new_requests</c>), i.e. the first cell of the column; for a
/// derived 总计 that falls back to the <c>new_requests</c> key.
/// </summary>
internal sealed class Table3BalanceRule : IRule
{
    public RuleInfo Info { get; } = new("GRG2001", RuleSeverity.Error,
        "表三每一列（7 列）：本年新收 + 上年结转 = 办理结果（七）总计 + 结转下年度继续办理（一 + 二 = 三 + 四）");

    public void Check(RuleContext context)
    {
        var t = context.Report.Table3;
        var applicantFailed = false;
        for (var i = 0; i < Table3Schema.Columns.Count; i++)
        {
            // The 总计 column is the sum of the others: if one of them is out of balance, so is 总计,
            // and saying it twice would only hide which column is wrong.
            if (i == Table3Schema.TotalColumn && applicantFailed) break;
            long n = t.NewRequests.Cells[i], c = t.CarriedIn.Cells[i], r = t.ResultsTotal.Cells[i], f = t.CarriedForward.Cells[i];
            if (n + c == r + f) continue;
            if (i != Table3Schema.TotalColumn) applicantFailed = true;
            var (key, label) = Table3Schema.Columns[i];
            // Which side is short says where to look: results missing (or received over-counted), or the reverse.
            var hint = n + c > r + f
                ? $"办理结果和结转下年度比收到的少 {n + c - r - f} 件：是否漏填了某项办理结果或结转下年度？"
                : $"办理结果和结转下年度比收到的多 {r + f - n - c} 件：是否多填了办理结果，或漏填了本年新收、上年结转？";
            context.Error(Info, $"{t.NewRequests.Path}.{key}",
                $"表三“{label}”列：本年新收({n})+上年结转({c})={n + c} ≠ 办理结果总计({r})+结转下年度({f})={r + f}；{hint}请核对该列的“一、本年新收”“二、上年结转”“（七）总计”（及其各办理结果）和“四、结转下年度”"
                + context.BlankNote(Table3Columns.Paths(t, i)),
                new DiagnosticDetails($"表三“{label}”列", Expected: (n + c).ToString(CultureInfo.InvariantCulture), Actual: (r + f).ToString(CultureInfo.InvariantCulture)));
        }
    }
}

/// <summary>GRG2002: a given row total must be the sum of the 6 applicant columns; an omitted one is derived and cannot be wrong.</summary>
internal sealed class Table3RowTotalRule : IRule
{
    public RuleInfo Info { get; } = new("GRG2002", RuleSeverity.Error,
        "表三每一行：填写了“总计”列时，应等于 6 个申请人列之和（不填则自动计算）");

    public void Check(RuleContext context)
    {
        foreach (var row in context.Report.Table3.AllRows)
        {
            if (!row.TotalGiven || row.Total == row.SumOfApplicants) continue;
            var difference = Math.Abs(row.SumOfApplicants - row.Total);
            context.Error(Info, $"{row.Path}.total",
                $"表三“{row.Label}”行：各申请人列之和({row.SumOfApplicants}) ≠ 总计({row.Total})，相差 {difference}；请核对该行自然人至其他 6 列，或删去总计由程序计算"
                + context.BlankNote(row.Path),
                new DiagnosticDetails($"表三“{row.Label}”行／总计", Expected: row.SumOfApplicants.ToString(CultureInfo.InvariantCulture), Actual: row.Total.ToString(CultureInfo.InvariantCulture)));
        }
    }
}

/// <summary>GRG2003: a given （七）总计 cell must be the sum of every leaf result row in its column.</summary>
internal sealed class Table3ResultsTotalRule : IRule
{
    public RuleInfo Info { get; } = new("GRG2003", RuleSeverity.Error,
        "表三每一列：填写了“（七）总计”时，应等于全部办理结果子项之和（（一）、（二）、（三）1–8、（四）1–3、（五）1–5、（六））");

    public void Check(RuleContext context)
    {
        var t = context.Report.Table3;
        var leafSum = t.LeafSum;
        for (var i = 0; i < Table3Schema.Columns.Count; i++)
        {
            if (!t.ResultsTotalGiven[i] || t.ResultsTotal.Cells[i] == leafSum.Cells[i]) continue;
            var (key, label) = Table3Schema.Columns[i];
            var given = t.ResultsTotal.Cells[i];
            var hint = given > leafSum.Cells[i]
                ? $"各办理结果之和比总计少 {given - leafSum.Cells[i]}：是否漏填了某项办理结果？"
                : $"各办理结果之和比总计多 {leafSum.Cells[i] - given}：是否重复填写了某项办理结果，或总计少写？";
            context.Error(Info, $"{t.ResultsTotal.Path}.{key}",
                $"表三“{label}”列：{Table3Schema.ResultsTotalLabel}({given}) ≠ 各办理结果之和({leafSum.Cells[i]})；{hint}请核对该列（一）至（六）各项"
                + context.BlankNote(Table3Columns.ResultPaths(t, i)),
                new DiagnosticDetails($"表三 {Table3Schema.ResultsTotalLabel}／{label}", Expected: leafSum.Cells[i].ToString(CultureInfo.InvariantCulture), Actual: t.ResultsTotal.Cells[i].ToString(CultureInfo.InvariantCulture)));
        }
    }
}

/// <summary>The key paths behind one column of 表三's figures, so a message can say when one of them was read as 0.</summary>
internal static class Table3Columns
{
    /// <summary>Every cell of column <paramref name="i"/> in the rows the balance (一 + 二 = 三 + 四) reads; the 总计 column rests on whole rows.</summary>
    public static string[] Paths(Table3 t, int i) =>
        new[] { t.NewRequests, t.CarriedIn, t.ResultsTotal, t.CarriedForward }.Concat(t.LeafResults).Select(r => Cell(r, i)).ToArray();

    /// <summary>The result rows and the （七）总计 cell of column <paramref name="i"/>.</summary>
    public static string[] ResultPaths(Table3 t, int i) => t.LeafResults.Append(t.ResultsTotal).Select(r => Cell(r, i)).ToArray();

    private static string Cell(ApplicantRow row, int i) =>
        i == Table3Schema.TotalColumn ? row.Path : $"{row.Path}.{Table3Schema.Columns[i].Key}";
}

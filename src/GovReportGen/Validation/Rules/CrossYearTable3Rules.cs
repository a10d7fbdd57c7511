using GovReportGen.Data.Model;
using GovReportGen.Data.Schema;
using GovReportGen.Data.Common;

namespace GovReportGen.Validation.Rules;

/// <summary>
/// GRG3001: 二、上年结转 this year = 四、结转下年度继续办理 last year, per column. Table 三's rows 二/四 and
/// its columns are the same in both formats, so this also holds across 2020 → 2021.
/// </summary>
internal sealed class CarriedInMatchesLastYearRule : IRule
{
    public RuleInfo Info { get; } = new("GRG3001", RuleSeverity.Error,
        "表三每一列：本年“上年结转”应等于上一年度“结转下年度继续办理”（含 2020→2021 格式变更；可用 acknowledge 写明理由后降为警告）");

    public void Check(RuleContext context)
    {
        if (context.Previous is not { } previous) return;
        var carriedIn = context.Report.Table3.CarriedIn;
        var lastForward = previous.Table3.CarriedForward;
        var applicantFailed = false;
        for (var i = 0; i < Table3Schema.Columns.Count; i++)
        {
            // 总计 follows from the applicant columns; a second report of the same gap would add nothing.
            if (i == Table3Schema.TotalColumn && applicantFailed) break;
            if (carriedIn.Cells[i] == lastForward.Cells[i]) continue;
            if (i != Table3Schema.TotalColumn) applicantFailed = true;
            var (key, label) = Table3Schema.Columns[i];
            context.Error(Info, $"{carriedIn.Path}.{key}",
                $"表三“{label}”列：本年上年结转({carriedIn.Cells[i]}) ≠ {previous.Year}年度结转下年度继续办理({lastForward.Cells[i]})，相差 {Math.Abs(carriedIn.Cells[i] - lastForward.Cells[i])}；"
                + $"上年数字无误时请改为 {lastForward.Cells[i]}，上年报告有误时请在 acknowledge 中写明理由");
        }
    }
}

/// <summary>GRG3005: the cross-year checks silently need last year's file; say so when earlier years exist but it does not load.</summary>
internal sealed class PreviousYearMissingRule : IRule
{
    public RuleInfo Info { get; } = new("GRG3005", RuleSeverity.Warning,
        "存在更早年度的数据，但上一年度的数据文件缺失或有错误，跨年度检查已跳过");

    public void Check(RuleContext context)
    {
        if (!context.HasEarlierYears || context.Previous is not null) return;
        var last = context.Report.Year - 1;
        context.Warning(Info, "year",
            $"上一年度（{last}年）的数据文件 {last}.yaml 缺失或有错误，而更早年度的数据存在；跨年度核对（上年结转等）已跳过");
    }
}

/// <summary>
/// GRG3006: a figure more than 5× or less than a fifth of last year's, where the larger is ≥ 10 (an extra
/// digit, the wrong row). Table 二 cells are compared by key path, so across a format change only the cells
/// both formats share are compared. In table 三 the 总计 column is reported only when no applicant column of
/// that row jumped, for the same reason as GRG2001.
/// </summary>
internal sealed class YearOnYearJumpRule : IRule
{
    public const decimal Factor = 5m;
    public const decimal Floor = 10m;

    public RuleInfo Info { get; } = new("GRG3006", RuleSeverity.Warning,
        "数字与上年相比跳变：超过上年的 5 倍或不足五分之一，且两者较大者 ≥ 10（表二件数，表三本年新收和（七）总计各列）");

    /// <summary>True when <paramref name="now"/> differs from <paramref name="last"/> by more than <see cref="Factor"/>× either way; a rise from 0 to ≥ 10 counts.</summary>
    public static bool IsJump(decimal last, decimal now) =>
        Math.Max(last, now) >= Floor && (now > last * Factor || now * Factor < last);

    public void Check(RuleContext context)
    {
        if (context.Previous is not { } previous) return;
        var lastCells = previous.Table2.Cells.ToDictionary(c => c.Path, c => c.Value, StringComparer.Ordinal);
        // A cell read as 0 because it was left blank would "drop" from last year's figure: the blank is already reported.
        foreach (var (path, cellName, value) in context.Report.Table2.Cells)
            if (lastCells.TryGetValue(path, out var last) && IsJump(last, value) && !context.IsDefaulted(path))
                Report(context, path, cellName, last, value);

        var t = context.Report.Table3;
        CheckRow(context, t.NewRequests, previous.Table3.NewRequests);
        CheckRow(context, t.ResultsTotal, previous.Table3.ResultsTotal);
    }

    private void CheckRow(RuleContext context, ApplicantRow row, ApplicantRow lastRow)
    {
        var applicantJumped = false;
        for (var i = 0; i < Table3Schema.Columns.Count; i++)
        {
            if (i == Table3Schema.TotalColumn && applicantJumped) break;
            if (!IsJump(lastRow.Cells[i], row.Cells[i]) || context.IsDefaulted(i == Table3Schema.TotalColumn ? row.Path : $"{row.Path}.{Table3Schema.Columns[i].Key}")) continue;
            if (i != Table3Schema.TotalColumn) applicantJumped = true;
            var (key, label) = Table3Schema.Columns[i];
            Report(context, $"{row.Path}.{key}", Table3Schema.CellName(row.Label, label), lastRow.Cells[i], row.Cells[i]);
        }
    }

    private void Report(RuleContext context, string path, string cellName, decimal last, decimal now) =>
        context.Warning(Info, path,
            $"{cellName}本年为 {ScalarParser.FormatDecimal(now)}，{context.Previous!.Year}年度为 {ScalarParser.FormatDecimal(last)}，变化超过 {Factor} 倍，请核对是否多打或少打一位、填错行");
}

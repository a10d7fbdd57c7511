using System.Globalization;
using GovReportGen.Validation;

namespace GovReportGen.Formats.Gov2019;

/// <summary>Rules that exist only in gov-2019 (its signed 本年增/减 and its publication totals).</summary>
internal static class Gov2019Rules
{
    public static readonly IReadOnlyList<IRule> All = new IRule[]
    {
        new NegativeItemCountRule(),
        new NewlyPublishedExceedsTotalRule(),
        new ItemsCarryOverRule(),
        new TotalPublishedCarriesOverRule(),
    };

    /// <summary>
    /// The sums of GRG2010 and GRG2011 and (with last year's 表二) GRG3002 and GRG3003, for the spreadsheet form's 勾稽
    /// cells. The item rows are the 表二 blocks that have a 本年增/减.
    /// </summary>
    public static IEnumerable<BalanceCheck> Checks(Data.Schema.MapSchema schema, Gov2019Table2? last, int lastYear)
    {
        var table2 = (Data.Schema.MapSchema)schema.Child("table2")!;
        var itemRows = table2.Children.OfType<Data.Schema.MapSchema>().Where(b => b.Child("change") is not null).ToList();
        foreach (var row in itemRows)
            yield return new BalanceCheck("GRG2010", $"“{row.Label}”上一年项目数量 + 本年增/减 ≥ 0",
                [($"table2.{row.Key}.previous_year_items", 1), ($"table2.{row.Key}.change", 1)], BalanceRelation.AtLeast, 0);
        foreach (var (key, label) in Gov2019Table2.RegulationRows)
            yield return new BalanceCheck("GRG2011", $"“{label}”本年新公开数量 ≤ 对外公开总数量",
                [($"table2.{key}.newly_published", 1), ($"table2.{key}.total_published", -1)], BalanceRelation.AtMost, 0);
        if (last is null) yield break;
        foreach (var items in last.ItemRows)
            yield return new BalanceCheck("GRG3002", $"“{items.Label}”上一年项目数量 = {lastYear}年度年末项目数量({items.ItemsAtYearEnd})",
                [($"table2.{items.Key}.previous_year_items", 1)], BalanceRelation.Equal, items.ItemsAtYearEnd);
        foreach (var (key, label, counts) in last.Regulations)
            yield return new BalanceCheck("GRG3003", $"“{label}”对外公开总数量 = {lastYear}年度对外公开总数量({counts.TotalPublished}) + 本年新公开数量",
                [($"table2.{key}.total_published", 1), ($"table2.{key}.newly_published", -1)], BalanceRelation.Equal, counts.TotalPublished);
    }

    /// <summary>本年增/减 with its sign, as a change reads: +2, -3, 0.</summary>
    internal static string Signed(long value) => value.ToString("+0;-0;0", CultureInfo.InvariantCulture);
}

/// <summary>GRG2010: 上一年项目数量 + 本年增/减 is this year's item count and cannot be negative.</summary>
internal sealed class NegativeItemCountRule : IRule
{
    public RuleInfo Info { get; } = new("GRG2010", RuleSeverity.Error,
        "gov-2019 表二：上一年项目数量 + 本年增/减 < 0（年末项目数量不能为负）");

    public void Check(RuleContext context)
    {
        if (context.Report.Table2 is not Gov2019Table2 t) return;
        foreach (var row in t.ItemRows)
        {
            if (row.ItemsAtYearEnd >= 0) continue;
            context.Error(Info, $"table2.{row.Key}.change",
                $"表二“{row.Label}”上一年项目数量({row.PreviousYearItems})+本年增/减({Gov2019Rules.Signed(row.Change)})={row.ItemsAtYearEnd}，年末项目数量不能为负");
        }
    }
}

/// <summary>GRG2011: what was newly published this year is part of what is published in total.</summary>
internal sealed class NewlyPublishedExceedsTotalRule : IRule
{
    public RuleInfo Info { get; } = new("GRG2011", RuleSeverity.Warning,
        "gov-2019 表二：规章或规范性文件的本年新公开数量大于对外公开总数量");

    public void Check(RuleContext context)
    {
        if (context.Report.Table2 is not Gov2019Table2 t) return;
        foreach (var (key, label, c) in t.Regulations)
        {
            if (c.NewlyPublished <= c.TotalPublished) continue;
            context.Warning(Info, $"table2.{key}.newly_published",
                $"表二“{label}”本年新公开数量({c.NewlyPublished}) 大于 对外公开总数量({c.TotalPublished})，请核对");
        }
    }
}

/// <summary>
/// GRG3002 (2019 → 2020): 上一年项目数量 must be last year's 上一年项目数量 + 本年增/减. Only gov-2019 has
/// these cells, so both years must be gov-2019.
/// </summary>
internal sealed class ItemsCarryOverRule : IRule
{
    public RuleInfo Info { get; } = new("GRG3002", RuleSeverity.Error,
        "gov-2019 相邻两年表二：行政许可、其他对外管理服务事项、行政处罚、行政强制、行政事业性收费的本年“上一年项目数量” = 上年的“上一年项目数量 + 本年增/减”（可用 acknowledge 写明理由后降为警告）");

    public void Check(RuleContext context)
    {
        if (context.Report.Table2 is not Gov2019Table2 t || context.Previous?.Table2 is not Gov2019Table2 last) return;
        var lastRows = last.ItemRows.ToDictionary(r => r.Key, StringComparer.Ordinal);
        foreach (var row in t.ItemRows)
        {
            var before = lastRows[row.Key];
            if (row.PreviousYearItems == before.ItemsAtYearEnd) continue;
            context.Error(Info, $"table2.{row.Key}.previous_year_items",
                $"表二“{row.Label}”上一年项目数量({row.PreviousYearItems}) ≠ {context.Previous.Year}年度 上一年项目数量({before.PreviousYearItems})+本年增/减({Gov2019Rules.Signed(before.Change)})={before.ItemsAtYearEnd}");
        }
    }
}

/// <summary>GRG3003: 对外公开总数量 grows by what was newly published; withdrawals break it, hence a warning.</summary>
internal sealed class TotalPublishedCarriesOverRule : IRule
{
    public RuleInfo Info { get; } = new("GRG3003", RuleSeverity.Warning,
        "gov-2019 相邻两年表二：本年对外公开总数量 = 上年对外公开总数量 + 本年新公开数量（有撤回时可能不符）");

    public void Check(RuleContext context)
    {
        if (context.Report.Table2 is not Gov2019Table2 t || context.Previous?.Table2 is not Gov2019Table2 last) return;
        var lastRows = last.Regulations.ToDictionary(r => r.Key, r => r.Counts, StringComparer.Ordinal);
        foreach (var (key, label, c) in t.Regulations)
        {
            var before = lastRows[key].TotalPublished;
            var expected = before + c.NewlyPublished;
            if (c.TotalPublished == expected) continue;
            context.Warning(Info, $"table2.{key}.total_published",
                $"表二“{label}”对外公开总数量({c.TotalPublished}) ≠ {context.Previous.Year}年度对外公开总数量({before})+本年新公开数量({c.NewlyPublished})={expected}（如有撤回可忽略）");
        }
    }
}

using GovReportGen.Validation;

namespace GovReportGen.Formats.Gov2021;

/// <summary>Rules that exist only in gov-2021.</summary>
internal static class Gov2021Rules
{
    public static readonly IReadOnlyList<IRule> All = new IRule[]
    {
        new IssuedExceedsInForceRule(),
        new InForceCarriesOverRule(),
    };

    /// <summary>The sums of GRG2009 and (with last year's 表二) GRG3004, for the spreadsheet form's 勾稽 cells.</summary>
    public static IEnumerable<BalanceCheck> Checks(Gov2021Table2? last, int lastYear)
    {
        foreach (var (key, label) in Gov2021Table2.RegulationRows)
            yield return new BalanceCheck("GRG2009", $"“{label}”本年制发件数 ≤ 现行有效件数",
                [($"table2.{key}.issued", 1), ($"table2.{key}.in_force", -1)], BalanceRelation.AtMost, 0);
        if (last is null) yield break;
        foreach (var (key, label, counts) in last.Regulations)
            yield return new BalanceCheck("GRG3004", $"“{label}”现行有效件数 = {lastYear}年度现行有效件数({counts.InForce}) + 本年制发件数 − 本年废止件数",
                [($"table2.{key}.in_force", 1), ($"table2.{key}.issued", -1), ($"table2.{key}.repealed", 1)], BalanceRelation.Equal, counts.InForce);
    }
}

/// <summary>GRG2009: more documents issued than in force is possible only if some were repealed in the year they were issued.</summary>
internal sealed class IssuedExceedsInForceRule : IRule
{
    public RuleInfo Info { get; } = new("GRG2009", RuleSeverity.Warning,
        "gov-2021 表二：规章或行政规范性文件的本年制发件数大于现行有效件数（只有当年制发又当年废止才可能）");

    public void Check(RuleContext context)
    {
        if (context.Report.Table2 is not Gov2021Table2 t) return;
        foreach (var (key, label, c) in t.Regulations)
        {
            if (c.Issued <= c.InForce) continue;
            context.Warning(Info, $"table2.{key}.issued",
                $"表二“{label}”本年制发件数({c.Issued}) 大于 现行有效件数({c.InForce})：只有当年制发的文件又在当年废止才会如此，请核对");
        }
    }
}

/// <summary>
/// GRG3004: 现行有效 this year = last year's 现行有效 + 本年制发 − 本年废止. Documents that lapse without a
/// formal repeal break it, so it only warns. Needs last year in gov-2021 too (2022 onward).
/// </summary>
internal sealed class InForceCarriesOverRule : IRule
{
    public RuleInfo Info { get; } = new("GRG3004", RuleSeverity.Warning,
        "gov-2021（2022 年起）表二：本年现行有效件数 = 上年现行有效件数 + 本年制发件数 − 本年废止件数");

    public void Check(RuleContext context)
    {
        if (context.Report.Table2 is not Gov2021Table2 t || context.Previous?.Table2 is not Gov2021Table2 last) return;
        var lastRows = last.Regulations.ToDictionary(r => r.Key, r => r.Counts);
        foreach (var (key, label, c) in t.Regulations)
        {
            var before = lastRows[key].InForce;
            var expected = before + c.Issued - c.Repealed;
            if (c.InForce == expected) continue;
            context.Warning(Info, $"table2.{key}.in_force",
                $"表二“{label}”现行有效件数({c.InForce}) ≠ {context.Previous.Year}年现行有效({before})+本年制发({c.Issued})−本年废止({c.Repealed})={expected}");
        }
    }
}

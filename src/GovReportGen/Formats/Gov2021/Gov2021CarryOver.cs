namespace GovReportGen.Formats.Gov2021;

/// <summary>What a new gov-2021 year file takes from last year's 表二: 现行有效件数 (GRG3004 checks the arithmetic).</summary>
internal static class Gov2021CarryOver
{
    public static IEnumerable<CarriedFigure> From(Gov2021Table2 last, int lastYear) =>
        last.Regulations
            .Where(r => r.Counts.InForce >= 0)
            .Select(r => new CarriedFigure($"table2.{r.Key}.in_force", r.Counts.InForce,
                $"此为{lastYear}年度数字，请加本年制发件数、减本年废止件数后更新"));
}

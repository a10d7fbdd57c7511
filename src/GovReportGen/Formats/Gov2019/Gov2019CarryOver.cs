namespace GovReportGen.Formats.Gov2019;

/// <summary>
/// What a new gov-2019 year file takes from last year's 表二: 对外公开总数量 (GRG3003) and the year-end item
/// counts as 上一年项目数量 (GRG3002).
/// </summary>
internal static class Gov2019CarryOver
{
    public static IEnumerable<CarriedFigure> From(Gov2019Table2 last, int lastYear)
    {
        foreach (var (key, _, counts) in last.Regulations)
        {
            if (counts.TotalPublished >= 0)
                yield return new CarriedFigure($"table2.{key}.total_published", counts.TotalPublished,
                    $"此为{lastYear}年度数字，请加上本年新公开数量后更新");
        }
        foreach (var items in last.ItemRows)
        {
            if (items.ItemsAtYearEnd >= 0)
                yield return new CarriedFigure($"table2.{items.Key}.previous_year_items", items.ItemsAtYearEnd,
                    $"={lastYear}年度上一年项目数量({items.PreviousYearItems})+本年增/减({items.Change:+0;-0;0})");
        }
    }
}

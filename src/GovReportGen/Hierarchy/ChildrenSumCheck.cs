using GovReportGen.Data;
using GovReportGen.Data.Model;
using GovReportGen.Diagnostics;
using GovReportGen.Validation;

namespace GovReportGen.Hierarchy;

/// <summary>
/// GRG7001: an agency whose own report covers its subordinate agencies (<c>covers_children: true</c>) should print, in
/// every cell of 表二, 表三 and 表四, the sum of its direct subordinates' reports of the same year. The comparison
/// needs every subordinate's report of that year, loaded without errors and in the same table format; otherwise the
/// finding says which are missing and nothing is compared (a partial sum would flag every cell).
/// </summary>
internal static class ChildrenSumCheck
{
    private static RuleInfo Rule => RuleCatalog.ChildrenSum;

    /// <summary>Subordinates named in one message before it says 等 N 个机关.</summary>
    private const int NamesListed = 5;

    public static IEnumerable<Diagnostic> Check(ReportData parent, AgencyTree tree, DataSet data)
    {
        var children = tree.ChildrenOf(parent.Agency.Id);
        var declared = parent.Agency.Fields.SpanOf("covers_children");
        if (children.Count == 0)
        {
            yield return Warning(declared, "covers_children",
                $"本机关声明本报告涵盖下属机关（covers_children: true），但没有机关以“{parent.Agency.Id}”为上级机关（parent_id），无从与下属机关的报告比较");
            yield break;
        }

        var reports = new List<ReportData>();
        var missing = new List<string>();
        foreach (var child in children)
        {
            var loaded = data.Find(child, parent.Year);
            if (loaded is null) missing.Add($"{child}（没有 {parent.Year} 年度报告）");
            else if (!loaded.LoadedCleanly || loaded.Data is null) missing.Add($"{child}（{parent.Year} 年度报告有错误，未能读入）");
            else if (loaded.Data.Format.Id != parent.Format.Id) missing.Add($"{child}（使用 {loaded.Data.Format.Id} 表格格式，本报告为 {parent.Format.Id}）");
            else reports.Add(loaded.Data);
        }
        if (missing.Count > 0)
        {
            yield return Warning(declared, "covers_children",
                $"本报告涵盖下属机关（covers_children: true），但下属机关的 {parent.Year} 年度报告不全：{string.Join("、", missing)}；" +
                $"需要全部 {children.Count} 个直接下属机关的同年度报告，未与下属机关合计比较");
            yield break;
        }

        var who = children.Count <= NamesListed
            ? $"下属 {children.Count} 个机关（{string.Join("、", children)}）"
            : $"下属 {children.Count} 个机关（{string.Join("、", children.Take(NamesListed))}等）";
        foreach (var table in parent.Format.Structure.Tables)
        {
            var differences = new List<(OfficialCell Cell, decimal Own, decimal Sum, bool IsTotal)>();
            foreach (var cell in table.Rows.SelectMany(r => r).Where(c => c.IsFigure))
            {
                var own = OfficialFigures.Value(parent, cell.Key!);
                var sum = reports.Sum(r => OfficialFigures.Value(r, cell.Key!));
                if (own != sum) differences.Add((cell, own, sum, OfficialFigures.IsTotal(parent.Format, cell.Key!)));
            }
            // A 总计 moves with every cell it sums: name it only when no summed cell of the table explains it.
            var shown = differences.Any(d => !d.IsTotal) ? differences.Where(d => !d.IsTotal) : differences;
            foreach (var (cell, own, sum, _) in shown)
            {
                var difference = own - sum;
                yield return Warning(parent.SpanOf(cell.Key!), cell.Key!,
                    $"{cell.Name}为 {OfficialFigures.Print(own)}，{who}{parent.Year} 年度报告之和为 {OfficialFigures.Print(sum)}" +
                    $"（{(difference > 0 ? "多" : "少")} {OfficialFigures.Print(Math.Abs(difference))}）；本报告声明涵盖下属机关（covers_children: true）",
                    cell.Name, OfficialFigures.Print(sum), OfficialFigures.Print(own));
            }
        }
    }

    private static Diagnostic Warning(SourceSpan span, string key, string message, string? cell = null, string? expected = null, string? actual = null) =>
        new(Rule.Id, Severity.Warning, span, message) { KeyPath = key, CellLabel = cell, Expected = expected, Actual = actual };
}

using GovReportGen.Data;
using GovReportGen.Documents;
using GovReportGen.Documents.Tables;
using GovReportGen.Templating;

namespace GovReportGen.Tests.Templating;

/// <summary>
/// GRG4009: compares a rendered Document's section headings and table labels with <see cref="OfficialWording"/>.
/// Each finding is one line in the compiler shape, pointing at the template that holds the drifted text (the first
/// template the report used that contains it; the main template when no template has it literally).
/// </summary>
internal sealed class OfficialWordingLint(TemplateSources sources, TemplateResult result, string formatId, string displayRoot)
{
    private static readonly string[] TableNames = ["表二", "表三", "表四"];
    private readonly List<string> _findings = new();

    public static IReadOnlyList<string> Check(TemplateSources sources, TemplateResult result, string formatId, string displayRoot)
    {
        var lint = new OfficialWordingLint(sources, result, formatId, displayRoot);
        lint.Run();
        return lint._findings;
    }

    private void Run()
    {
        var document = result.Document ?? throw new InvalidOperationException("the report did not render");
        var headings = document.Blocks.OfType<Heading>().Where(h => h.Level == 2).Select(h => InlineText.ToSingleLine(h.Inlines)).ToList();
        Compare("", headings, OfficialWording.SectionHeadings);

        var tables = document.Blocks.OfType<Table>().ToList();
        var expected = OfficialWording.Tables(formatId);
        if (tables.Count != expected.Length)
            Report(MainTemplate(), $"报告有 {tables.Count} 张表格，官方格式为 {expected.Length} 张");
        for (var t = 0; t < Math.Min(tables.Count, expected.Length); t++)
            CompareTable(TableNames[t], tables[t].Grid, expected[t]);
    }

    private void CompareTable(string name, TableGrid grid, OfficialWording.Row[] expected)
    {
        if (grid.RowCount != expected.Length)
            Report(MainTemplate(), $"{name}有 {grid.RowCount} 行，官方格式为 {expected.Length} 行");
        for (var r = 0; r < Math.Min(grid.RowCount, expected.Length); r++)
        {
            var origins = grid.OriginsInRow(r).ToList();
            var headers = origins.Where(o => o.IsHeader).Select(o => InlineText.ToSingleLine(o.Content)).ToList();
            Compare($"{name}第{r + 1}行", headers, expected[r].Headers);
            var numbers = origins.Count(o => !o.IsHeader);
            if (numbers != expected[r].NumberCells)
                Report(MainTemplate(), $"{name}第{r + 1}行有 {numbers} 个数字单元格，官方格式为 {expected[r].NumberCells} 个");
        }
    }

    private void Compare(string where, IReadOnlyList<string> actual, IReadOnlyList<string> expected)
    {
        for (var i = 0; i < Math.Max(actual.Count, expected.Count); i++)
        {
            var a = i < actual.Count ? actual[i] : null;
            var e = i < expected.Count ? expected[i] : null;
            if (a == e) continue;
            if (a is null) Report(MainTemplate(), $"{where}缺少官方格式的标题“{e}”");
            else if (e is null) Report(Locate(a), $"{where}标题“{a}”不在官方格式中");
            else Report(Locate(a), $"{where}标题“{a}”与官方格式“{e}”不一致");
        }
    }

    private void Report(string location, string message) => _findings.Add($"{location}: 错误 GRG4009: {message}");

    private string MainTemplate() => Display($"{formatId}/{ReportTemplater.MainTemplate}") + "(1,1)";

    /// <summary>The first line and column, in the templates this report used, where the text is written literally.</summary>
    private string Locate(string text)
    {
        foreach (var relative in result.TemplatesUsed)
        {
            var source = sources.Read(relative);
            var index = source?.IndexOf(text, StringComparison.Ordinal) ?? -1;
            if (index < 0) continue;
            var line = source![..index].Count(c => c == '\n') + 1;
            var column = index - (index == 0 ? 0 : source.LastIndexOf('\n', index - 1) + 1) + 1;
            return $"{Display(relative)}({line},{column})";
        }
        return MainTemplate();
    }

    private string Display(string relative) => DataLayout.Display(Path.Combine(sources.Root, relative), displayRoot);
}

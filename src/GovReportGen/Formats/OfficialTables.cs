using GovReportGen.Data.Common;
using GovReportGen.Data.Model;
using GovReportGen.Data.Schema;

namespace GovReportGen.Formats;

/// <summary>
/// Builds a format's <see cref="OfficialStructure"/> from its schema (docs/formats.md §1.3, §2.1–§2.3, §3.1–§3.3): the
/// labels are the schema's, so the printed table and the data binding cannot name a cell differently. The parts all
/// formats share (the six headings, 表三 and 表四) are here; each format passes what is its own.
/// </summary>
internal static class OfficialTables
{
    public const string Section2 = "二、主动公开政府信息情况";
    public const string Section3 = "三、收到和处理政府信息公开申请情况";
    public const string Section4 = "四、政府信息公开行政复议、行政诉讼情况";

    /// <summary>The first cell of each 表二 header row.</summary>
    public const string Table2ContentLabel = "信息内容";

    /// <summary>表二 is four columns wide: the row label and up to three figures.</summary>
    private const int Table2Columns = 4;

    /// <param name="schema">The format's whole data schema.</param>
    /// <param name="table2Articles">The 条例 clause that titles each 表二 row, by row key.</param>
    public static OfficialStructure Build(MapSchema schema, IReadOnlyDictionary<string, string> table2Articles, bool otherHandlingHasSubRows)
    {
        var narrative = (MapSchema)schema.Child("narrative")!;
        string Heading(string key) => narrative.Child(key)!.Label;
        var headings = new[] { Heading("overview"), Section2, Section3, Section4, Heading("problems"), Heading("other_matters") };
        return new OfficialStructure(headings, new[]
        {
            Table2((MapSchema)schema.Child("table2")!, table2Articles),
            Table3(otherHandlingHasSubRows),
            Table4(),
        });
    }

    /// <summary>
    /// 表二: per 条例 clause a title row across the four columns, a header row (信息内容 and the figures' column labels),
    /// then one row per schema block: its label and its figures. A block with fewer than three figures lets the last
    /// figure (and its column label) span the remaining columns.
    /// </summary>
    public static OfficialTable Table2(MapSchema table2, IReadOnlyDictionary<string, string> articles)
    {
        var rows = new List<IReadOnlyList<OfficialCell>>();
        string? article = null;
        foreach (var block in table2.Children.OfType<MapSchema>())
        {
            var cells = block.Children.OfType<ValueSchema>().ToList();
            int Span(int i) => i == cells.Count - 1 ? Table2Columns - cells.Count : 1;
            if (articles[block.Key] != article)
            {
                article = articles[block.Key];
                rows.Add([OfficialCell.Header(article, colSpan: Table2Columns)]);
                rows.Add([OfficialCell.Header(Table2ContentLabel), .. cells.Select((c, i) => OfficialCell.Header(c.Label, colSpan: Span(i)))]);
            }
            rows.Add([OfficialCell.Header(block.Label), .. cells.Select((c, i) => OfficialCell.Figure($"table2.{block.Key}.{c.Key}", c.CellName, Span(i)))]);
        }
        return new OfficialTable("表二", Section: 1, HeaderRows: 0, rows);
    }

    /// <summary>表三: three header rows, then 25 (gov-2021) or 23 (gov-2019) rows of seven figures.</summary>
    public static OfficialTable Table3(bool otherHandlingHasSubRows)
    {
        var columns = Table3Schema.Columns;
        var total = columns[Table3Schema.TotalColumn];
        var organisations = columns.Skip(1).Take(Table3Schema.TotalColumn - 1).ToList();
        var rows = new List<IReadOnlyList<OfficialCell>>
        {
            new[] { OfficialCell.Header(Table3Schema.BalanceNote, rowSpan: 3, colSpan: 3), OfficialCell.Header(Table3Schema.ApplicantsLabel, colSpan: columns.Count) },
            new[] { OfficialCell.Header(columns[0].Label, rowSpan: 2), OfficialCell.Header(Table3Schema.OrganisationsLabel, colSpan: organisations.Count), OfficialCell.Header(total.Label, rowSpan: 2) },
            organisations.Select(c => OfficialCell.Header(c.Label)).ToList(),
        };
        void Row(IEnumerable<OfficialCell> labels, string path, string rowName) =>
            rows.Add([.. labels, .. columns.Select(c => OfficialCell.Figure($"{path}.{c.Key}", Table3Schema.CellName(rowName, c.Label)))]);

        Row([OfficialCell.Header(Table3Schema.NewRequestsLabel, colSpan: 3)], "table3.rows.new_requests", Table3Schema.NewRequestsLabel);
        Row([OfficialCell.Header(Table3Schema.CarriedInLabel, colSpan: 3)], "table3.rows.carried_in", Table3Schema.CarriedInLabel);

        // The 办理结果 rows: a leaf row's label spans columns 2–3; a group's label spans its sub-rows in column 2.
        const string Results = "table3.rows.results";
        var results = new List<(List<OfficialCell> Labels, string Path, string Name)>();
        void Leaf(string key, string label) => results.Add(([OfficialCell.Header(label, colSpan: 2)], $"{Results}.{key}", label));
        void Group(string key, string label, IReadOnlyList<(string Key, string Label)> subRows)
        {
            for (var i = 0; i < subRows.Count; i++)
            {
                var labels = new List<OfficialCell>();
                if (i == 0) labels.Add(OfficialCell.Header(label, rowSpan: subRows.Count));
                labels.Add(OfficialCell.Header(subRows[i].Label));
                results.Add((labels, $"{Results}.{key}.{subRows[i].Key}", $"{label} {subRows[i].Label}"));
            }
        }
        Leaf("disclosed", Table3Schema.DisclosedLabel);
        Leaf("partially_disclosed", Table3Schema.PartiallyDisclosedLabel);
        Group("withheld", Table3Schema.WithheldLabel, Table3Schema.Withheld);
        Group("unavailable", Table3Schema.UnavailableLabel, Table3Schema.Unavailable);
        Group("not_processed", Table3Schema.NotProcessedLabel, Table3Schema.NotProcessed);
        if (otherHandlingHasSubRows) Group("other_handling", Table3Schema.OtherHandlingLabel, Table3Schema.OtherHandling2021);
        else Leaf("other_handling", Table3Schema.OtherHandlingLabel);
        Leaf("total", Table3Schema.ResultsTotalLabel);

        results[0].Labels.Insert(0, OfficialCell.Header(Table3Schema.ResultsLabel, rowSpan: results.Count));
        foreach (var (labels, path, name) in results) Row(labels, path, name);

        Row([OfficialCell.Header(Table3Schema.CarriedForwardLabel, colSpan: 3)], "table3.rows.carried_forward", Table3Schema.CarriedForwardLabel);
        return new OfficialTable("表三", Section: 2, HeaderRows: 3, rows);
    }

    /// <summary>
    /// 表四: the groups' labels are written <c>行政诉讼·复议后起诉</c> in the schema, the part before the dot heading the
    /// top row (spanning every group that shares it) and the part after it the second; a group without a second part
    /// (行政复议) lets its column labels span rows 2–3. One row of fifteen figures.
    /// </summary>
    public static OfficialTable Table4()
    {
        var width = Table4Schema.Columns.Count;
        var groups = Table4Schema.Groups.Select(g => (g.Key, g.Label, Parts: g.Label.Split('·'))).ToList();
        var top = new List<OfficialCell>();
        foreach (var run in groups.GroupBy(g => g.Parts[0]))
            top.Add(OfficialCell.Header(run.Key, colSpan: width * run.Count()));
        var second = new List<OfficialCell>();
        var third = new List<OfficialCell>();
        foreach (var g in groups)
        {
            if (g.Parts.Length == 1) second.AddRange(Table4Schema.Columns.Select(c => OfficialCell.Header(c.Label, rowSpan: 2)));
            else
            {
                second.Add(OfficialCell.Header(g.Parts[1], colSpan: width));
                third.AddRange(Table4Schema.Columns.Select(c => OfficialCell.Header(c.Label)));
            }
        }
        var figures = groups.SelectMany(g => Table4Schema.Columns.Select(c =>
            OfficialCell.Figure($"table4.{g.Key}.{c.Key}", Table4Schema.CellName(g.Label, c.Label)))).ToList();
        return new OfficialTable("表四", Section: 3, HeaderRows: 3, new IReadOnlyList<OfficialCell>[] { top, second, third, figures });
    }
}

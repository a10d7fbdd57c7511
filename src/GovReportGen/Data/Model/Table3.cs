using GovReportGen.Data.Schema;
using GovReportGen.Data.Common;

namespace GovReportGen.Data.Model;

/// <summary>
/// One row of 表三: 7 cells in column order (自然人 … 其他, 总计). <see cref="Cells"/>[6] is the
/// given total when the file has one, otherwise the derived sum.
/// </summary>
public sealed record ApplicantRow(string Path, string Label, IReadOnlyList<long> Cells, bool TotalGiven)
{
    public long Total => Cells[Table3Schema.TotalColumn];
    public long SumOfApplicants => Cells.Take(Table3Schema.TotalColumn).Sum();

    public static ApplicantRow Read(FieldSet f, string path, string label)
    {
        var cells = new long[7];
        for (var i = 0; i < Table3Schema.TotalColumn; i++)
            cells[i] = f.Count($"{path}.{Table3Schema.Columns[i].Key}");
        var totalGiven = f.Has($"{path}.total");
        cells[Table3Schema.TotalColumn] = totalGiven ? f.Count($"{path}.total") : cells.Take(Table3Schema.TotalColumn).Sum();
        return new ApplicantRow(path, label, cells, totalGiven);
    }

    public static ApplicantRow Sum(string path, string label, IEnumerable<ApplicantRow> rows)
    {
        var cells = new long[7];
        foreach (var r in rows)
            for (var i = 0; i < 7; i++) cells[i] += r.Cells[i];
        return new ApplicantRow(path, label, cells, TotalGiven: false);
    }
}

/// <summary>A labelled block of 表三's results: （三）–（六） with sub-rows, or a leaf row such as （一）.</summary>
public sealed record ResultGroup(string Key, string Label, IReadOnlyList<ApplicantRow> Rows, bool HasSubRows)
{
    /// <summary>The group sum (GRG2004): derived, never stored, exposed to templates and bindings.</summary>
    public ApplicantRow Sum => Rows.Count == 1 && !HasSubRows ? Rows[0] : ApplicantRow.Sum($"table3.rows.results.{Key}", Label, Rows);
}

/// <summary>表三 as the report prints it, with derived sums where the data leaves them out.</summary>
public sealed record Table3(
    ApplicantRow NewRequests,
    ApplicantRow CarriedIn,
    IReadOnlyList<ResultGroup> ResultGroups,
    ApplicantRow ResultsTotal,
    IReadOnlyList<bool> ResultsTotalGiven,
    ApplicantRow CarriedForward)
{
    public IEnumerable<ApplicantRow> LeafResults => ResultGroups.SelectMany(g => g.Rows);

    public ApplicantRow LeafSum => ApplicantRow.Sum("table3.rows.results", Table3Schema.ResultsLabel, LeafResults);

    /// <summary>Every printed row in table order, for rules that apply to each row alike.</summary>
    public IEnumerable<ApplicantRow> AllRows =>
        new[] { NewRequests, CarriedIn }.Concat(LeafResults).Append(ResultsTotal).Append(CarriedForward);

    public static Table3 Read(FieldSet f, bool otherHandlingHasSubRows)
    {
        const string results = "table3.rows.results";
        ResultGroup Leaf(string key, string label) =>
            new(key, label, new[] { ApplicantRow.Read(f, $"{results}.{key}", label) }, HasSubRows: false);
        ResultGroup Group(string key, string label, IReadOnlyList<(string Key, string Label)> rows) =>
            new(key, label, rows.Select(r => ApplicantRow.Read(f, $"{results}.{key}.{r.Key}", $"{label} {r.Label}")).ToList(), HasSubRows: true);

        var groups = new List<ResultGroup>
        {
            Leaf("disclosed", Table3Schema.DisclosedLabel),
            Leaf("partially_disclosed", Table3Schema.PartiallyDisclosedLabel),
            Group("withheld", Table3Schema.WithheldLabel, Table3Schema.Withheld),
            Group("unavailable", Table3Schema.UnavailableLabel, Table3Schema.Unavailable),
            Group("not_processed", Table3Schema.NotProcessedLabel, Table3Schema.NotProcessed),
            otherHandlingHasSubRows
                ? Group("other_handling", Table3Schema.OtherHandlingLabel, Table3Schema.OtherHandling2021)
                : Leaf("other_handling", Table3Schema.OtherHandlingLabel),
        };

        var leafSum = ApplicantRow.Sum($"{results}.total", Table3Schema.ResultsTotalLabel, groups.SelectMany(g => g.Rows));
        var totalCells = new long[7];
        var given = new bool[7];
        for (var i = 0; i < 7; i++)
        {
            var path = $"{results}.total.{Table3Schema.Columns[i].Key}";
            given[i] = f.Has(path);
            totalCells[i] = given[i] ? f.Count(path) : leafSum.Cells[i];
        }
        var resultsTotal = new ApplicantRow($"{results}.total", Table3Schema.ResultsTotalLabel, totalCells, given[Table3Schema.TotalColumn]);

        return new Table3(
            ApplicantRow.Read(f, "table3.rows.new_requests", Table3Schema.NewRequestsLabel),
            ApplicantRow.Read(f, "table3.rows.carried_in", Table3Schema.CarriedInLabel),
            groups,
            resultsTotal,
            given,
            ApplicantRow.Read(f, "table3.rows.carried_forward", Table3Schema.CarriedForwardLabel));
    }
}

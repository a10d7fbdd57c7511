using System.Text.RegularExpressions;
using GovReportGen.Data;
using GovReportGen.Data.Model;
using GovReportGen.Data.Schema;
using GovReportGen.Formats;
using GovReportGen.Import;
using GovReportGen.Tests.EndToEnd;

namespace GovReportGen.Tests.Import;

/// <summary>
/// The five samples plus two reports whose every figure is different from every other (a gov-2021 and a gov-2019 one,
/// consistent under the 勾稽 rules so that they render), rendered once to HTML, DOCX and PDF for the import tests.
/// The samples are mostly zeros; the distinct ones catch a figure read into its neighbour's cell.
/// </summary>
public sealed class ImportSamples : IDisposable
{
    public static readonly (string Agency, int Year)[] Distinct = { ("import-distinct-a", 2024), ("import-distinct-b", 2020) };

    private readonly TempFolder _folder = new("import");

    public ImportSamples()
    {
        TempFolder.CopyTree(EndToEndPaths.Data, DataDir);
        AddDistinct("import-distinct-a", 2024, "zaozhuang-shizhong-kjj", 2024, seed: 1);
        AddDistinct("import-distinct-b", 2020, "zaozhuang-yicheng-kjj", 2020, seed: 2);
        Summary = RenderedSamples.Render(DataDir, OutDir);
        Data = FormatRegistry.Loader.LoadAll(DataDir);
    }

    public string DataDir => _folder.Sub("data");
    public string OutDir => _folder.Sub("out");
    public GovReportGen.Pipeline.RenderSummary Summary { get; }
    public DataSet Data { get; }
    public string Scratch(string name) => _folder.Sub("scratch", name);

    public static IEnumerable<(string Agency, int Year)> All =>
        RenderedSamples.Reports.Select(r => (r.Agency, r.Year)).Concat(Distinct);

    public string Rendered(string agency, int year, string extension) =>
        Path.Combine(OutDir, "reports", year.ToString(), agency, $"{agency}-{year}.{extension}");

    public ReportData Original(string agency, int year) =>
        Data.Find(agency, year)?.Data ?? throw new InvalidOperationException($"{agency} {year} did not load");

    /// <summary>A copy of a sample whose tables are replaced by distinct figures that satisfy GRG2001–GRG2010.</summary>
    private void AddDistinct(string agency, int year, string fromAgency, int fromYear, int seed)
    {
        var dir = Path.Combine(DataDir, "agencies", agency);
        Directory.CreateDirectory(dir);
        var agencyYaml = File.ReadAllText(Path.Combine(DataDir, "agencies", fromAgency, "agency.yaml"));
        File.WriteAllText(Path.Combine(dir, "agency.yaml"), Regex.Replace(agencyYaml, @"(?m)^id: .*$", $"id: {agency}"));
        var text = File.ReadAllText(Path.Combine(DataDir, "agencies", fromAgency, $"{fromYear}.yaml"));
        var format = FormatRegistry.ForYear(year)!;
        var tablesStart = text.IndexOf("\ntable2:", StringComparison.Ordinal);
        var narrativeStart = text.IndexOf("\nnarrative:", StringComparison.Ordinal);
        var yaml = text[..tablesStart] + "\n" + YearFileWriter.Tables(format, Figures(format, seed)) + text[narrativeStart..];
        File.WriteAllText(Path.Combine(dir, $"{year}.yaml"), yaml);
    }

    /// <summary>Every figure cell a different value; 表三 balanced per column (new + carried in = results + carried forward).</summary>
    public static Dictionary<string, decimal> Figures(IFormatDefinition format, int seed)
    {
        var figures = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var next = 3 + seed;
        foreach (var (_, cell) in OfficialFigures.Cells(format))
        {
            var key = cell.Key!;
            if (OfficialFigures.IsTotal(format, key) || key.StartsWith("table3.rows.new_requests", StringComparison.Ordinal)) continue;
            var node = OfficialCells.Node(format.Schema, key) as ValueSchema;
            figures[key] = node?.Kind switch
            {
                ValueKind.Money => next++ + 0.25m,
                ValueKind.SignedCount => -(next++ % 3),
                _ => next++,
            };
        }
        // gov-2019 本年增/减 must not take an item count below zero (GRG2010): the counts above are ≥ 3.
        foreach (var column in new[] { "natural_person", "commercial_enterprise", "research_institution", "public_interest_org", "legal_service_org", "other_org" })
        {
            var results = figures.Where(f => f.Key.StartsWith("table3.rows.results.", StringComparison.Ordinal) && f.Key.EndsWith("." + column, StringComparison.Ordinal)).Sum(f => f.Value);
            figures[$"table3.rows.new_requests.{column}"] = results + figures[$"table3.rows.carried_forward.{column}"] - figures[$"table3.rows.carried_in.{column}"];
        }
        return figures;
    }

    public void Dispose() => _folder.Dispose();
}

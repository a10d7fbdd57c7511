using GovReportGen.Pipeline;

namespace GovReportGen.Tests.EndToEnd;

/// <summary>
/// The samples changed so that the review dashboard has every case to show, rendered once (HTML only):
/// one report with an error (GRG2001 in ningbo-yinzhou-kjj 2024), one published late (zhengzhou-erqi-kjj 2023,
/// 2024-03-15 after the 2024-01-31 deadline), one published on time (chaoyang-kjj 2024, 2025-01-20) besides the
/// sample that already is, the rest without published_on; and an agency folder with an invalid name.
/// </summary>
public sealed class ReviewSite : IDisposable
{
    public const string BrokenAgency = "ningbo-yinzhou-kjj";
    public const string LateAgency = "zhengzhou-erqi-kjj";
    public const string OnTimeAgency = "chaoyang-kjj";
    public const string BadFolder = "Bad_Folder";

    private readonly TempFolder _folder = new("review");

    public ReviewSite()
    {
        try
        {
            TempFolder.CopyTree(EndToEndPaths.Data, DataDir);
            Edit(BrokenAgency, 2024, "carried_forward: {natural_person: 0,", "carried_forward: {natural_person: 5,");
            Edit(LateAgency, 2023, "year: 2023\n", "year: 2023\npublished_on: 2024-03-15\n");
            Edit(OnTimeAgency, 2024, "year: 2024\n", "year: 2024\npublished_on: 2025-01-20\n");
            Directory.CreateDirectory(Path.Combine(DataDir, "agencies", BadFolder));
            Summary = RenderRun.Execute(new RenderOptions(DataDir, EndToEndPaths.Templates, OutDir, new[] { "html" }, RenderedSamples.Today,
                DisplayRoot: _folder.Path));
            Manifest = GovReportGen.Pipeline.Manifest.Read(Path.Combine(OutDir, GovReportGen.Pipeline.Manifest.FileName));
        }
        catch
        {
            _folder.Dispose();
            throw;
        }
    }

    public string DataDir => _folder.Sub("data");
    public string OutDir => _folder.Sub("out");
    public RenderSummary Summary { get; }
    public IReadOnlyList<ManifestEntry> Manifest { get; }

    public string IndexPath => Path.Combine(OutDir, SiteIndex.RelativePath);

    public string PagePath(string agency, int year) => Path.Combine(OutDir, "site", "reports", year.ToString(), agency + ".html");

    public ManifestEntry Entry(string agency) => Manifest.Single(e => e.Agency == agency);

    private void Edit(string agency, int year, string find, string replace)
    {
        var file = Path.Combine(DataDir, "agencies", agency, $"{year}.yaml");
        var yaml = File.ReadAllText(file);
        Assert.True(yaml.Contains(find, StringComparison.Ordinal), $"test data changed: no “{find}” in {file}");
        File.WriteAllText(file, yaml.Replace(find, replace, StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Dispose();
}

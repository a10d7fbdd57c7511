namespace GovReportGen.Data.Model;

/// <summary>The formats a run knows, in registration order. Built once by the format registry and handed down.</summary>
public sealed class FormatCatalog(IReadOnlyList<IFormatDefinition> formats)
{
    public IReadOnlyList<IFormatDefinition> All { get; } = formats;

    public IReadOnlyList<string> Ids { get; } = formats.Select(f => f.Id).ToList();

    public IFormatDefinition? ById(string id) => All.FirstOrDefault(f => f.Id == id);

    /// <summary>The format a report year must use; null before the first format's year (unsupported).</summary>
    public IFormatDefinition? ForYear(int year) =>
        All.FirstOrDefault(f => year >= f.FirstYear && (f.LastYear is null || year <= f.LastYear));

    public int FirstSupportedYear => All.Min(f => f.FirstYear);
}

using GovReportGen.Data.Schema;
using GovReportGen.Diagnostics;

namespace GovReportGen.Data.Model;

public sealed record Acknowledgement(string Id, string Reason, SourceSpan Span);

/// <summary>One agency's report for one year, loaded and typed; the input of rules and templates.</summary>
public sealed record ReportData(
    AgencyInfo Agency,
    int Year,
    IFormatDefinition Format,
    DateOnly? PublishedOn,
    bool TitleUsesNiandu,
    bool Preamble,
    IReadOnlyList<Acknowledgement> Acknowledgements,
    ITable2 Table2,
    Table3 Table3,
    Table4 Table4,
    FieldSet Fields)
{
    public string File => Fields.File;

    public NarrativeText? Narrative(string key) => Fields.Narrative("narrative." + key);

    public SourceSpan SpanOf(string path) => Fields.SpanOf(path);

    /// <param name="pathYear">The year of the file name. It equals the file's <c>year:</c> in clean data; where they differ
    /// (GRG1010) the file name is what the report is published under, so the rules check that year.</param>
    internal static ReportData From(AgencyInfo agency, IFormatDefinition format, FieldSet f, int pathYear) => new(
        agency,
        pathYear,
        format,
        f.Has("published_on") ? f.Get<DateOnly>("published_on") : null,
        f.Get<string>("title_style") == "niandu",
        f.Get<bool>("preamble"),
        f.List("acknowledge").Select(a => new Acknowledgement(a.Get<string>("id") ?? "", a.Get<string>("reason") ?? "", a.SpanOf("id"))).ToList(),
        format.ReadTable2(f),
        Table3.Read(f, format.OtherHandlingHasSubRows),
        Table4.Read(f),
        f);
}

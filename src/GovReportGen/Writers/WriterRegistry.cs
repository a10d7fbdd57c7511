using GovReportGen.Theme;
using GovReportGen.Writers.Docx;
using GovReportGen.Writers.Html;
using GovReportGen.Writers.Pdf;

namespace GovReportGen.Writers;

/// <summary>What a run gives its writers: its theme (the page and the font chains) and where system fonts are.</summary>
public sealed record WriterSettings(ThemeSpec Theme, IReadOnlyList<string>? SystemFontFolders = null)
{
    /// <summary>The settings of a run over <paramref name="templatesDirectory"/>: its <c>theme</c> folder, the default page.</summary>
    public static WriterSettings ForTemplates(string templatesDirectory) => new(ThemeSpec.ForTemplates(templatesDirectory));
}

/// <summary>
/// One output format: its name on the command line and in the manifest, its file extension, the label the
/// site index links it with, and how a run builds its writer.
/// </summary>
public sealed record WriterFormat(string Name, string Extension, string Label, Func<WriterSettings, IReportWriter> Create);

/// <summary>
/// The output formats this build can write, in the order the manifest and the site index list them. Writers
/// are built per run from that run's settings (never shared between runs), so two runs over different
/// templates folders each set their reports with their own theme.
/// </summary>
public static class WriterRegistry
{
    public static IReadOnlyList<WriterFormat> Formats { get; } =
    [
        new(HtmlReportWriter.FormatName, HtmlReportWriter.FormatName, "网页", settings => new HtmlReportWriter(HtmlWriterOptions.For(settings.Theme.Page))),
        new(DocxReportWriter.FormatName, DocxReportWriter.FormatName, "Word", settings => new DocxReportWriter(settings.Theme.Page)),
        new(PdfReportWriter.FormatName, PdfReportWriter.FormatName, "PDF", settings => new PdfReportWriter(PdfWriterOptions.For(settings.Theme, settings.SystemFontFolders))),
    ];

    /// <summary>Every format's name, in registry order.</summary>
    public static IReadOnlyList<string> Names { get; } = Formats.Select(f => f.Name).ToList();

    public static WriterFormat? Find(string name) => Formats.FirstOrDefault(f => f.Name == name);

    /// <summary>The writers of <paramref name="names"/>, in that order, built from one run's settings.</summary>
    public static IReadOnlyList<IReportWriter> Create(IEnumerable<string> names, WriterSettings settings) =>
        names.Select(name => (Find(name) ?? throw new ArgumentException($"unknown output format {name}", nameof(names))).Create(settings)).ToList();

    /// <summary>Registry order first, then any other name ordinally: how the manifest lists a report's files.</summary>
    public static IEnumerable<string> InListingOrder(IEnumerable<string> names)
    {
        var given = names.ToHashSet(StringComparer.Ordinal);
        return Names.Where(given.Contains).Concat(given.Except(Names).Order(StringComparer.Ordinal));
    }
}

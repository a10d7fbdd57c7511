using GovReportGen.Data.Model;
using GovReportGen.Data.Schema;
using GovReportGen.Formats;
using GovReportGen.Import;

namespace GovReportGen.Tests.Import;

/// <summary>
/// Issue 18's round trip: every report we render, read back from its HTML, DOCX and PDF, gives every official table
/// cell (totals included) and the narrative text (modulo whitespace) of the data it was rendered from.
/// </summary>
public sealed class ImportRoundTripTests(ImportSamples samples) : IClassFixture<ImportSamples>
{
    public static IEnumerable<object[]> Cases() =>
        ImportSamples.All.SelectMany(r => new[] { "html", "docx", "pdf" }.Select(e => new object[] { r.Agency, r.Year, e }));

    internal static SourceDocument ReadSource(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return Path.GetExtension(path) switch
        {
            ".html" => HtmlReportReader.Read(path, System.Text.Encoding.UTF8.GetString(bytes)),
            ".docx" => DocxReportReader.Read(path, bytes),
            _ => PdfReportReader.Read(path, bytes),
        };
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_table_cell_comes_back(string agency, int year, string extension)
    {
        var original = samples.Original(agency, year);
        var source = ReadSource(samples.Rendered(agency, year, extension));
        var reading = TableRecognizer.Recognise(source, FormatRegistry.All, null);
        Assert.Equal(original.Format.Id, reading.Format.Id);
        var wrong = new List<string>();
        foreach (var (_, cell) in OfficialFigures.Cells(original.Format))
        {
            var expected = OfficialFigures.Value(original, cell.Key!);
            if (!reading.Figures.TryGetValue(cell.Key!, out var actual)) wrong.Add($"{cell.Key}: missing (expected {expected})");
            else if (actual != expected) wrong.Add($"{cell.Key}: {actual} (expected {expected})");
        }
        Assert.True(wrong.Count == 0, $"{wrong.Count} cells wrong:\n" + string.Join("\n", wrong.Take(40))
            + "\nfindings:\n" + string.Join("\n", reading.Findings.Take(20).Select(f => $"{f.Id} {f.Where} {f.Message}")));
        Assert.DoesNotContain(reading.Findings, f => f.Severity == GovReportGen.Diagnostics.Severity.Error);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_narrative_title_and_signature_come_back(string agency, int year, string extension)
    {
        var original = samples.Original(agency, year);
        var source = ReadSource(samples.Rendered(agency, year, extension));
        var narrative = NarrativeSplitter.Split(source, original.Format);
        Assert.Equal(year, narrative.Year);
        Assert.Equal(original.Agency.Name, narrative.AgencyName);
        Assert.Equal(original.PublishedOn, narrative.PublishedOn);
        var wrong = new List<string>();
        foreach (var (key, text) in NarrativeFields(original))
        {
            var got = narrative.Fields.TryGetValue(key, out var paragraphs) ? Labels.Squeeze(string.Concat(paragraphs)) : "";
            if (got != text) wrong.Add($"{key}:\n  expected {text}\n  actual   {got}");
        }
        foreach (var key in narrative.Fields.Keys.Where(k => !NarrativeFields(original).Any(f => f.Key == k)))
            if (narrative.Fields[key].Count > 0) wrong.Add($"{key}: unexpected {string.Concat(narrative.Fields[key])}");
        Assert.True(wrong.Count == 0, string.Join("\n", wrong) + "\nfindings:\n" + string.Join("\n", narrative.Findings.Select(f => $"{f.Id} {f.Where} {f.Message}")));
    }

    /// <summary>The original's narrative fields as the report prints them: bindings resolved, whitespace removed.</summary>
    internal static IEnumerable<(string Key, string Text)> NarrativeFields(ReportData report)
    {
        var schema = (MapSchema)report.Format.Schema.Child("narrative")!;
        foreach (var section in schema.Children.OfType<MapSchema>())
        foreach (var child in section.Children)
        {
            var keys = child is MapSchema m ? m.Children.OfType<ValueSchema>().Where(v => v.Kind == ValueKind.Narrative).Select(v => $"{section.Key}.{child.Key}.{v.Key}")
                : child is ValueSchema { Kind: ValueKind.Narrative } ? new[] { $"{section.Key}.{child.Key}" } : Array.Empty<string>();
            foreach (var key in keys)
            {
                if (report.Narrative(key) is not { IsEmpty: false } text) continue;
                var printed = string.Concat(text.Paragraphs.Select(p => Resolve(report, p.Text)));
                yield return ("narrative." + key, Labels.Squeeze(printed));
            }
        }
    }

    private static string Resolve(ReportData report, string text)
    {
        foreach (var binding in Bindings.Find(text).Reverse())
            text = text[..binding.Start] + (Bindings.Resolve(report, binding.Path) ?? "") + text[(binding.Start + binding.Length)..];
        return text;
    }

    public static IEnumerable<object[]> Reports() => ImportSamples.All.Select(r => new object[] { r.Agency, r.Year });

    /// <summary>Issue 18's stretch: the DOCX printed by LibreOffice imports with every cell right.</summary>
    [SkippableTheory]
    [MemberData(nameof(Reports))]
    public void Every_cell_comes_back_from_libreoffice_pdf(string agency, int year)
    {
        var pdf = Converted.LibreOffice(ScratchCopy("lo", agency, year, "docx"));
        Skip.If(pdf is null, "LibreOffice (soffice) is not installed");
        AssertCells(agency, year, pdf!);
    }

    /// <summary>Issue 18's stretch: the HTML printed by Chromium imports with every cell right.</summary>
    [SkippableTheory]
    [MemberData(nameof(Reports))]
    public void Every_cell_comes_back_from_chromium_pdf(string agency, int year)
    {
        var pdf = Converted.Chromium(ScratchCopy("chromium", agency, year, "html"));
        Skip.If(pdf is null, "Chromium is not installed");
        AssertCells(agency, year, pdf!);
    }

    /// <summary>A converter writes its PDF beside its input, so it gets a copy in the scratch folder, not our output.</summary>
    private string ScratchCopy(string converter, string agency, int year, string format)
    {
        var copy = samples.Scratch($"{converter}-{agency}-{year}.{format}");
        Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
        File.Copy(samples.Rendered(agency, year, format), copy, overwrite: true);
        return copy;
    }

    private void AssertCells(string agency, int year, string path)
    {
        var original = samples.Original(agency, year);
        var reading = TableRecognizer.Recognise(ReadSource(path), FormatRegistry.All, null);
        Assert.Equal(original.Format.Id, reading.Format.Id);
        var wrong = OfficialFigures.Cells(original.Format)
            .Where(c => !reading.Figures.TryGetValue(c.Cell.Key!, out var v) || v != OfficialFigures.Value(original, c.Cell.Key!))
            .Select(c => c.Cell.Key!).ToList();
        Assert.True(wrong.Count == 0, string.Join("\n", wrong.Take(30)));
    }
}

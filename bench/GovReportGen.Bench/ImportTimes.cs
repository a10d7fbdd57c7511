using System.Diagnostics;
using System.Globalization;
using GovReportGen.Formats;
using GovReportGen.Import;
using GovReportGen.Pipeline;
using GovReportGen.Writers;

namespace GovReportGen.Bench;

/// <summary>
/// <c>govreport import</c>, warm, per report: the five samples rendered to HTML, DOCX and PDF, each read back
/// <c>repeat</c> times. Two figures per input type: reading and recognition alone (reader, tables, narrative, YAML),
/// and the whole import of one file as the command does it with --dry-run (validation of a scratch copy included).
/// </summary>
public static class ImportTimes
{
    public static void Run(string templates, string scratch, int repeat)
    {
        var data = Path.Combine(Path.GetDirectoryName(templates)!, "data");
        var output = Path.Combine(scratch, "out");
        RenderRun.Execute(new RenderOptions(data, templates, output, WriterRegistry.Names, new DateOnly(2026, 3, 1)));
        var empty = Path.Combine(scratch, "data");
        Directory.CreateDirectory(Path.Combine(empty, "agencies"));
        foreach (var extension in new[] { "html", "docx", "pdf" })
        {
            var files = Directory.GetFiles(Path.Combine(output, "reports"), "*." + extension, SearchOption.AllDirectories).Order().ToList();
            var reading = new List<double>();
            var whole = new List<double>();
            for (var i = -2; i < repeat; i++) // two warm-up rounds for the JIT
            {
                foreach (var file in files)
                {
                    var clock = Stopwatch.StartNew();
                    var bytes = File.ReadAllBytes(file);
                    var source = extension switch
                    {
                        "html" => HtmlReportReader.Read(file, System.Text.Encoding.UTF8.GetString(bytes)),
                        "docx" => DocxReportReader.Read(file, bytes),
                        _ => PdfReportReader.Read(file, bytes),
                    };
                    var tables = TableRecognizer.Recognise(source, FormatRegistry.All, null);
                    var narrative = NarrativeSplitter.Split(source, tables.Format);
                    _ = YearFileWriter.Write(file, tables.Format, narrative.Year ?? 2024, tables, narrative);
                    var read = clock.Elapsed.TotalMilliseconds;
                    clock.Restart();
                    ImportRun.One(file, new ImportOptions(new[] { file }, empty, "bench-kjj", null, DryRun: true, Force: false), new DateOnly(2026, 3, 1));
                    if (i < 0) continue;
                    reading.Add(read);
                    whole.Add(clock.Elapsed.TotalMilliseconds);
                }
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"import {extension,-4}: read+recognise median {Median(reading):0.0} ms (max {reading.Max():0.0}); whole import --dry-run median {Median(whole):0.0} ms (max {whole.Max():0.0}); {files.Count} reports x {repeat}"));
        }
        Forms(data, scratch, repeat);
    }

    /// <summary>govreport form per sample (layout, workbook, atomic write), then its import: reading alone and the whole --dry-run.</summary>
    private static void Forms(string data, string scratch, int repeat)
    {
        var samples = FormatRegistry.Loader.LoadAll(data).Agencies.SelectMany(a => a.Reports).Select(r => (r.AgencyId, r.Year)).ToList();
        var empty = Path.Combine(scratch, "data");
        var (writing, reading, whole) = (new List<double>(), new List<double>(), new List<double>());
        for (var i = -2; i < repeat; i++)
        {
            foreach (var (agency, year) in samples)
            {
                var file = Path.Combine(scratch, "forms", $"{agency}-{year}.xlsx");
                var clock = Stopwatch.StartNew();
                GovReportGen.Form.FormCreator.Create(data, agency, year, file, force: true);
                var wrote = clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                var (form, _) = XlsxFormReader.Read(file, File.ReadAllBytes(file));
                _ = YearFileWriter.Write(file, form!.Tables.Format, year, form.Tables, form.Narrative);
                var read = clock.Elapsed.TotalMilliseconds;
                clock.Restart();
                ImportRun.One(file, new ImportOptions(new[] { file }, empty, "bench-kjj", null, DryRun: true, Force: false), new DateOnly(2026, 3, 1));
                if (i < 0) continue;
                writing.Add(wrote);
                reading.Add(read);
                whole.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"form: write median {Median(writing):0.0} ms (max {writing.Max():0.0}); import xlsx read median {Median(reading):0.0} ms (max {reading.Max():0.0}); whole import --dry-run median {Median(whole):0.0} ms (max {whole.Max():0.0}); {samples.Count} forms x {repeat}"));
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}

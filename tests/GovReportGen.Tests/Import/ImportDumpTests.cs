using GovReportGen.Import;

namespace GovReportGen.Tests.Import;

/// <summary>A maintainer's tool, not a check: GRG_IMPORT_DUMP=file.pdf prints what the reader saw (tables and paragraphs).</summary>
public sealed class ImportDumpTests
{
    [Fact]
    public void Dump_what_a_reader_sees_when_asked()
    {
        var path = Environment.GetEnvironmentVariable("GRG_IMPORT_DUMP");
        if (string.IsNullOrEmpty(path)) return;
        var source = ImportRoundTripTests.ReadSource(path);
        using var w = new StreamWriter(path + ".dump.txt");
        foreach (var t in source.Tables)
        {
            w.WriteLine($"== table {t.Number} {t.RowCount}x{t.ColumnCount}");
            foreach (var c in t.Cells) w.WriteLine($"  [{c.Row},{c.Column} {c.RowSpan}x{c.ColSpan}] {c.Text.Replace("\n", "⏎")}");
        }
        foreach (var p in source.Paragraphs) w.WriteLine($"P{p.HeadingLevel} {p.Where}: {p.Text.Replace("\n", "⏎")}");
    }
}

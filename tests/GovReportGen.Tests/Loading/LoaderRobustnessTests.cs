using System.Text;
using GovReportGen.Data;
using GovReportGen.Data.Schema;
using GovReportGen.Diagnostics;
using GovReportGen.Formats;
using static GovReportGen.Tests.Loading.LoadingSupport;

namespace GovReportGen.Tests.Loading;

/// <summary>Whatever the bytes, loading ends in diagnostics, never in an exception.</summary>
public class LoaderRobustnessTests
{
    /// <summary>Reader, then schema binding, as LoadYear does it; an exception fails the test with the input's description.</summary>
    private static IReadOnlyList<Diagnostic> ReadAndBind(byte[] bytes, string what)
    {
        try
        {
            var bag = new DiagnosticBag();
            var tree = Data.Yaml.YamlFileReader.ReadBytes(bytes, DisplayFile, bag);
            if (tree is not null)
                SchemaBinder.Bind(tree, FormatRegistry.ById("gov-2021")!.Schema, DisplayFile, bag);
            return bag.Items;
        }
        catch (Exception e)
        {
            Assert.Fail($"{what}: {e.GetType().Name}: {e.Message}");
            throw;
        }
    }

    [Fact]
    public void Random_garbage_bytes_never_throw()
    {
        var random = new Random(20240101);
        for (var i = 0; i < 2000; i++)
        {
            var bytes = new byte[random.Next(0, 400)];
            random.NextBytes(bytes);
            var diagnostics = ReadAndBind(bytes, $"garbage #{i}");
            Assert.All(diagnostics, d => Assert.StartsWith("GRG1", d.Id));
        }
    }

    [Fact]
    public void Random_printable_yaml_characters_never_throw()
    {
        // Bytes that get past decoding, so the parser and binder see the odd shapes.
        const string alphabet = "ab: -?[]{},&*!|>'\"%@`#\n\t 0123456789.~年数";
        var random = new Random(7);
        for (var i = 0; i < 3000; i++)
        {
            var sb = new StringBuilder();
            for (var n = random.Next(0, 120); n > 0; n--) sb.Append(alphabet[random.Next(alphabet.Length)]);
            ReadAndBind(Encoding.UTF8.GetBytes(sb.ToString()), $"yaml-ish #{i}: {sb}");
        }
    }

    [Fact]
    public void Truncations_of_a_valid_file_give_diagnostics_not_exceptions()
    {
        var bytes = BaseYearBytes();
        // Section 六's keys are optional in gov-2021, so only a cut before them must lose something required.
        var optionalTail = BaseYearText().IndexOf("  other_matters:", StringComparison.Ordinal);
        optionalTail = Encoding.UTF8.GetByteCount(BaseYearText()[..optionalTail]);
        var seen = new HashSet<string>();
        // Every length near the start (cuts inside the first multi-byte characters and keys), then every 11th
        // (YamlDotNet takes a few ms per parse of this file).
        for (var length = 0; length < bytes.Length; length += length < 200 ? 1 : 11)
        {
            var diagnostics = ReadAndBind(bytes[..length], $"first {length} bytes");
            if (length < optionalTail) Assert.True(diagnostics.Count > 0, $"first {length} bytes gave no finding");
            seen.UnionWith(diagnostics.Select(d => d.Id));
        }
        // Cuts inside a character, inside a flow row, and between keys.
        Assert.Superset(new HashSet<string> { "GRG1002", "GRG1001", "GRG1008", "GRG1004" }, seen);
    }

    [Fact]
    public void Truncated_and_corrupted_files_through_LoadAll_never_throw()
    {
        var bytes = BaseYearBytes();
        var random = new Random(42);
        for (var length = 0; length < bytes.Length; length += 211)
        {
            var report = LoadYearFile(bytes[..length]);
            Assert.Null(report.Data);
            Assert.Contains(report.Diagnostics, d => d.IsError);
        }
        for (var i = 0; i < 30; i++)
        {
            var corrupted = (byte[])bytes.Clone();
            for (var flips = 0; flips < 5; flips++) corrupted[random.Next(corrupted.Length)] = (byte)random.Next(256);
            var report = LoadYearFile(corrupted);
            Assert.True(report.Data is not null || report.Diagnostics.Any(d => d.IsError), $"corruption #{i}: no data and no error");
        }
    }

    [Theory]
    [InlineData("a: {b: 1,\n  c: 2\nd: 3\n", 1, 4, "“{”没有配对的“}”")]
    [InlineData("a: [\n2", 1, 4, "“[”没有配对的“]”")]
    public void Parser_crash_on_an_unclosed_bracket_becomes_GRG1001_at_the_bracket(string text, int line, int column, string message)
    {
        var (tree, diagnostics) = Read(text);
        Assert.Null(tree);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("GRG1001", line, column), (d.Id, d.Span.Line, d.Span.Column));
        Assert.Contains(message, d.Message);
    }

    [Fact]
    public void Unclosed_bracket_syntax_error_names_where_the_bracket_opened()
    {
        var d = Assert.Single(Read("a: {b: 1,\n  c: 2\n").Diagnostics);
        Assert.Equal(("GRG1001", 3, 1), (d.Id, d.Span.Line, d.Span.Column));
        Assert.Contains("未配对的“{”在第 1 行第 4 列", d.Message);
    }

    [Fact]
    public void Raw_control_characters_in_the_file_are_reported_not_thrown()
    {
        foreach (var c in new[] { '\u0000', '\u0001', '\u0007', '\u001B', '\u007F' })
        {
            var text = BaseYearText().Replace("本年度无其他需要报告的事项。", "本年度无其他" + c + "需要报告的事项。");
            var diagnostics = ReadAndBind(Encoding.UTF8.GetBytes(text), $"raw U+{(int)c:X4}");
            Assert.NotEmpty(diagnostics);
        }
    }

    [Fact]
    public void LoadAll_on_a_missing_or_empty_root_gives_no_agencies()
    {
        Assert.Empty(FormatRegistry.Loader.LoadAll(Path.Combine(Path.GetTempPath(), "grg-no-such-" + Guid.NewGuid().ToString("N"))).Agencies);
        using var dir = new TempDataDir();
        Assert.Empty(FormatRegistry.Loader.LoadAll(dir.Root).Agencies);
    }

    [Fact]
    public void Folder_with_only_an_agency_yaml_has_no_reports_and_no_findings()
    {
        using var dir = new TempDataDir();
        System.IO.File.Copy(Path.Combine(BaseDir(), "agency.yaml"), Path.Combine(dir.Agency("sample-kjj"), "agency.yaml"));
        var folder = Assert.Single(FormatRegistry.Loader.LoadAll(dir.Root, dir.Root).Agencies);
        Assert.Empty(folder.Reports);
        Assert.Empty(folder.Diagnostics);
        Assert.NotNull(folder.Agency);
    }

    [Fact]
    public void Folder_without_agency_yaml_and_without_year_files_is_reported_on_the_folder()
    {
        using var dir = new TempDataDir();
        dir.Agency("sample-kjj");
        var folder = Assert.Single(FormatRegistry.Loader.LoadAll(dir.Root, dir.Root).Agencies);
        var d = Assert.Single(folder.Diagnostics);
        Assert.Equal(("GRG1011", "agencies/sample-kjj"), (d.Id, d.Span.File));
    }

    [Fact]
    public void Missing_agency_yaml_is_reported_once_per_year_file()
    {
        using var dir = new TempDataDir();
        var agencyDir = dir.Agency("sample-kjj");
        System.IO.File.WriteAllBytes(Path.Combine(agencyDir, "2024.yaml"), BaseYearBytes());
        System.IO.File.WriteAllText(Path.Combine(agencyDir, "2023.yaml"), BaseYearText().Replace("year: 2024", "year: 2023"));
        var folder = Assert.Single(FormatRegistry.Loader.LoadAll(dir.Root, dir.Root).Agencies);
        Assert.Empty(folder.Diagnostics);
        Assert.All(folder.Reports, r => Assert.Equal("GRG1011", Assert.Single(r.Diagnostics).Id));
        Assert.Equal(new[] { 2023, 2024 }, folder.Reports.Select(r => r.Year));
    }
}

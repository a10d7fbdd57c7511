using System.Globalization;
using GovReportGen.Data.Model;
using GovReportGen.Diagnostics;
using GovReportGen.Tests.Support;
using GovReportGen.Validation.Rules;
using Xunit.Abstractions;

namespace GovReportGen.Tests.Narrative;

/// <summary>
/// GRG4005 against a corpus of sentences in the register of the reports (Narrative/corpus.tsv), half of which must
/// warn and half must not, read against one fixed table. Precision counts every warning that is not expected
/// (a silent row that warns, or a warning about another cell); recall counts the expected cells that were named.
/// </summary>
public class NarrativeCorpusTests(ITestOutputHelper output)
{
    private const double MinPrecision = 0.95;
    private const double MinRecall = 0.8;

    /// <summary>The table every corpus sentence is read against: 30 + 2 = 28 + 4, one 复议, no 诉讼, documents 3/1/12.</summary>
    internal static readonly (string Old, string New)[] Table =
    {
        ("    new_requests: {natural_person: 0,", "    new_requests: {natural_person: 30,"),
        ("    carried_in: {natural_person: 0,", "    carried_in: {natural_person: 2,"),
        ("      disclosed: {natural_person: 0,", "      disclosed: {natural_person: 28,"),
        ("    carried_forward: {natural_person: 0,", "    carried_forward: {natural_person: 4,"),
        ("  reconsideration: {upheld: 0,", "  reconsideration: {upheld: 1,"),
        ("  normative_documents: {issued: 0, repealed: 0, in_force: 0}", "  normative_documents: {issued: 3, repealed: 1, in_force: 12}"),
    };

    internal sealed record Row(int Line, IReadOnlySet<FigureTarget> Expected, string Field, string Sentence, string Why)
    {
        public override string ToString() => $"corpus.tsv:{Line} {Sentence}";
    }

    internal static IReadOnlyList<Row> Corpus { get; } = Read();

    private static IReadOnlyList<Row> Read()
    {
        var path = Path.Combine(RepoPaths.Root, "tests", "GovReportGen.Tests", "Narrative", "corpus.tsv");
        var rows = new List<Row>();
        var lines = File.ReadAllLines(path);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Length == 0 || lines[i].StartsWith('#')) continue;
            var cols = lines[i].Split('\t');
            if (cols.Length != 4) throw new FormatException($"corpus.tsv:{i + 1}: expected 4 tab-separated columns, found {cols.Length}");
            var expected = cols[0] == "-"
                ? new HashSet<FigureTarget>()
                : cols[0].Split(',').Select(t => Enum.Parse<FigureTarget>(t.Trim())).ToHashSet();
            rows.Add(new Row(i + 1, expected, cols[1], cols[2], cols[3]));
        }
        return rows;
    }

    /// <summary>The cells GRG4005 named for one sentence, recognised by the cell label each warning carries.</summary>
    private static IReadOnlyList<FigureTarget> Warned(Row row, out IReadOnlyList<Diagnostic> diagnostics)
    {
        var report = NarrativeTestData.WithText(row.Field, row.Sentence, Table);
        var byLabel = FigureCells.Of(report).ToDictionary(c => c.CellName, c => c.Target);
        diagnostics = NarrativeTestData.Run(new NarrativeFigureRule(), report);
        return diagnostics.Select(d => byLabel[d.CellLabel ?? throw new Xunit.Sdk.XunitException($"GRG4005 without a cell label: {d.Message}")]).ToList();
    }

    [Fact]
    public void The_corpus_is_large_enough_and_balanced()
    {
        var warn = Corpus.Count(r => r.Expected.Count > 0);
        var silent = Corpus.Count(r => r.Expected.Count == 0);
        Assert.True(warn + silent >= 60, $"{warn + silent} sentences");
        Assert.True(Math.Abs(warn - silent) <= 4, $"{warn} must warn, {silent} must not");
        Assert.Equal(Corpus.Count, Corpus.Select(r => r.Sentence).Distinct().Count());
    }

    [Fact]
    public void Precision_and_recall_on_the_corpus()
    {
        int truePositives = 0, falsePositives = 0, expected = 0;
        var misses = new List<string>();
        foreach (var row in Corpus)
        {
            var warned = Warned(row, out var diagnostics);
            expected += row.Expected.Count;
            for (var i = 0; i < warned.Count; i++)
            {
                if (row.Expected.Contains(warned[i])) truePositives++;
                else
                {
                    falsePositives++;
                    misses.Add($"false warning: {row} → {diagnostics[i].Message}");
                }
            }
            foreach (var target in row.Expected.Where(t => !warned.Contains(t)))
                misses.Add($"missed {target}: {row}");
        }
        var precision = truePositives + falsePositives == 0 ? 1.0 : (double)truePositives / (truePositives + falsePositives);
        var recall = (double)truePositives / expected;
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"GRG4005 corpus: {Corpus.Count} sentences, {expected} expected warnings, {truePositives} found, {falsePositives} false; precision {precision:0.000}, recall {recall:0.000}");
        output.WriteLine(summary);
        foreach (var miss in misses) output.WriteLine(miss);

        var detail = summary + "\n" + string.Join("\n", misses);
        Assert.True(precision >= MinPrecision, detail);
        Assert.True(recall >= MinRecall, detail);
    }

    public static IEnumerable<object[]> Rows() => Corpus.Select(r => new object[] { r.Line, r.Sentence });

    /// <summary>
    /// Each sentence on its own, so a failure names it: whatever GRG4005 says about it must be right — a sentence
    /// that must stay silent gets no warning at all (a false warning costs more than a miss), and a warning names an
    /// expected cell and suggests bindings that print that cell's value. Misses are the recall figure's business.
    /// </summary>
    [Theory]
    [MemberData(nameof(Rows))]
    public void Every_warning_is_expected_and_suggests_a_binding_that_gives_the_table_value(int line, string sentence)
    {
        var row = Corpus.Single(r => r.Line == line);
        Assert.Equal(sentence, row.Sentence);
        var warned = Warned(row, out var diagnostics);
        Assert.True(warned.All(row.Expected.Contains),
            $"{row} ({row.Why}): {string.Join(" / ", diagnostics.Select(d => d.Message))}");
        var report = NarrativeTestData.WithText(row.Field, row.Sentence, Table);
        foreach (var d in diagnostics)
        {
            Assert.Contains("正文将随表格自动一致", d.Message);
            Assert.NotEqual(d.Expected, d.Actual);
            Assert.Equal(decimal.Parse(d.Expected!, CultureInfo.InvariantCulture), SumOfBindings(report, d.Suggestion!));
        }
    }

    /// <summary>The value the suggested text prints: the sum of the bindings it holds, each resolved as rendering does.</summary>
    internal static decimal SumOfBindings(ReportData report, string suggestion)
    {
        var bindings = Bindings.Find(suggestion);
        Assert.NotEmpty(bindings);
        return bindings.Sum(b => Bindings.ResolveNumber(report, b.Path) ?? throw new Xunit.Sdk.XunitException($"{{{b.Path}}} does not resolve"));
    }
}

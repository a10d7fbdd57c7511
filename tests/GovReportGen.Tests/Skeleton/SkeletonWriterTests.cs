using System.Text.RegularExpressions;
using GovReportGen.Data;
using GovReportGen.Data.Schema;
using GovReportGen.Authoring;
using GovReportGen.Formats;

namespace GovReportGen.Tests.Skeleton;

/// <summary>The skeleton follows the schema: it loads cleanly and has every key, with the required shape.</summary>
public class SkeletonWriterTests
{
    public static TheoryData<string, int> Formats => new() { { "gov-2021", 2024 }, { "gov-2019", 2020 } };

    internal static (TempDataFolder Folder, string Text, LoadedReport Report) Create(int year)
    {
        var folder = TempDataFolder.WithAgencyOnly();
        var outcome = SkeletonCreator.Create(folder.Root, TempDataFolder.AgencyId, year, displayRoot: folder.Root);
        Assert.True(outcome.Created, outcome.Message);
        var report = FormatRegistry.Loader.LoadAgency(folder.AgencyDir, folder.Root).Reports.Single(r => r.Year == year);
        return (folder, File.ReadAllText(folder.YearFile(year)), report);
    }

    /// <summary>Every node of the schema with its dotted path, lists not entered (their items have no fixed path).</summary>
    internal static IEnumerable<(string Path, SchemaNode Node)> Walk(MapSchema map, string prefix = "")
    {
        foreach (var child in map.Children)
        {
            var path = prefix.Length == 0 ? child.Key : prefix + "." + child.Key;
            yield return (path, child);
            if (child is MapSchema m)
                foreach (var inner in Walk(m, path)) yield return inner;
        }
    }

    private static bool IsNumber(ValueSchema v) => v.Kind is ValueKind.Count or ValueKind.SignedCount or ValueKind.Money;

    [Theory]
    [MemberData(nameof(Formats))]
    public void Skeleton_loads_with_no_loader_diagnostic_in_the_format_of_its_year(string formatId, int year)
    {
        var (folder, _, report) = Create(year);
        using (folder)
        {
            Assert.Empty(report.Diagnostics.Select(d => d.ToString()));
            Assert.NotNull(report.Data);
            Assert.Equal(formatId, report.Data!.Format.Id);
            Assert.Equal(year, report.Data.Year);
            Assert.Equal(formatId, report.Data.Fields.Get<string>("format"));
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_cell_of_the_schema_is_present_and_zero_and_no_total_is_written(string formatId, int year)
    {
        var (folder, text, report) = Create(year);
        using (folder)
        {
            var fields = report.Data!.Fields;
            var cells = Walk(FormatRegistry.ById(formatId)!.Schema).Where(n => n.Node is ValueSchema v && IsNumber(v)).ToList();
            Assert.NotEmpty(cells);
            foreach (var (path, node) in cells)
            {
                var v = (ValueSchema)node;
                if (v.IsDerivedTotal)
                {
                    Assert.False(fields.Has(path), $"{path} is a derived total and must be left out");
                    continue;
                }
                Assert.True(fields.Has(path), $"{path} missing");
                Assert.Equal(0m, Convert.ToDecimal(fields.Get<object>(path)));
            }
            Assert.DoesNotMatch(new Regex(@"(^|[\s{,])total:", RegexOptions.Multiline), text);
            Assert.Contains("不填“总计”（total）", text);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_schema_key_is_written_or_offered_commented_out(string formatId, int year)
    {
        var (folder, text, _) = Create(year);
        using (folder)
        {
            var keys = Walk(FormatRegistry.ById(formatId)!.Schema)
                .Where(n => n.Node is not ValueSchema { IsDerivedTotal: true } && !(n.Node is MapSchema m && m.Children.All(c => c is ValueSchema { IsDerivedTotal: true })))
                .Select(n => n.Node.Key)
                .Distinct();
            foreach (var key in keys)
                Assert.Matches(new Regex($@"(^\s*(# )?{key}:)|([{{,] ?{key}: )", RegexOptions.Multiline), text);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Published_on_is_absent_and_offered_as_a_commented_hint(string _, int year)
    {
        var (folder, text, report) = Create(year);
        using (folder)
        {
            Assert.False(report.Data!.Fields.Has("published_on"));
            Assert.Null(report.Data.PublishedOn);
            Assert.Matches(new Regex(@"^# published_on: YYYY-MM-DD\s+# 发布日期", RegexOptions.Multiline), text);
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Every_line_with_a_key_has_a_Chinese_comment(string _, int year)
    {
        var (folder, text, _) = Create(year);
        using (folder)
        {
            var cjk = new Regex(@"[\u4e00-\u9fff]");
            foreach (var line in text.Split('\n').Where(l => l.Trim().Length > 0))
            {
                var trimmed = line.TrimStart();
                if (trimmed.StartsWith('#') && !Regex.IsMatch(trimmed, @"^# [a-z_]+:")) continue; // a note line
                var comment = line.IndexOf("  # ", StringComparison.Ordinal);
                Assert.True(comment > 0, $"no comment: {line}");
                Assert.Matches(cjk, line[comment..]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Required_narrative_holds_a_quoted_placeholder_and_optional_narrative_is_commented_out(string formatId, int year)
    {
        var (folder, text, report) = Create(year);
        using (folder)
        {
            var narrative = Walk(FormatRegistry.ById(formatId)!.Schema).Where(n => n.Node is ValueSchema { Kind: ValueKind.Narrative }).ToList();
            foreach (var (path, node) in narrative)
            {
                var v = (ValueSchema)node;
                if (v.Required)
                {
                    Assert.Equal(SkeletonWriter.Placeholder(v), report.Data!.Fields.Narrative(path)?.JoinedText);
                    Assert.Matches(new Regex($@"^\s+{v.Key}: +""{Regex.Escape(SkeletonWriter.Placeholder(v))}""  # 必填$", RegexOptions.Multiline), text);
                }
                else
                {
                    Assert.False(report.Data!.Fields.Has(path), $"{path} is optional and must be commented out");
                    Assert.Matches(new Regex($@"^\s*# {v.Key}:\s+# {Regex.Escape(v.Label)}", RegexOptions.Multiline), text);
                }
            }
            Assert.Equal(narrative.Count(n => n.Node.Required), CountPlaceholderLines(text));
        }
    }

    [Theory]
    [MemberData(nameof(Formats))]
    public void Uncommenting_every_optional_key_still_loads(string _, int year)
    {
        var (folder, text, _) = Create(year);
        using (folder)
        {
            var uncommented = Regex.Replace(text, @"^(\s*)# ([a-z_]+:)", "$1$2", RegexOptions.Multiline)
                .Replace("published_on: YYYY-MM-DD", $"published_on: {year + 1}-01-20");
            Assert.NotEqual(text, uncommented);
            File.WriteAllText(folder.YearFile(year), uncommented);

            var report = FormatRegistry.Loader.LoadAgency(folder.AgencyDir, folder.Root).Reports.Single(r => r.Year == year);

            Assert.Empty(report.Diagnostics.Select(d => d.ToString()));
            Assert.Equal(new DateOnly(year + 1, 1, 20), report.Data!.PublishedOn);
        }
    }

    internal static int CountPlaceholderLines(string text) =>
        text.Split('\n').Count(l => !l.TrimStart().StartsWith('#') && l.Contains(SkeletonWriter.PlaceholderStart, StringComparison.Ordinal));

    [Fact]
    public void Gov2021_states_a_zero_processing_fee_and_gov2019_asks_for_other_matters()
    {
        var (f2021, text2021, r2021) = Create(2024);
        using (f2021)
        {
            Assert.True(r2021.Data!.Fields.Has("narrative.other_matters.processing_fees.amount_yuan"));
            Assert.Equal(0m, r2021.Data.Fields.Money("narrative.other_matters.processing_fees.amount_yuan"));
            Assert.Matches(new Regex(@"^\s+amount_yuan: 0\s+# 信息处理费（元）", RegexOptions.Multiline), text2021);
        }
        var (f2019, text2019, r2019) = Create(2020);
        using (f2019)
        {
            Assert.StartsWith(SkeletonWriter.PlaceholderStart, r2019.Data!.Fields.Narrative("narrative.other_matters.other")!.JoinedText);
            Assert.DoesNotContain("processing_fees", text2019);
            Assert.DoesNotContain("last_year_rectification", text2019);
        }
    }

    [Fact]
    public void Table2_blocks_are_titled_with_their_article()
    {
        var (folder, text, _) = Create(2024);
        using (folder)
        {
            Assert.Matches(new Regex(@"^  government_rules:\s+# 第二十条第（一）项 规章$", RegexOptions.Multiline), text);
            Assert.Matches(new Regex(@"^  administrative_fees:\s+# 第二十条第（八）项 行政事业性收费$", RegexOptions.Multiline), text);
            Assert.Matches(new Regex(@"^        state_secret: +\{natural_person: 0,.*\}\s+# （三）不予公开 1\.属于国家秘密$", RegexOptions.Multiline), text);
        }
    }

    [Fact]
    public void Every_table2_row_of_every_format_has_an_article()
    {
        foreach (var format in FormatRegistry.All)
        {
            var table2 = (MapSchema)format.Schema.Child("table2")!;
            foreach (var row in table2.Children)
                Assert.True(format.Table2Article(row.Key) is not null, $"{format.Id}: table2.{row.Key} has no 第二十条 clause in its Table2 Articles");
        }
    }

    [Fact]
    public void Header_names_the_agency_year_and_format()
    {
        var (folder, text, _) = Create(2024);
        using (folder)
        {
            var first = text.Split('\n')[0];
            Assert.Equal("# 郑州市二七区科学技术局 2024年政府信息公开工作年度报告数据（表格格式 gov-2021）", first);
            Assert.Matches(new Regex(@"^year: +2024\s+# 年度$", RegexOptions.Multiline), text);
            Assert.DoesNotContain("上年结转数据取自", text);
        }
    }
}

using System.Text.Json;
using GovReportGen.Cli;
using GovReportGen.Formats;
using GovReportGen.Hierarchy;
using GovReportGen.Tests.EndToEnd;
using GovReportGen.Tests.Support;
using GovReportGen.Validation;

namespace GovReportGen.Tests.Hierarchy;

/// <summary>
/// The checks across agencies (GRG7xxx) beyond the fixtures of Fixtures/hierarchy: the tree they walk, their
/// catalogue entries, and that <c>govreport validate</c> runs them.
/// </summary>
public class HierarchyTests
{
    [Theory]
    [InlineData("GRG7001", RuleSeverity.Warning)]
    [InlineData("GRG7002", RuleSeverity.Error)]
    [InlineData("GRG7003", RuleSeverity.Error)]
    public void Catalogue_lists_each_hierarchy_rule_once_with_its_severity(string id, RuleSeverity severity)
    {
        var entry = Assert.Single(FormatRegistry.Rules.Catalogue, r => r.Id == id);
        Assert.Equal(severity, entry.Severity);
        Assert.Contains(entry.Description, c => c >= '\u4e00' && c <= '\u9fff');
    }

    [Theory]
    [MemberData(nameof(FixtureTests.Hierarchy), MemberType = typeof(FixtureTests))]
    public void Every_hierarchy_finding_has_the_severity_its_catalogue_entry_declares(string fixture)
    {
        var found = FixtureRunner.Validate(Path.Combine(RepoPaths.Fixtures, fixture)).AllDiagnostics.Where(d => d.Id.StartsWith("GRG7", StringComparison.Ordinal)).ToList();
        Assert.All(found, d => Assert.True(FormatRegistry.Rules.Catalogue.Single(r => r.Id == d.Id).Severity.Allows(d.Severity), d.ToString()));
        Assert.All(found, d => Assert.True(d.Span.HasPosition && d.KeyPath is not null, $"not located at a key: {d}"));
    }

    [Fact]
    public void Descendants_follow_the_chain_down_and_children_are_only_the_direct_ones()
    {
        using var temp = new TempFolder("tree");
        void Agency(string id, string? parent) => Write(temp.Path, id, parent);
        Agency("shi-gov", null);
        Agency("qu-gov", "shi-gov");
        Agency("qu-kjj", "qu-gov");
        Agency("qu-kjj-office", "qu-kjj");
        Agency("shi-kjj", "shi-gov");
        Agency("other-gov", null);

        var tree = AgencyTree.Of(FormatRegistry.Loader.LoadAll(temp.Path));

        Assert.Empty(tree.Problems);
        Assert.Equal(["qu-gov", "shi-kjj"], tree.ChildrenOf("shi-gov"));
        Assert.Equal(["qu-gov", "qu-kjj", "qu-kjj-office", "shi-kjj"], tree.DescendantsOf("shi-gov"));
        Assert.Equal(["qu-kjj", "qu-kjj-office"], tree.DescendantsOf("qu-gov"));
        Assert.Empty(tree.DescendantsOf("other-gov"));
    }

    [Fact]
    public void A_chain_into_a_cycle_ends_and_only_the_agencies_on_the_cycle_are_reported()
    {
        using var temp = new TempFolder("tree");
        Write(temp.Path, "a", "b");
        Write(temp.Path, "b", "a");
        Write(temp.Path, "c", "a");

        var tree = AgencyTree.Of(FormatRegistry.Loader.LoadAll(temp.Path));

        Assert.Equal(["a", "b"], tree.Problems.Select(p => p.AgencyId));
        Assert.All(tree.Problems, p => Assert.Equal("GRG7003", p.Diagnostic.Id));
        Assert.Equal(["c"], tree.DescendantsOf("a"));
        Assert.Empty(tree.DescendantsOf("b"));
    }

    private static void Write(string data, string id, string? parent)
    {
        var dir = Path.Combine(data, "agencies", id);
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "agency.yaml"),
            $"id: {id}\nname: 某市某区某局\nkind: department\n" + (parent is null ? "" : $"parent_id: {parent}\n"));
    }

    private static (int Exit, string Out) Validate(params string[] args)
    {
        var stdout = new StringWriter();
        var exit = CliApp.Run(["validate", .. args], stdout, new StringWriter(), FixtureRunner.Today);
        return (exit, stdout.ToString());
    }

    [Fact]
    public void Validate_runs_the_hierarchy_checks_and_fails_on_a_cycle()
    {
        using var tree = FixtureTree.Materialise(Path.Combine(RepoPaths.Fixtures, "hierarchy", "parent-id-cycle"));
        var (exit, output) = Validate("--data", tree.Root, "--templates", RepoPaths.Templates);

        Assert.Equal(1, exit);
        Assert.Equal(3, output.Split('\n').Count(l => l.Contains("错误 GRG7003: ", StringComparison.Ordinal)));
        Assert.Contains("3 个错误", output);
    }

    [Fact]
    public void A_covers_children_warning_belongs_to_the_governments_report_in_json_and_filters()
    {
        using var tree = FixtureTree.Materialise(Path.Combine(RepoPaths.Fixtures, "hierarchy", "covers-children-differs"));
        var (exit, json) = Validate("--data", tree.Root, "--templates", RepoPaths.Templates, "--format", "json");
        Assert.Equal(0, exit);

        using var parsed = JsonDocument.Parse(json);
        var byAgency = parsed.RootElement.GetProperty("reports").EnumerateArray().ToDictionary(
            r => r.GetProperty("agency").GetString()!,
            r => r.GetProperty("diagnostics").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ToList());
        Assert.Equal(4, byAgency["qu-gov"].Count(id => id == "GRG7001"));
        Assert.DoesNotContain("GRG7001", byAgency["qu-a"]);
        Assert.Equal("warnings", parsed.RootElement.GetProperty("reports").EnumerateArray().Single(r => r.GetProperty("agency").GetString() == "qu-gov").GetProperty("status").GetString());

        Assert.DoesNotContain("GRG7001", Validate("--data", tree.Root, "--templates", RepoPaths.Templates, "--agency", "qu-a").Out);
        Assert.Contains("警告 GRG7001", Validate("--data", tree.Root, "--templates", RepoPaths.Templates, "--agency", "qu-gov", "--year", "2024").Out);
    }
}

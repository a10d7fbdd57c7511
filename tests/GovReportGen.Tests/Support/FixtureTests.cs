namespace GovReportGen.Tests.Support;

/// <summary>Every fixture folder with an expected.txt is one test case.</summary>
public class FixtureTests
{
    public static IEnumerable<object[]> BadInput() => FixtureRunner.Discover("bad-input");
    public static IEnumerable<object[]> Rules() => FixtureRunner.Discover("rules");
    public static IEnumerable<object[]> Hierarchy() => FixtureRunner.Discover("hierarchy");

    [Theory]
    [MemberData(nameof(BadInput))]
    public void Bad_input_gives_exactly_the_expected_diagnostics(string fixture) => FixtureRunner.AssertMatches(fixture);

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_fixture_gives_exactly_the_expected_diagnostics(string fixture) => FixtureRunner.AssertMatches(fixture);

    /// <summary>The checks across agencies (GRG7xxx): parent_id links and reports that cover their subordinates.</summary>
    [Theory]
    [MemberData(nameof(Hierarchy))]
    public void Hierarchy_fixture_gives_exactly_the_expected_diagnostics(string fixture) => FixtureRunner.AssertMatches(fixture);

    [Theory]
    [InlineData("_base/gov-2021")]
    [InlineData("_base/gov-2019")]
    public void Base_fixtures_are_clean(string fixture)
    {
        var result = FixtureRunner.Validate(Path.Combine(RepoPaths.Fixtures, fixture));
        Assert.Single(result.Reports);
        Assert.Empty(result.AllDiagnostics.Select(d => d.ToString()));
    }
}

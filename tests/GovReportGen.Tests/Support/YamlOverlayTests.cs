namespace GovReportGen.Tests.Support;

/// <summary>The overlay merge edits the base's text: lines it does not touch keep their bytes and their numbers.</summary>
public class YamlOverlayTests
{
    private const string Base = """
        # header
        year: 2024
        format: gov-2021

        table2:  # section
          licensing: {decisions: 0}        # licensing
          penalties: {decisions: 0, other: 1}
        narrative:
          other: text
        """;

    private static string Merge(string overlay) => YamlOverlay.Merge(Base, "$base: gov-2021\n" + overlay);

    private static string[] Lines(string text) => text.Split('\n');

    [Fact]
    public void A_scalar_changes_on_its_own_line_and_keeps_the_others()
    {
        var merged = Lines(Merge("year: 2023"));
        Assert.Equal("year: 2023", merged[1]);
        Assert.Equal(Lines(Base).Skip(2), merged.Skip(2));
    }

    [Fact]
    public void A_flow_cell_changes_in_place_and_the_comment_stays()
    {
        var merged = Lines(Merge("table2:\n  licensing: {decisions: 40}"));
        Assert.Equal("  licensing: {decisions: 40}        # licensing", merged[5]);
    }

    [Fact]
    public void Delete_removes_a_key_or_a_cell()
    {
        Assert.DoesNotContain("format:", Merge("format: ~delete"));
        Assert.Contains("  penalties: {other: 1}", Merge("table2:\n  penalties: {decisions: ~delete}"));
        Assert.Contains("  penalties: {decisions: 0}", Merge("table2:\n  penalties: {other: ~delete}"));
    }

    [Fact]
    public void A_new_key_goes_after_the_overlay_key_before_it_else_before_the_one_after_else_at_the_end()
    {
        Assert.Equal("title: x", Lines(Merge("year: 2024\ntitle: x"))[2]);
        Assert.Equal("title: x", Lines(Merge("title: x\nformat: gov-2021"))[2]);
        Assert.Equal("  fees: 1", Lines(Merge("narrative:\n  fees: 1"))[^1]);
        Assert.Equal("  fees: 1", Lines(Merge("table2:\n  licensing: {}\n  fees: 1"))[6]);
    }

    [Fact]
    public void Replace_writes_the_value_as_given_instead_of_merging()
    {
        Assert.Contains("  licensing: {decisons: 0}        # licensing", Merge("table2:\n  licensing: !replace {decisons: 0}"));
    }

    [Fact]
    public void A_list_or_a_block_replaces_the_base_lines()
    {
        var merged = Merge("narrative:\n  other:\n    - a\n    - b");
        Assert.EndsWith("narrative:\n  other:\n    - a\n    - b", merged);
    }

    [Fact]
    public void Leading_comments_of_the_overlay_replace_the_base_header()
    {
        Assert.StartsWith("# what this fixture shows\nyear: 2024", YamlOverlay.Merge(Base, "# what this fixture shows\n$base: gov-2021\n"));
        Assert.Equal(Base, Merge(""));
    }

    [Fact]
    public void Deleting_a_key_the_base_lacks_is_a_mistake_in_the_fixture()
    {
        Assert.Throws<InvalidOperationException>(() => Merge("nonexistent: ~delete"));
    }
}

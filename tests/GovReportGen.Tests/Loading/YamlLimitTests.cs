using System.Diagnostics;
using System.Text;
using GovReportGen.Data;
using GovReportGen.Data.Yaml;
using static GovReportGen.Tests.Loading.LoadingSupport;

namespace GovReportGen.Tests.Loading;

/// <summary>GRG1004/GRG1005: the size, depth, scalar and document limits, and the alias bomb. Generated at run time.</summary>
public class YamlLimitTests
{
    private const int MiB = 1024 * 1024;
    private const int KiB64 = 64 * 1024;

    /// <summary>A valid-YAML file of exactly <paramref name="size"/> bytes: a comment padded to length.</summary>
    private static byte[] FileOfSize(int size)
    {
        var head = Encoding.UTF8.GetBytes("year: 2024\n#");
        var bytes = new byte[size];
        head.CopyTo(bytes, 0);
        Array.Fill(bytes, (byte)'x', head.Length, size - head.Length);
        return bytes;
    }

    [Fact]
    public void File_over_1_MiB_is_rejected_on_disk_before_it_is_read()
    {
        var report = LoadYearFile(FileOfSize(MiB + 1));
        var d = Assert.Single(report.Diagnostics);
        Assert.Equal(("GRG1004", false), (d.Id, d.Span.HasPosition));
        Assert.Contains((MiB + 1).ToString(), d.Message);
        Assert.Null(report.Data);
    }

    [Fact]
    public void File_over_1_MiB_is_rejected_from_bytes()
    {
        var (tree, diagnostics) = Read(FileOfSize(MiB + 1));
        Assert.Null(tree);
        Assert.Equal("GRG1004", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void File_of_exactly_1_MiB_is_not_too_large()
    {
        var (tree, diagnostics) = Read(FileOfSize(MiB));
        Assert.Empty(diagnostics);
        Assert.IsType<YMapping>(tree);
    }

    [Fact]
    public void Scalar_over_64_KiB_is_rejected_at_the_scalar()
    {
        var (tree, diagnostics) = Read("year: 2024\nnarrative:\n  text: " + new string('字', KiB64 + 1) + "\n");
        Assert.Null(tree);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("GRG1004", 3, 9), (d.Id, d.Span.Line, d.Span.Column));
        Assert.Contains((KiB64 + 1).ToString(), d.Message);
    }

    [Fact]
    public void Scalar_of_exactly_64_KiB_is_accepted()
    {
        var (tree, diagnostics) = Read("year: 2024\ntext: " + new string('x', KiB64) + "\n");
        Assert.Empty(diagnostics);
        Assert.Equal(KiB64, Assert.IsType<YScalar>(Assert.IsType<YMapping>(tree).Find("text")!.Value).Value.Length);
    }

    [Fact]
    public void Depth_16_is_accepted_and_depth_17_is_rejected_at_the_17th_opening()
    {
        // The root mapping is level 1, so 15 brackets make 16 levels.
        var ok = Read("a: " + new string('[', 15) + "1" + new string(']', 15) + "\n");
        Assert.Empty(ok.Diagnostics);
        Assert.NotNull(ok.Tree);

        var deep = Read("a: " + new string('[', 16) + "1" + new string(']', 16) + "\n");
        Assert.Null(deep.Tree);
        var d = Assert.Single(deep.Diagnostics);
        Assert.Equal(("GRG1004", 1, 4 + 15), (d.Id, d.Span.Line, d.Span.Column));
    }

    [Fact]
    public void Block_nesting_deeper_than_16_is_rejected()
    {
        var sb = new StringBuilder();
        for (var i = 0; i < 40; i++) sb.Append(new string(' ', 2 * i)).Append("k").Append(i).Append(":\n");
        sb.Append(new string(' ', 80)).Append("v: 1\n");
        var (tree, diagnostics) = Read(sb.ToString());
        Assert.Null(tree);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("GRG1004", 17, 33), (d.Id, d.Span.Line, d.Span.Column));
    }

    [Theory]
    [InlineData("[", "]")]
    [InlineData("{a: ", "}")]
    public void Flow_nesting_10000_deep_stops_at_the_limit_without_overflowing_the_stack(string open, string close)
    {
        const int depth = 10_000;
        var text = "a: " + string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth)) + "\n";
        var watch = Stopwatch.StartNew();
        var (tree, diagnostics) = Read(text);
        watch.Stop();
        Assert.Null(tree);
        Assert.Equal("GRG1004", Assert.Single(diagnostics).Id);
        Assert.True(watch.ElapsedMilliseconds < 2000, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Block_nesting_1000_deep_stops_at_the_limit()
    {
        // Each level is indented one more space; 1000 levels stay under the 1 MiB file limit.
        var sb = new StringBuilder();
        for (var i = 0; i < 1000; i++) sb.Append(' ', i).Append("-\n");
        Assert.True(sb.Length < 1024 * 1024);
        var (tree, diagnostics) = Read(sb.ToString());
        Assert.Null(tree);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("GRG1004", 17, 17), (d.Id, d.Span.Line, d.Span.Column));
        Assert.Contains("嵌套层级过深", d.Message);
    }

    [Fact]
    public void Two_documents_are_rejected_at_the_second_marker()
    {
        var (tree, diagnostics) = Read("year: 2024\n---\nyear: 2025\n");
        Assert.Null(tree);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("GRG1004", 2, 1), (d.Id, d.Span.Line, d.Span.Column));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n")]
    [InlineData("# 只有注释\n# year: 2024\n")]
    [InlineData("---\n")]
    [InlineData("---\n...\n")]
    [InlineData("~\n")]
    public void Empty_documents_are_GRG1004(string text)
    {
        var (tree, diagnostics) = Read(text);
        Assert.Null(tree);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("GRG1004", false), (d.Id, d.Span.HasPosition));
        Assert.Contains("文件为空", d.Message);
    }

    /// <summary>"Billion laughs": 10 levels of 10 aliases would expand to 10^10 nodes if anything expanded them.</summary>
    private static string AliasBomb()
    {
        var sb = new StringBuilder("year: 2024\nl0: &l0 [\"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\", \"哈\"]\n");
        for (var i = 1; i <= 10; i++)
            sb.Append($"l{i}: &l{i} [").Append(string.Join(", ", Enumerable.Repeat($"*l{i - 1}", 10))).Append("]\n");
        return sb.ToString();
    }

    [Fact]
    public void Alias_bomb_is_rejected_at_the_first_anchor_quickly_with_one_diagnostic()
    {
        var bytes = Encoding.UTF8.GetBytes(AliasBomb());
        var watch = Stopwatch.StartNew();
        var (tree, diagnostics) = Read(bytes);
        watch.Stop();
        Assert.Null(tree);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("GRG1005", 2, 5), (d.Id, d.Span.Line, d.Span.Column));
        Assert.Contains("&l0", d.Message);
        Assert.True(watch.ElapsedMilliseconds < 1000, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Fact]
    public void Alias_bomb_through_LoadAll_gives_one_diagnostic_and_no_data()
    {
        var watch = Stopwatch.StartNew();
        var report = LoadYearFile(Encoding.UTF8.GetBytes(AliasBomb()));
        watch.Stop();
        Assert.Equal("GRG1005", Assert.Single(report.Diagnostics).Id);
        Assert.Null(report.Data);
        Assert.True(watch.ElapsedMilliseconds < 2000, $"took {watch.ElapsedMilliseconds} ms");
    }

    [Theory]
    [InlineData("a: *undefined\n", 1, 4)]
    [InlineData("a: 1\nb: *a\n", 2, 4)]
    [InlineData("a: &x 1\n", 1, 4)]
    [InlineData("- &x {k: 1}\n- *x\n", 1, 3)]
    public void Any_anchor_or_alias_is_GRG1005(string text, int line, int column)
    {
        var (tree, diagnostics) = Read(text);
        Assert.Null(tree);
        var d = Assert.Single(diagnostics);
        Assert.Equal(("GRG1005", line, column), (d.Id, d.Span.Line, d.Span.Column));
    }
}

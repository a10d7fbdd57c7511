using System.Diagnostics;
using GovReportGen.Formats;
using GovReportGen.Tests.Loading;

namespace GovReportGen.Tests.Regressions;

/// <summary>
/// Issue 12, findings 3 and 5: YAML syntax messages are Chinese only (389 were English, 1,651 kept the English in
/// brackets), file-system failures do not quote the system's English, and a year file that is a FIFO is refused.
/// </summary>
public class Issue12YamlMessageTests
{
    public static TheoryData<string> BrokenYaml() => new()
    {
        "a:\n  - 1\n - 2\n",                   // block collection, expected '-'
        "a: 1\n b: 2\nc: 3\n",                 // block mapping, expected key
        "a: {b: 1\nc: 2\n",                    // flow mapping left open
        "a: [1, 2\nb: 3\n",                    // flow sequence left open
        "a: b: c\n",                           // mapping values not allowed
        "a: \"abc\n",                          // quoted scalar never closed
        "a: \"\\q\"\n",                        // unknown escape
        "a: \"\\uZZZZ\"\n",                    // invalid unicode escape
        "a: @home\n",                          // cannot start any token
        "a: `x`\n",                            // cannot start any token
        "a: !foo bar\n",                       // undefined tag handle? (a local tag is fine; !x! is not)
        "a: !x!y bar\n",                       // undefined tag handle
        "a: &x &y 1\n",                        // more than one anchor
        "a: |\n    x\n  y\n",                  // block scalar indentation
        "a: |0\n  x\n",                        // indentation indicator 0
        "a: 1\n...\nb: 2\n",                   // content after document end
        "%YAML 1.1\n%YAML 1.1\n---\na: 1\n",   // duplicate directive
        "a:\n\t- 1\n",                         // tab indentation
        "- a\nb: 1\n",                         // sequence then mapping
        "a: 1 # c\n  b\n",                     // plain scalar continued after a comment
        "a: *\n",                              // empty alias
        "{a: 1}}\n",                           // stray closing brace
        "a: 'x\n",                             // single quote never closed
    };

    [Theory]
    [MemberData(nameof(BrokenYaml))]
    public void A_YAML_syntax_message_is_Chinese_only(string yaml)
    {
        var (_, diagnostics) = LoadingSupport.Read(yaml);
        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, d =>
        {
            Assert.Matches(@"[\u4e00-\u9fff]", d.Message);
            Assert.DoesNotMatch(@"[A-Za-z]+ [A-Za-z]+ [A-Za-z]+", d.Message);
            Assert.DoesNotContain("While ", d.Message);
        });
    }

    [Theory]
    [InlineData('\u0085')]
    [InlineData('\u2028')]
    [InlineData('\u2029')]
    public void A_Unicode_line_break_does_not_shift_the_lines_of_later_findings(char lineBreak)
    {
        // Found by the fuzz target: YamlDotNet ended a line at U+2028, so a later finding named a line past the end.
        var (tree, diagnostics) = LoadingSupport.Read($"a: 1\nb: x{lineBreak}y\nc: [\n");
        Assert.Null(tree);
        var warning = Assert.Single(diagnostics, d => d.Id == "GRG1012");
        Assert.Equal((2, 5), (warning.Span.Line, warning.Span.Column));
        var error = Assert.Single(diagnostics, d => d.IsError);
        Assert.True(error.Span.Line <= 4, error.ToString());
    }

    [Fact]
    public void A_year_file_that_is_a_FIFO_is_GRG1004_not_a_hang()
    {
        using var dir = new TempDataDir();
        var agencyDir = dir.Agency("sample-kjj");
        File.Copy(Path.Combine(LoadingSupport.BaseDir(), "agency.yaml"), Path.Combine(agencyDir, "agency.yaml"));
        using (var mkfifo = Process.Start("mkfifo", Path.Combine(agencyDir, "2024.yaml"))) mkfifo.WaitForExit();

        var load = Task.Run(() => FormatRegistry.Loader.LoadAll(dir.Root, dir.Root));
        Assert.True(load.Wait(TimeSpan.FromSeconds(60)), "loading hung on a FIFO");

        var report = Assert.Single(Assert.Single(load.Result.Agencies).Reports);
        var error = Assert.Single(report.Diagnostics);
        Assert.Equal(("GRG1004", "agencies/sample-kjj/2024.yaml"), (error.Id, error.Span.File));
        Assert.Contains("不是普通文件", error.Message);
    }

    [Fact]
    public void A_year_file_that_is_a_folder_is_not_read_as_data_and_the_message_is_Chinese()
    {
        using var dir = new TempDataDir();
        var agencyDir = dir.Agency("sample-kjj");
        File.Copy(Path.Combine(LoadingSupport.BaseDir(), "agency.yaml"), Path.Combine(agencyDir, "agency.yaml"));
        var report = GovReportGen.Data.DataLayout.YearFiles(agencyDir);
        Assert.Empty(report);
        Assert.Equal("这是一个文件夹，不是文件", GovReportGen.IO.SafeRead.Refusal(agencyDir, 1));
        Assert.Equal("没有读写权限", GovReportGen.IO.SafeRead.Describe(new UnauthorizedAccessException("Access to the path '/x' is denied.")));
        Assert.Equal("磁盘空间不足", GovReportGen.IO.SafeRead.Describe(new IOException("No space left on device : '/x'")));
    }
}

using GovReportGen.Formats;
using GovReportGen.Cli;
using GovReportGen.Data;
using GovReportGen.Authoring;
using GovReportGen.IO;

namespace GovReportGen.Tests.Skeleton;

/// <summary><c>govreport new</c> through <see cref="CliApp.Run"/>: exit codes, messages, and what is (not) written.</summary>
public class NewCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    private static (int Code, string Out, string Err) New(TempDataFolder folder, string agency, string year) =>
        Run("new", "--agency", agency, "--year", year, "--data", folder.Root);

    [Theory]
    [InlineData("2025", "gov-2021")]
    [InlineData("2021", "gov-2021")]
    [InlineData("2019", "gov-2019")]
    public void Creates_the_year_file_and_reports_its_format(string year, string format)
    {
        using var folder = TempDataFolder.WithAgencyOnly();

        var (code, stdout, stderr) = New(folder, TempDataFolder.AgencyId, year);

        Assert.Equal(CliApp.ExitOk, code);
        Assert.Equal("", stderr);
        var path = folder.YearFile(int.Parse(year));
        Assert.True(File.Exists(path));
        Assert.Equal(
            $"已创建 {DataLayout.Display(path, null)}（格式 {format}），请填写正文中的【请填写…】占位内容",
            stdout.TrimEnd('\n', '\r'));
        Assert.Contains($"format: {format}", File.ReadAllText(path));
        Assert.Equal(new[] { $"{year}.yaml", "agency.yaml" }, Directory.GetFiles(folder.AgencyDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Refuses_to_overwrite_and_leaves_the_file_byte_for_byte()
    {
        using var folder = TempDataFolder.WithYear("gov-2021", 2024);
        var before = File.ReadAllBytes(folder.YearFile(2024));
        var time = File.GetLastWriteTimeUtc(folder.YearFile(2024));

        var (code, stdout, stderr) = New(folder, TempDataFolder.AgencyId, "2024");

        Assert.Equal(CliApp.ExitUsage, code);
        Assert.Equal("", stdout);
        Assert.Contains("已存在，未作任何修改", stderr);
        Assert.Equal(before, File.ReadAllBytes(folder.YearFile(2024)));
        Assert.Equal(time, File.GetLastWriteTimeUtc(folder.YearFile(2024)));
        Assert.Equal(2, Directory.GetFiles(folder.AgencyDir).Length);
    }

    [Fact]
    public void Missing_agency_yaml_is_refused_with_a_minimal_example()
    {
        using var folder = new TempDataFolder();
        Directory.CreateDirectory(folder.AgencyDir);

        var (code, _, stderr) = New(folder, TempDataFolder.AgencyId, "2024");

        Assert.Equal(CliApp.ExitUsage, code);
        Assert.Contains("缺少 agency.yaml", stderr);
        Assert.Contains($"id: {TempDataFolder.AgencyId}", stderr);
        Assert.Contains("name: ", stderr);
        Assert.Contains("kind: department", stderr);
        Assert.Empty(Directory.GetFiles(folder.AgencyDir));
    }

    [Fact]
    public void The_agency_example_is_a_valid_agency_yaml()
    {
        using var folder = new TempDataFolder();
        Directory.CreateDirectory(folder.AgencyDir);
        var outcome = SkeletonCreator.Create(folder.Root, TempDataFolder.AgencyId, 2024);
        Assert.False(outcome.Created);

        File.WriteAllLines(Path.Combine(folder.AgencyDir, "agency.yaml"), outcome.Details.Select(l => l[2..]));

        var loaded = FormatRegistry.Loader.LoadAgency(folder.AgencyDir, folder.Root);
        Assert.Empty(loaded.Diagnostics.Select(d => d.ToString()));
        Assert.NotNull(loaded.Agency);
        Assert.True(SkeletonCreator.Create(folder.Root, TempDataFolder.AgencyId, 2024).Created);
    }

    [Fact]
    public void Missing_agency_folder_is_refused()
    {
        using var folder = new TempDataFolder();

        var (code, _, stderr) = New(folder, "no-such-kjj", "2024");

        Assert.Equal(CliApp.ExitUsage, code);
        Assert.Contains("找不到机关文件夹", stderr);
        Assert.Contains("id: no-such-kjj", stderr);
        Assert.False(Directory.Exists(Path.Combine(folder.Root, "agencies", "no-such-kjj")));
    }

    [Fact]
    public void A_broken_agency_yaml_is_refused_with_its_errors()
    {
        using var folder = TempDataFolder.WithAgencyOnly();
        File.WriteAllText(Path.Combine(folder.AgencyDir, "agency.yaml"), "id: other-id\nname: 郑州市二七区科学技术局\nkind: department\n");

        var (code, _, stderr) = New(folder, TempDataFolder.AgencyId, "2024");

        Assert.Equal(CliApp.ExitUsage, code);
        Assert.Contains("GRG1011", stderr);
        Assert.False(File.Exists(folder.YearFile(2024)));
    }

    [Theory]
    [InlineData("Sample_KJJ")]
    [InlineData("../etc")]
    [InlineData("a--b")]
    public void Invalid_agency_id_is_refused(string id)
    {
        using var folder = TempDataFolder.WithAgencyOnly();

        var (code, _, stderr) = New(folder, id, "2024");

        Assert.Equal(CliApp.ExitUsage, code);
        Assert.Contains("机关标识", stderr);
        Assert.Contains("无效", stderr);
    }

    [Theory]
    [InlineData("2018")]
    [InlineData("1999")]
    [InlineData("20250")]
    public void Years_without_a_format_are_refused(string year)
    {
        using var folder = TempDataFolder.WithAgencyOnly();

        var (code, _, stderr) = New(folder, TempDataFolder.AgencyId, year);

        Assert.Equal(CliApp.ExitUsage, code);
        Assert.Contains($"不支持{year}年度", stderr);
        Assert.Single(Directory.GetFiles(folder.AgencyDir));
    }

    [Theory]
    [InlineData("new", "--agency", "sample-kjj")]
    [InlineData("new", "--year", "2024")]
    [InlineData("new", "--agency", "sample-kjj", "--year", "二〇二四")]
    public void Missing_or_malformed_options_are_usage_errors(params string[] args)
    {
        var (code, stdout, stderr) = Run(args);

        Assert.Equal(CliApp.ExitUsage, code);
        Assert.Equal("", stdout);
        Assert.Contains("用法错误", stderr);
    }

    [Fact]
    public void A_previous_year_with_errors_prints_a_warning_and_still_creates()
    {
        using var folder = TempDataFolder.WithYear("gov-2021", 2023, ("year: 2023", "year: 二〇二三"));

        var (code, stdout, stderr) = New(folder, TempDataFolder.AgencyId, "2024");

        Assert.Equal(CliApp.ExitOk, code);
        Assert.StartsWith("已创建", stdout);
        Assert.StartsWith("警告：", stderr);
        Assert.Contains("2023.yaml", stderr);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.True(File.Exists(folder.YearFile(2024)));
    }

    [Fact]
    public void Atomic_create_never_replaces_and_leaves_no_temp_file()
    {
        using var folder = TempDataFolder.WithAgencyOnly();
        var path = Path.Combine(folder.AgencyDir, "x.yaml");

        Assert.True(AtomicFile.TryCreateNew(path, "a: 1\n"u8));
        Assert.False(AtomicFile.TryCreateNew(path, "a: 2\n"u8));

        Assert.Equal("a: 1\n", File.ReadAllText(path));
        Assert.Equal(new[] { "agency.yaml", "x.yaml" }, Directory.GetFiles(folder.AgencyDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }
}

using System.Text.Json;
using GovReportGen.Cli;
using GovReportGen.Tests.EndToEnd;
using GovReportGen.Tests.Support;
using Json.Schema;

namespace GovReportGen.Tests.Import;

/// <summary>
/// <c>govreport import</c> end to end: the Chinese import report, the year file written once and atomically, never over
/// an existing one without --force, nothing written on --dry-run, the JSON contract, exit codes.
/// </summary>
public sealed class ImportCommandTests(ImportSamples samples) : IClassFixture<ImportSamples>
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr, RenderedSamples.Today);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    private string EmptyData(string name)
    {
        var data = samples.Scratch("cli-" + name);
        Directory.CreateDirectory(Path.Combine(data, "agencies"));
        return data;
    }

    [Fact]
    public void Imports_a_pdf_with_its_report_in_chinese_and_writes_the_year_and_agency_files()
    {
        var data = EmptyData("pdf");
        var pdf = samples.Rendered("import-distinct-a", 2024, "pdf");
        var (exit, output, _) = Run("import", "--data", data, pdf);
        Assert.Equal(0, exit);
        Assert.Contains("（PDF）：表格格式 gov-2021，读取单元格 200/200", output);
        Assert.Contains("已写入：", output);
        Assert.Contains("（并新建 agency.yaml）", output);
        Assert.Contains("导入完成：1 个文件，写入 1 个年度文件，0 个错误", output);
        var yearFile = Path.Combine(data, "agencies", "import-distinct-a", "2024.yaml");
        Assert.True(File.Exists(yearFile));
        Assert.True(File.Exists(Path.Combine(data, "agencies", "import-distinct-a", "agency.yaml")));
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(yearFile)!, "*.grg-tmp"));
        // The file it wrote validates with the samples' own checks.
        Assert.Equal(0, Run("validate", "--data", data, "--quiet").Exit);
    }

    [Fact]
    public void Never_overwrites_a_year_file_without_force_and_replaces_it_with_force()
    {
        var data = EmptyData("force");
        var html = samples.Rendered("import-distinct-a", 2024, "html");
        Assert.Equal(0, Run("import", "--data", data, html).Exit);
        var yearFile = Path.Combine(data, "agencies", "import-distinct-a", "2024.yaml");
        File.WriteAllText(yearFile, "# edited by hand\n");
        var (exit, output, _) = Run("import", "--data", data, html);
        Assert.Equal(1, exit);
        Assert.Contains("GRG8010", output);
        Assert.Contains("年度文件已存在，未覆盖（确需覆盖请加 --force）", output);
        Assert.Equal("# edited by hand\n", File.ReadAllText(yearFile));
        Assert.Equal(0, Run("import", "--data", data, "--force", html).Exit);
        Assert.StartsWith("# ", File.ReadAllText(yearFile));
        Assert.Contains("year: 2024", File.ReadAllText(yearFile));
    }

    [Fact]
    public void Dry_run_writes_nothing_but_still_validates()
    {
        var data = EmptyData("dry");
        var (exit, output, _) = Run("import", "--data", data, "--dry-run", samples.Rendered("import-distinct-b", 2020, "docx"));
        Assert.Equal(0, exit);
        Assert.Contains("试运行，未写入", output);
        Assert.Contains("校验：", output);
        Assert.Empty(Directory.GetFileSystemEntries(Path.Combine(data, "agencies")));
    }

    [Fact]
    public void Same_input_same_bytes()
    {
        var a = EmptyData("det-a");
        var b = EmptyData("det-b");
        var docx = samples.Rendered("import-distinct-b", 2020, "docx");
        Run("import", "--data", a, docx);
        Run("import", "--data", b, docx);
        var file = Path.Combine("agencies", "import-distinct-b", "2020.yaml");
        Assert.Equal(File.ReadAllBytes(Path.Combine(a, file)), File.ReadAllBytes(Path.Combine(b, file)));
    }

    [Fact]
    public void Json_follows_its_schema_and_carries_findings_and_validation()
    {
        var data = EmptyData("json");
        var (exit, output, _) = Run("import", "--data", data, "--format", "json", "--agency", "json-kjj",
            samples.Rendered("zaozhuang-shizhong-kjj", 2024, "html"), Path.Combine(RepoPaths.Root, "README.md"));
        Assert.Equal(1, exit); // README.md is not a report
        var schema = JsonSchema.FromText(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "schemas", "import-output.schema.json")),
            new BuildOptions { SchemaRegistry = new SchemaRegistry() });
        using var doc = JsonDocument.Parse(output);
        var result = schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, output);
        var files = doc.RootElement.GetProperty("files");
        Assert.Equal(200, files[0].GetProperty("cellsRead").GetInt32());
        Assert.Equal("gov-2021", files[0].GetProperty("format").GetString());
        Assert.Contains(files[0].GetProperty("findings").EnumerateArray(), f => f.GetProperty("id").GetString() == "GRG8009");
        Assert.Equal("GRG8010", files[1].GetProperty("findings")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Usage_errors_are_chinese_and_exit_2()
    {
        var (exit, _, err) = Run("import", "--data", EmptyData("usage"), "/no/such/report.pdf");
        Assert.Equal(2, exit);
        Assert.Contains("找不到要导入的文件", err);
    }
}

using GovReportGen.Cli;
using GovReportGen.Formats;
using GovReportGen.Tests.EndToEnd;

namespace GovReportGen.Tests.Form;

/// <summary><c>govreport form</c> and <c>govreport import form.xlsx</c> on the command line: Chinese messages, exit codes, --force.</summary>
public sealed class FormCommandTests : IDisposable
{
    private readonly TempFolder _folder = new("form-cli");

    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = CliApp.Run(args, stdout, stderr, RenderedSamples.Today);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Form_then_import_on_the_command_line()
    {
        var data = _folder.Sub("data");
        TempFolder.CopyTree(EndToEndPaths.Data, data);
        var original = FormatRegistry.Loader.LoadAll(data).Find("ningbo-yinzhou-kjj", 2024)!.Data!;
        File.Delete(Path.Combine(data, "agencies", "ningbo-yinzhou-kjj", "2024.yaml"));
        var form = _folder.Sub("out", "宁波.xlsx");

        var (exit, output, _) = Run("form", "--agency", "ningbo-yinzhou-kjj", "--year", "2024", "--data", data, "--out", form);
        Assert.Equal(0, exit);
        Assert.Contains("已生成填报表", output);
        Assert.True(File.Exists(form));

        var (again, _, error) = Run("form", "--agency", "ningbo-yinzhou-kjj", "--year", "2024", "--data", data, "--out", form);
        Assert.Equal(2, again);
        Assert.Contains("已存在，未覆盖（确需覆盖请加 --force）", error);
        Assert.Equal(0, Run("form", "--agency", "ningbo-yinzhou-kjj", "--year", "2024", "--data", data, "--out", form, "--force").Exit);

        FormFiller.FillFrom(form, original);
        var (imported, report, _) = Run("import", "--data", data, form);
        Assert.True(imported == 0, report);
        Assert.Contains("（XLSX）：表格格式 gov-2021，读取单元格 200/200", report);
        Assert.Contains("已写入：", report);
        Assert.True(File.Exists(Path.Combine(data, "agencies", "ningbo-yinzhou-kjj", "2024.yaml")));
        Assert.Equal(0, Run("validate", "--data", data, "--agency", "ningbo-yinzhou-kjj", "--quiet").Exit);
    }

    [Fact]
    public void The_json_of_a_form_with_a_bad_cell_follows_the_import_contract()
    {
        var data = _folder.Sub("data");
        TempFolder.CopyTree(EndToEndPaths.Data, data);
        var form = _folder.Sub("form.xlsx");
        Assert.Equal(0, Run("form", "--agency", "chaoyang-kjj", "--year", "2025", "--data", data, "--out", form).Exit);
        FormFiller.Edit(form, FormatRegistry.ById("gov-2021")!, set => set("table3.rows.carried_forward.other_org", "-"));
        FormFiller.Edit(form, FormatRegistry.ById("gov-2021")!, set => set("table4.reconsideration.upheld", "三"));
        var (exit, output, _) = Run("import", "--data", data, "--dry-run", "--format", "json", form);
        Assert.Equal(1, exit);
        var schema = Json.Schema.JsonSchema.FromText(File.ReadAllText(Path.Combine(EndToEndPaths.Root, "docs", "schemas", "import-output.schema.json")),
            new Json.Schema.BuildOptions { SchemaRegistry = new Json.Schema.SchemaRegistry() });
        using var doc = System.Text.Json.JsonDocument.Parse(output);
        Assert.True(schema.Evaluate(doc.RootElement, new Json.Schema.EvaluationOptions { OutputFormat = Json.Schema.OutputFormat.List }).IsValid, output);
        var file = doc.RootElement.GetProperty("files")[0];
        Assert.Equal("xlsx", file.GetProperty("kind").GetString());
        Assert.Equal("chaoyang-kjj", file.GetProperty("agency").GetString());
        Assert.Equal(2025, file.GetProperty("year").GetInt32());
        var findings = file.GetProperty("findings").EnumerateArray().ToList();
        var bad = Assert.Single(findings, f => f.GetProperty("id").GetString() == "GRG8005");
        Assert.Equal("表四!A5", bad.GetProperty("where").GetString());
        Assert.Equal("table4.reconsideration.upheld", bad.GetProperty("keyPath").GetString());
        Assert.Equal("三", bad.GetProperty("actual").GetString());
        // A dash is how publications print none: read as 0 and listed, as for a printed report.
        Assert.Contains(findings, f => f.GetProperty("id").GetString() == "GRG8002" && f.GetProperty("where").GetString() == "表三!I29");
    }

    [Fact]
    public void Refusals_are_in_chinese_with_exit_2()
    {
        var data = _folder.Sub("data");
        TempFolder.CopyTree(EndToEndPaths.Data, data);
        var (exit, _, error) = Run("form", "--agency", "no-such-agency", "--year", "2024", "--data", data, "--out", _folder.Sub("x.xlsx"));
        Assert.Equal(2, exit);
        Assert.Contains("找不到", error);
        (exit, _, error) = Run("form", "--agency", "chaoyang-kjj", "--year", "2018", "--data", data, "--out", _folder.Sub("x.xlsx"));
        Assert.Equal(2, exit);
        Assert.Contains("不支持2018年度", error);
        Assert.False(File.Exists(_folder.Sub("x.xlsx")));
        var (_, help, _) = Run("form", "--help");
        Assert.Contains("填报表", help);
    }

    public void Dispose() => _folder.Dispose();
}

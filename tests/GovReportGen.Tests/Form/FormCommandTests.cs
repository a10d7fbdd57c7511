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

using GovReportGen.Tests.Support;

namespace GovReportGen.Tests.Docs;

/// <summary>docs/templates.md is what <c>govreport templates --markdown</c> prints now; <c>templates --agency</c> names the files.</summary>
public class TemplateReferenceTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var exit = GovReportGen.Cli.CliApp.Run(args, stdout, stderr, new DateOnly(2026, 1, 10));
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Docs_templates_md_is_current()
    {
        var (exit, output, error) = Run("templates", "--markdown", "--data", RepoPaths.Data, "--templates", RepoPaths.Templates);
        Assert.True(exit == 0, error);
        var doc = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "templates.md")).Replace("\r\n", "\n");
        Assert.True(doc == output.Replace("\r\n", "\n"),
            "docs/templates.md is out of date: regenerate it from the repository root with `govreport templates --markdown > docs/templates.md`.");
    }

    [Fact]
    public void The_reference_lists_model_variables_functions_markup_and_structure()
    {
        var (_, output, _) = Run("templates", "--markdown", "--data", RepoPaths.Data, "--templates", RepoPaths.Templates);
        Assert.Contains("| `report.year` | 整数 | `", output);
        Assert.Contains("| `table3.rows.new_requests.natural_person` | 文本 |", output);
        Assert.Contains("| `cell(row, column)` |", output);
        Assert.Contains("| `<p>` | `class` | `date` `note` `subtitle` |", output);
        Assert.Contains("1. `templates/agencies/<机关标识>/`", output);
        Assert.Contains("- 三、收到和处理政府信息公开申请情况", output);
    }

    [Fact]
    public void Templates_for_an_agency_names_its_override_first()
    {
        using var temp = new GovReportGen.Tests.EndToEnd.TempFolder("templates-cmd");
        GovReportGen.Tests.EndToEnd.TempFolder.CopyTree(RepoPaths.Templates, temp.Sub("templates"));
        Directory.CreateDirectory(temp.Sub("templates", "agencies", "chaoyang-kjj"));
        File.WriteAllText(temp.Sub("templates", "agencies", "chaoyang-kjj", "title.sbn"), "<h1 class=\"title\">x</h1>");
        var (exit, output, error) = Run("templates", "--agency", "chaoyang-kjj", "--data", RepoPaths.Data, "--templates", temp.Sub("templates"));
        Assert.True(exit == 0, error);
        Assert.Matches(@"title\.sbn\s+→ .*/agencies/chaoyang-kjj/title\.sbn  （机关覆盖）", output);
        Assert.Matches(@"table3\.sbn\s+→ .*/common/table3\.sbn\n", output.Replace("\r\n", "\n"));
    }
}

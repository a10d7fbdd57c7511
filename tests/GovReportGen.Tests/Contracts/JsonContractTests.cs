using System.Text.Json;
using System.Text.Json.Nodes;
using GovReportGen.Cli;
using GovReportGen.Diagnostics;
using GovReportGen.Pipeline;
using GovReportGen.Tests.EndToEnd;
using GovReportGen.Tests.Support;
using Json.Schema;

namespace GovReportGen.Tests.Contracts;

/// <summary>
/// A data tree with every kind of finding the JSON contract has a field for: a sum that does not balance
/// (GRG2001, expected and actual), a misspelt key (GRG1007, suggestion), a missing cell (GRG1008, key path and
/// cell), a year file that does not load (format null), and a folder that is no agency (folder-level, no position).
/// Validated once through the CLI and rendered once (HTML only).
/// </summary>
public sealed class ContractTree : IDisposable
{
    private readonly TempFolder _folder = new("contract");

    public ContractTree()
    {
        try
        {
            var agencies = Path.Combine(DataDir, "agencies");
            foreach (var agency in new[] { "ningbo-yinzhou-kjj", "chaoyang-kjj" })
                TempFolder.CopyTree(Path.Combine(RepoPaths.Data, "agencies", agency), Path.Combine(agencies, agency));
            Edit("ningbo-yinzhou-kjj", "carried_forward: {natural_person: 0,", "carried_forward: {natural_person: 5,");
            Edit("chaoyang-kjj", "title_style: niandu", "titel_style: niandu");
            Edit("chaoyang-kjj", "carried_in: {natural_person: 0, ", "carried_in: {");
            TempFolder.CopyTree(Path.Combine(RepoPaths.Data, "agencies", "chaoyang-kjj"), Path.Combine(agencies, "unreadable-kjj"));
            File.WriteAllText(Path.Combine(agencies, "unreadable-kjj", "agency.yaml"),
                File.ReadAllText(Path.Combine(agencies, "unreadable-kjj", "agency.yaml")).Replace("id: chaoyang-kjj", "id: unreadable-kjj"));
            File.WriteAllText(Path.Combine(agencies, "unreadable-kjj", "2024.yaml"), "year: [2024\n");
            Directory.CreateDirectory(Path.Combine(agencies, "Bad_Folder"));

            var stdout = new StringWriter();
            ValidateExit = CliApp.Run(new[] { "validate", "--data", DataDir, "--format", "json" }, stdout, new StringWriter(), RenderedSamples.Today);
            ValidateJson = stdout.ToString();
            var textOut = new StringWriter();
            CliApp.Run(new[] { "validate", "--data", DataDir }, textOut, new StringWriter(), RenderedSamples.Today);
            ValidateText = textOut.ToString();
            RenderRun.Execute(new RenderOptions(DataDir, RepoPaths.Templates, OutDir, new[] { "html" }, RenderedSamples.Today, DisplayRoot: _folder.Path));
        }
        catch
        {
            _folder.Dispose();
            throw;
        }
    }

    public string DataDir => _folder.Sub("data");
    public string OutDir => _folder.Sub("out");
    public int ValidateExit { get; }
    public string ValidateJson { get; }
    public string ValidateText { get; }
    public string ManifestPath => Path.Combine(OutDir, Manifest.FileName);

    private void Edit(string agency, string find, string replace)
    {
        var file = Path.Combine(DataDir, "agencies", agency, "2024.yaml");
        var yaml = File.ReadAllText(file);
        Assert.True(yaml.Contains(find, StringComparison.Ordinal), $"test data changed: no “{find}” in {file}");
        File.WriteAllText(file, yaml.Replace(find, replace, StringComparison.Ordinal));
    }

    public void Dispose() => _folder.Dispose();
}

/// <summary>The JSON outputs validate against docs/schemas, and the fields the contract promises are filled.</summary>
[Collection(EndToEndCollection.Name)]
public class JsonContractTests : IClassFixture<ContractTree>
{
    private static readonly Lazy<JsonSchema> ManifestSchema = new(() => Load("manifest.schema.json"));
    private static readonly Lazy<JsonSchema> ValidateSchema = new(() => Load("validate-output.schema.json"));

    private readonly ContractTree _tree;
    private readonly RenderedSamples _samples;

    public JsonContractTests(ContractTree tree, RenderedSamples samples) => (_tree, _samples) = (tree, samples);

    private static string SchemaPath(string name) => Path.Combine(RepoPaths.Root, "docs", "schemas", name);

    private static JsonSchema Load(string name) =>
        JsonSchema.FromText(File.ReadAllText(SchemaPath(name)), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static void AssertValid(Lazy<JsonSchema> schema, string json, string what)
    {
        using var doc = JsonDocument.Parse(json);
        var result = schema.Value.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, $"{what} does not match its schema:\n" + string.Join("\n",
            (result.Details ?? new List<EvaluationResults>()).Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation} ({d.EvaluationPath}): {e.Key}: {e.Value}")).Take(20)));
    }

    [Fact]
    public void The_schema_checker_rejects_what_breaks_the_contract()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(_tree.ManifestPath))!;
        var diagnostic = manifest["reports"]![0]!["diagnostics"]![0]!;
        diagnostic["line"] = 1;
        diagnostic["column"] = null;
        Assert.False(Evaluate(ManifestSchema, manifest), "a line without a column passed");
        diagnostic["column"] = 1;
        diagnostic["undocumented"] = "x";
        Assert.False(Evaluate(ManifestSchema, manifest), "an undocumented field passed");

        var validate = JsonNode.Parse(_tree.ValidateJson)!;
        validate["schemaVersion"] = 2;
        Assert.False(Evaluate(ValidateSchema, validate), "another schemaVersion passed");
    }

    private static bool Evaluate(Lazy<JsonSchema> schema, JsonNode node)
    {
        using var doc = JsonDocument.Parse(node.ToJsonString());
        return schema.Value.Evaluate(doc.RootElement).IsValid;
    }

    [Fact]
    public void Manifests_of_the_samples_and_of_a_tree_with_every_kind_of_finding_validate()
    {
        AssertValid(ManifestSchema, File.ReadAllText(Path.Combine(_samples.OutDir, Manifest.FileName)), "the samples' manifest.json");
        AssertValid(ManifestSchema, File.ReadAllText(_tree.ManifestPath), "the contract tree's manifest.json");
    }

    [Fact]
    public void Validate_json_of_the_samples_and_of_a_tree_with_every_kind_of_finding_validates()
    {
        var stdout = new StringWriter();
        Assert.Equal(0, CliApp.Run(new[] { "validate", "--data", RepoPaths.Data, "--format", "json" }, stdout, new StringWriter(), RenderedSamples.Today));
        AssertValid(ValidateSchema, stdout.ToString(), "validate --format json of the samples");
        Assert.Equal(1, _tree.ValidateExit);
        AssertValid(ValidateSchema, _tree.ValidateJson, "validate --format json of the contract tree");
    }

    [Fact]
    public void Both_outputs_carry_schema_version_1_and_the_schemas_share_one_diagnostic_definition()
    {
        using var validate = JsonDocument.Parse(_tree.ValidateJson);
        using var manifest = JsonDocument.Parse(File.ReadAllText(_tree.ManifestPath));
        Assert.Equal(1, validate.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(1, manifest.RootElement.GetProperty("schemaVersion").GetInt32());
        Assert.Equal(Manifest.SchemaVersion, ValidateCommand.JsonSchemaVersion);

        var definitions = new[] { "manifest.schema.json", "validate-output.schema.json" }
            .Select(n => JsonNode.Parse(File.ReadAllText(SchemaPath(n)))!["$defs"]!["diagnostic"]!.ToJsonString()).ToList();
        Assert.Equal(definitions[0], definitions[1]);
    }

    private IReadOnlyList<JsonElement> ValidateDiagnostics(string id)
    {
        var root = JsonDocument.Parse(_tree.ValidateJson).RootElement;
        return root.GetProperty("reports").EnumerateArray().SelectMany(r => r.GetProperty("diagnostics").EnumerateArray())
            .Concat(root.GetProperty("folderDiagnostics").EnumerateArray())
            .Where(d => d.GetProperty("id").GetString() == id).ToList();
    }

    [Fact]
    public void A_sum_that_does_not_balance_names_its_cell_key_path_and_both_values()
    {
        var d = Assert.Single(ValidateDiagnostics("GRG2001"));
        Assert.Equal("表三“自然人”列", d.GetProperty("cell").GetString());
        Assert.Equal("table3.rows.new_requests.natural_person", d.GetProperty("keyPath").GetString());
        Assert.Equal(("2", "7"), (d.GetProperty("expected").GetString(), d.GetProperty("actual").GetString()));
        // The fields repeat what the message says, for machines; the message also says how to find the fault (issue 14).
        Assert.Equal("表三“自然人”列：本年新收(2)+上年结转(0)=2 ≠ 办理结果总计(2)+结转下年度(5)=7；办理结果和结转下年度比收到的多 5 件：是否多填了办理结果，或漏填了本年新收、上年结转？请核对该列的“一、本年新收”“二、上年结转”“（七）总计”（及其各办理结果）和“四、结转下年度”",
            d.GetProperty("message").GetString());
    }

    [Fact]
    public void A_misspelt_key_suggests_the_right_one_and_a_missing_cell_names_its_key_path_and_cell()
    {
        var unknown = Assert.Single(ValidateDiagnostics("GRG1007"));
        Assert.Equal(("titel_style", "title_style"), (unknown.GetProperty("keyPath").GetString(), unknown.GetProperty("suggestion").GetString()));

        var missing = Assert.Single(ValidateDiagnostics("GRG1008"));
        Assert.Equal("table3.rows.carried_in.natural_person", missing.GetProperty("keyPath").GetString());
        Assert.Equal("表三“二、上年结转政府信息公开申请数量”行“自然人”列", missing.GetProperty("cell").GetString());
    }

    [Fact]
    public void A_file_that_does_not_load_has_format_null_and_folder_findings_have_no_position()
    {
        var root = JsonDocument.Parse(_tree.ValidateJson).RootElement;
        var unreadable = root.GetProperty("reports").EnumerateArray().Single(r => r.GetProperty("agency").GetString() == "unreadable-kjj");
        Assert.Equal(JsonValueKind.Null, unreadable.GetProperty("format").ValueKind);
        Assert.Equal("error", unreadable.GetProperty("status").GetString());

        var folder = Assert.Single(root.GetProperty("folderDiagnostics").EnumerateArray());
        Assert.Equal("GRG1011", folder.GetProperty("id").GetString());
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (folder.GetProperty("line").ValueKind, folder.GetProperty("column").ValueKind));
        Assert.EndsWith("agencies/Bad_Folder", folder.GetProperty("file").GetString());

        // In text: the path, then the severity, with no made-up (1,1).
        var line = Assert.Single(_tree.ValidateText.Split('\n'), l => l.Contains("GRG1011"));
        Assert.Matches(@"agencies/Bad_Folder: 错误 GRG1011: ", line);
        Assert.DoesNotContain("(1,1)", _tree.ValidateText);
    }

    [Fact]
    public void A_diagnostic_without_position_round_trips_through_the_manifest_and_its_ci_forms_omit_the_line()
    {
        var d = new Diagnostic("GRG1011", Severity.Error, SourceSpan.WholeOf("data/agencies/x"), "缺少 agency.yaml")
        {
            CellLabel = "单元格", KeyPath = "a.b", Expected = "1", Actual = "2", Suggestion = "c",
        };
        var entry = new ManifestEntry("x", "X", 2024, null, ReportStatus.Error, new Dictionary<string, string>(), new[] { d });
        using var doc = JsonDocument.Parse(Manifest.Serialize(new[] { entry }));
        var back = Manifest.ReadEntry(doc.RootElement.GetProperty("reports")[0]);
        Assert.Equal(d, Assert.Single(back.Diagnostics));
        Assert.Equal("data/agencies/x: 错误 GRG1011: 缺少 agency.yaml", d.ToString());
        Assert.Equal("::error file=data/agencies/x,title=GRG1011::缺少 agency.yaml", DiagnosticFormatter.ToGitHubAnnotation(d));
        Assert.Equal("data/agencies/x: error GRG1011: 缺少 agency.yaml", DiagnosticFormatter.ToMsBuild(d));
    }
}

using System.CommandLine;
using System.Text.Json;
using GovReportGen.IO;
using GovReportGen.Pipeline;

namespace GovReportGen.Cli;

/// <summary><c>govreport site</c>: rebuilds site/index.html from an out folder's manifest.json.</summary>
public static class SiteCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string>("--out") { Description = "输出目录（含 manifest.json）", HelpName = "目录", DefaultValueFactory = _ => "artifacts" };
        var command = new Command("site", "根据 manifest.json 重新生成审核总览 site/index.html 及各报告的问题页") { output };
        command.SetAction(parse =>
        {
            var outDir = parse.GetValue(output)!;
            var manifestPath = Path.Combine(outDir, Manifest.FileName);
            if (!File.Exists(manifestPath))
            {
                stderr.WriteLine($"找不到“{manifestPath}”：请先运行 govreport render");
                return CliApp.ExitUsage;
            }
            IReadOnlyList<ManifestEntry> entries;
            try { entries = Manifest.Read(manifestPath); }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                stderr.WriteLine($"manifest.json 已损坏，无法读取{(e is JsonException json ? "：" + GovReportGen.IO.SafeRead.DescribeJson(json) : "")}；请重新运行 govreport render");
                return CliApp.ExitUsage;
            }
            var index = Path.Combine(outDir, SiteIndex.RelativePath);
            SiteIndex.WriteTo(outDir, entries);
            stdout.WriteLine($"站点索引已生成：{index}（{entries.Count} 份报告）");
            return CliApp.ExitOk;
        });
        return command;
    }
}

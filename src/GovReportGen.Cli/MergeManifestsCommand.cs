using System.CommandLine;
using GovReportGen.Diagnostics;
using GovReportGen.Pipeline;

namespace GovReportGen.Cli;

/// <summary><c>govreport merge-manifests --out OUT DIR1 DIR2 …</c>: one output folder from the shards of a run.</summary>
public static class MergeManifestsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string>("--out") { Description = "合并后的输出目录", HelpName = "目录", DefaultValueFactory = _ => "artifacts" };
        var shards = new Argument<string[]>("shards") { HelpName = "分片目录", Description = "各分片的输出目录（render --shard K/N --out DIR 的 DIR）", Arity = ArgumentArity.OneOrMore };
        var command = new Command("merge-manifests", "合并多机分片的输出：汇集各分片的 reports/，写出与单机运行相同的 manifest.json 和站点索引") { output, shards };
        command.SetAction(parse =>
        {
            var dirs = parse.GetValue(shards)!;
            var missing = dirs.FirstOrDefault(d => !Directory.Exists(d));
            if (missing is not null)
            {
                stderr.WriteLine($"找不到分片目录“{missing}”");
                return CliApp.ExitUsage;
            }
            try
            {
                var merged = ShardMerger.Merge(parse.GetValue(output)!, dirs);
                stdout.WriteLine($"已合并 {dirs.Length} 个分片，共 {merged.Count} 份报告，输出目录 {parse.GetValue(output)}");
                return merged.Any(e => e.Status == ReportStatus.Error) ? CliApp.ExitErrorsFound : CliApp.ExitOk;
            }
            catch (Exception e) when (e is ShardMerger.MergeException or OutputFolderException)
            {
                stderr.WriteLine(e.Message);
                return CliApp.ExitUsage;
            }
        });
        return command;
    }
}

using System.CommandLine;
using System.Runtime.InteropServices;
using GovReportGen.Cli.Preview;

namespace GovReportGen.Cli;

/// <summary><c>govreport preview</c>: a local page that follows every save of the data and templates.</summary>
public static class PreviewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, DateOnly today)
    {
        var data = ValidateCommand.DataOption();
        var agency = ValidateCommand.AgencyOption();
        var year = ValidateCommand.YearOption();
        var templates = new Option<string>("--templates") { Description = "模板目录", HelpName = "目录", DefaultValueFactory = _ => "./templates" };
        var port = new Option<int>("--port") { Description = "本机端口（只监听 127.0.0.1；0 表示任选空闲端口）", HelpName = "端口", DefaultValueFactory = _ => 5017 };
        var command = new Command("preview", "本机预览：浏览器中并排显示网页版和 PDF，保存数据或模板后自动重新生成并刷新，出错时列出每个错误的位置")
        {
            data, templates, agency, year, port,
        };
        command.SetAction(parse =>
        {
            var dataDir = parse.GetValue(data)!;
            var templatesDir = parse.GetValue(templates)!;
            if (!Directory.Exists(Path.Combine(dataDir, "agencies")))
            {
                stderr.WriteLine($"找不到数据目录“{Path.Combine(dataDir, "agencies")}”：请用 --data 指定含 agencies/ 的目录");
                return CliApp.ExitUsage;
            }
            if (!Directory.Exists(templatesDir))
            {
                stderr.WriteLine($"找不到模板目录“{templatesDir}”：请用 --templates 指定");
                return CliApp.ExitUsage;
            }
            if (Selection.Problem(dataDir, parse.GetValue(agency), parse.GetValue(year)) is { } selection)
            {
                stderr.WriteLine(selection);
                return CliApp.ExitUsage;
            }
            if (parse.GetValue(port) is < 0 or > 65535)
            {
                stderr.WriteLine("--port 应为 0–65535");
                return CliApp.ExitUsage;
            }
            using var workspace = new PreviewWorkspace(dataDir, templatesDir, today);
            PreviewServer server;
            try
            {
                server = PreviewServer.StartAsync(workspace, parse.GetValue(port), parse.GetValue(agency), parse.GetValue(year)).GetAwaiter().GetResult();
            }
            catch (IOException e)
            {
                stderr.WriteLine($"无法在 127.0.0.1:{parse.GetValue(port)} 上启动预览：{e.Message}（可用 --port 换一个端口）");
                return CliApp.ExitUsage;
            }
            stdout.WriteLine($"预览地址：{server.Address}（只对本机开放；按 Ctrl+C 结束）");
            stdout.WriteLine($"生成的文件放在临时目录 {workspace.ScratchDir}，不写入发布目录");
            using var stop = new ManualResetEventSlim();
            // Ctrl+C and a plain kill both end the preview through Dispose, which removes the scratch folder.
            using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, c => { c.Cancel = true; stop.Set(); });
            using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, c => { c.Cancel = true; stop.Set(); });
            try { stop.Wait(); }
            finally { server.DisposeAsync().AsTask().GetAwaiter().GetResult(); }
            return CliApp.ExitOk;
        });
        return command;
    }
}

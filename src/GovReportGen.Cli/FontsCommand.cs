using System.CommandLine;
using System.Diagnostics;
using GovReportGen.Theme;
using GovReportGen.Writers.Pdf.Fonts;

namespace GovReportGen.Cli;

/// <summary>
/// <c>govreport fonts [--install]</c>: checks that every PDF font role (templates/theme/fonts.json) has an
/// installed family. With <c>--install</c>, on a machine where we are root and apt-get exists, installs the
/// free chain's Debian packages and checks again; otherwise names the role, its chain and the exact command.
/// </summary>
public static class FontsCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var templates = new Option<string>("--templates") { Description = "模板目录（字体主题在其中的 theme/）", HelpName = "目录", DefaultValueFactory = _ => "./templates" };
        var install = new Option<bool>("--install") { Description = "缺少字体且以 root 运行并有 apt-get 时，自动安装免费字体包" };
        var command = new Command("fonts", "检查 PDF 各字体角色（标题、黑体、楷体、仿宋、表格、页码）是否有已安装的字体") { templates, install };
        command.SetAction(parse =>
        {
            var themeDir = ThemeSpec.DirectoryFor(parse.GetValue(templates)!);
            FontTheme theme;
            try { theme = FontTheme.Load(themeDir); }
            catch (PdfFontException e)
            {
                stderr.WriteLine($"错误：{e.Message}");
                return CliApp.ExitUsage;
            }
            var result = FontCheck.Run(theme);
            Print(result, stdout);
            if (result.Missing.Count == 0)
            {
                stdout.WriteLine("字体检查通过：每个字体角色都有已安装的字体。");
                return CliApp.ExitOk;
            }
            if (parse.GetValue(install) && CanInstall() && result.InstallCommand.Length > 0)
            {
                var packages = theme.AllPackages;
                stdout.WriteLine($"缺少字体，正在以 root 身份安装免费字体包：apt-get install -y {string.Join(" ", packages)}");
                if (RunAptGet(packages, stdout, stderr))
                {
                    FontCatalog.ClearCache();
                    result = FontCheck.Run(theme);
                    Print(result, stdout);
                    if (result.Missing.Count == 0)
                    {
                        stdout.WriteLine("字体已安装，字体检查通过。");
                        return CliApp.ExitOk;
                    }
                }
            }
            foreach (var role in result.Missing)
                stderr.WriteLine($"错误：{result.MissingMessage(role)}");
            return CliApp.ExitErrorsFound;
        });
        return command;
    }

    private static void Print(FontCheckResult result, TextWriter stdout)
    {
        foreach (var role in result.Roles)
        {
            var face = role.Face is { } f
                ? $"{role.Family}（{f.Path}#{f.Index}{(f.Outlines == OutlineKind.TrueType ? "" : "，非 TrueType 轮廓，PDF 中为 Type 3")}）"
                : "未找到";
            stdout.WriteLine($"{role.Role.ChineseName()}\t{role.Role.Key()}\t{face}");
        }
    }

    private static bool CanInstall() =>
        OperatingSystem.IsLinux() && Environment.IsPrivilegedProcess && File.Exists("/usr/bin/apt-get");

    private static bool RunAptGet(IReadOnlyList<string> packages, TextWriter stdout, TextWriter stderr)
    {
        // A fresh container has no package lists yet: update once if the first attempt fails.
        if (Run("apt-get", ["install", "-y", "--no-install-recommends", .. packages], stdout, stderr) == 0)
            return true;
        return Run("apt-get", ["update"], stdout, stderr) == 0
            && Run("apt-get", ["install", "-y", "--no-install-recommends", .. packages], stdout, stderr) == 0;
    }

    private static int Run(string program, IReadOnlyList<string> arguments, TextWriter stdout, TextWriter stderr)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start);
        if (process is null)
        {
            stderr.WriteLine($"无法启动 {program}");
            return -1;
        }
        var error = process.StandardError.ReadToEndAsync();
        stdout.Write(process.StandardOutput.ReadToEnd());
        process.WaitForExit();
        stderr.Write(error.Result);
        return process.ExitCode;
    }
}

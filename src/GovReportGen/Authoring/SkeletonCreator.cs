using GovReportGen.Data;
using System.Globalization;
using System.Text;
using GovReportGen.Formats;
using GovReportGen.IO;

namespace GovReportGen.Authoring;

/// <summary>The result of <see cref="SkeletonCreator.Create"/>: one message line, plus lines that explain it.</summary>
/// <param name="Created">True when the file was written; otherwise nothing on disk changed.</param>
/// <param name="Message">The one-line outcome (Chinese), success or reason for refusal.</param>
/// <param name="Details">Further lines for a refusal: an agency.yaml example, or the diagnostics that block.</param>
/// <param name="Warnings">Problems that did not stop the file being written (last year's file unusable).</param>
public sealed record SkeletonOutcome(
    bool Created,
    string Message,
    IReadOnlyList<string> Details,
    IReadOnlyList<string> Warnings,
    string? FilePath = null,
    IReportFormat? Format = null,
    CarryOver? CarryOver = null)
{
    internal static SkeletonOutcome Refused(string message, params string[] details) =>
        new(false, message, details, Array.Empty<string>());
}

/// <summary>
/// <c>govreport new</c> without the command line: checks the agency folder, reads last year's file
/// for carry-overs, renders the skeleton and writes it atomically. Never overwrites; never throws
/// for bad data (I/O failures propagate to the caller).
/// </summary>
public static class SkeletonCreator
{
    /// <param name="dataRoot">The folder holding <c>agencies/</c>.</param>
    /// <param name="displayRoot">Paths in messages are relative to this folder (normally the working directory).</param>
    public static SkeletonOutcome Create(string dataRoot, string agencyId, int year, string? displayRoot = null)
    {
        if (!DataLayout.AgencyIdPattern().IsMatch(agencyId))
            return SkeletonOutcome.Refused($"机关标识“{agencyId}”无效：只能用小写字母、数字和连字符（如 zaozhuang-shizhong-kjj）");

        var format = year is >= 1000 and <= 9999 ? FormatRegistry.ForYear(year) : null;
        if (format is null)
        {
            var first = FormatRegistry.All.Min(f => f.FirstYear);
            return SkeletonOutcome.Refused($"不支持{year}年度：年度应为四位年份，且不早于{first}年（{string.Join("；", FormatRegistry.All.Select(Describe))}）");
        }

        var agencyDir = Path.Combine(dataRoot, "agencies", agencyId);
        var agencyFile = Path.Combine(agencyDir, DataLayout.AgencyFileName);
        string Show(string p) => DataLayout.Display(p, displayRoot);

        if (!Directory.Exists(agencyDir))
            return SkeletonOutcome.Refused(
                $"找不到机关文件夹“{Show(agencyDir)}”：请先创建该文件夹，并在其中新建 agency.yaml（机关信息），最简示例如下（或用 --data 指定其他数据目录）：",
                AgencyExample(agencyId));
        if (!File.Exists(agencyFile))
            return SkeletonOutcome.Refused(
                $"机关文件夹“{Show(agencyDir)}”中缺少 agency.yaml：请先新建此文件（机关全称、类型等），最简示例如下：",
                AgencyExample(agencyId));

        var target = Path.Combine(agencyDir, year.ToString(CultureInfo.InvariantCulture) + ".yaml");
        if (File.Exists(target))
            return AlreadyExists(Show(target));

        var folder = FormatRegistry.Loader.LoadAgency(agencyDir, displayRoot);
        if (folder.Agency is null)
            return SkeletonOutcome.Refused(
                $"“{Show(agencyFile)}”有错误，请先修正后再新建年度数据：",
                folder.Diagnostics.Where(d => d.IsError).Select(d => "  " + d).ToArray());

        var warnings = new List<string>();
        CarryOver? carry = null;
        string? problem = null;
        var previous = folder.Reports.FirstOrDefault(r => r.Year == year - 1);
        if (previous is { LoadedCleanly: true, Data: { } data })
        {
            carry = CarryOver.From(data, format, Path.GetFileName(previous.File));
        }
        else if (previous is not null)
        {
            var errors = previous.Diagnostics.Count(d => d.IsError);
            warnings.Add($"警告：上年度数据“{previous.File}”有 {errors} 个错误，未结转上年数据，表三“上年结转”等单元格已填 0；修正上年数据后请核对（govreport validate）");
            problem = $"上年度数据 {Path.GetFileName(previous.File)} 有错误，未结转上年数据，表三“上年结转”等单元格已填 0，请核对。";
        }

        var text = SkeletonWriter.Render(new SkeletonInput(format, year, folder.Agency.Name ?? folder.Agency.Id, carry, problem));
        // Encoding.GetBytes never writes a BOM, which the loader would warn about (GRG1003).
        if (!AtomicFile.TryCreateNew(target, Encoding.UTF8.GetBytes(text)))
            return AlreadyExists(Show(target));

        return new SkeletonOutcome(true,
            $"已创建 {Show(target)}（格式 {format.Id}），请填写正文中的{SkeletonWriter.PlaceholderStart}…】占位内容",
            Array.Empty<string>(), warnings, target, format, carry);
    }

    private static SkeletonOutcome AlreadyExists(string shown) =>
        SkeletonOutcome.Refused($"“{shown}”已存在，未作任何修改；如需重新生成，请先删除或改名该文件");

    private static string Describe(IReportFormat f) =>
        f.LastYear is { } last ? $"{f.FirstYear}–{last}年度用 {f.Id}" : $"{f.FirstYear}年度起用 {f.Id}";

    private static string[] AgencyExample(string agencyId)
    {
        var lines = new (string Body, string Comment)[]
        {
            ($"id: {agencyId}", "机关标识，与文件夹名相同"),
            ("name: 某某市某某区科学技术局", "机关全称，须含行政区划"),
            ("kind: department", "department（政府部门）或 government（人民政府）"),
        };
        var width = lines.Max(l => CommentedYaml.DisplayWidth(l.Body)) + 2;
        return lines.Select(l => "  " + l.Body + new string(' ', width - CommentedYaml.DisplayWidth(l.Body)) + "# " + l.Comment).ToArray();
    }
}

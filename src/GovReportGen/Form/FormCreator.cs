using System.Globalization;
using GovReportGen.Authoring;
using GovReportGen.Data;
using GovReportGen.Formats;
using GovReportGen.IO;

namespace GovReportGen.Form;

/// <summary>The result of <see cref="FormCreator.Create"/>: the outcome line, and warnings that did not stop it.</summary>
public sealed record FormOutcome(bool Created, string Message, IReadOnlyList<string> Warnings, string? FilePath = null)
{
    internal static FormOutcome Refused(string message) => new(false, message, Array.Empty<string>());
}

/// <summary>
/// <c>govreport form</c> without the command line (docs/import.md §7): checks the agency folder, takes last year's
/// carry-over figures and checks from last year's file when it loads cleanly, lays the form out for the year's format
/// and writes the workbook atomically — never over an existing file unless <c>force</c>.
/// </summary>
public static class FormCreator
{
    public static string DefaultFileName(string agencyId, int year) => $"{agencyId}-{year.ToString(CultureInfo.InvariantCulture)}-form.xlsx";

    public static FormOutcome Create(string dataRoot, string agencyId, int year, string? outPath, bool force, string? displayRoot = null)
    {
        if (!DataLayout.AgencyIdPattern().IsMatch(agencyId))
            return FormOutcome.Refused($"机关标识“{agencyId}”无效：只能用小写字母、数字和连字符（如 zaozhuang-shizhong-kjj）");
        var format = year is >= 1000 and <= 9999 ? FormatRegistry.ForYear(year) : null;
        if (format is null)
            return FormOutcome.Refused($"不支持{year}年度：年度应为四位年份，且不早于{FormatRegistry.All.Min(f => f.FirstYear)}年");
        var agencyDir = Path.Combine(dataRoot, "agencies", agencyId);
        string Show(string p) => DataLayout.Display(p, displayRoot);
        if (!File.Exists(Path.Combine(agencyDir, DataLayout.AgencyFileName)))
            return FormOutcome.Refused($"找不到“{Show(Path.Combine(agencyDir, DataLayout.AgencyFileName))}”：请先建立机关文件夹和 agency.yaml（见 govreport new --help），或用 --data 指定数据目录");

        var target = outPath ?? DefaultFileName(agencyId, year);
        if (File.Exists(target) && !force)
            return FormOutcome.Refused($"“{Show(target)}”已存在，未覆盖（确需覆盖请加 --force）");

        var folder = FormatRegistry.Loader.LoadAgency(agencyDir, displayRoot);
        if (folder.Agency is null)
            return FormOutcome.Refused($"“{Show(Path.Combine(agencyDir, DataLayout.AgencyFileName))}”有错误，请先修正（govreport validate）");

        var warnings = new List<string>();
        var previous = folder.Reports.FirstOrDefault(r => r.Year == year - 1);
        CarryOver? carry = null;
        if (previous is { LoadedCleanly: true, Data: { } data }) carry = CarryOver.From(data, format, Path.GetFileName(previous.File));
        else if (previous is not null)
            warnings.Add($"警告：上年度数据“{previous.File}”有 {previous.Diagnostics.Count(d => d.IsError)} 个错误，未结转上年数据，也不作跨年度检查；修正后请重新生成填报表");

        var yearFile = Path.Combine(agencyDir, $"{year.ToString(CultureInfo.InvariantCulture)}.yaml");
        if (File.Exists(yearFile))
            warnings.Add($"注意：“{Show(yearFile)}”已存在，填报表中不含其中的数字和正文；导入填报表时须加 --force 才会覆盖它");

        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        if (carry is not null)
        {
            foreach (var key in carry.Values.Keys)
            {
                var row = key[..key.LastIndexOf('.')];
                if ((carry.Note(key) ?? carry.Note(row)) is { } note) notes[key] = note;
            }
        }
        var name = folder.Agency.Name ?? agencyId;
        var identity = new FormIdentity(agencyId, name, year, format.Id);
        var layout = FormLayout.Build(format, Info(identity), carry?.Values, notes, carry is null ? null : previous!.Data);
        var bytes = FormWorkbook.Write(layout, identity);

        var directory = Path.GetDirectoryName(Path.GetFullPath(target))!;
        Directory.CreateDirectory(directory);
        if (force) AtomicFile.Replace(target, bytes);
        else if (!AtomicFile.TryCreateNew(target, bytes))
            return FormOutcome.Refused($"“{Show(target)}”已存在，未覆盖（确需覆盖请加 --force）");

        var carried = carry is null ? "" : $"，已填入{carry.SourceYear}年度结转的 {carry.Values.Count} 个数字";
        return new FormOutcome(true, $"已生成填报表 {Show(target)}（{name}{year}年度，格式 {format.Id}{carried}）；填好后用 govreport import 导入", warnings, target);
    }

    /// <summary>The facts 正文 shows at its top (locked).</summary>
    internal static IReadOnlyList<(string Label, string Value)> Info(FormIdentity identity) => new[]
    {
        ("机关名称", identity.AgencyName),
        ("机关标识", identity.AgencyId),
        ("报告年度", identity.Year.ToString(CultureInfo.InvariantCulture)),
        ("表格格式", identity.FormatId),
    };
}

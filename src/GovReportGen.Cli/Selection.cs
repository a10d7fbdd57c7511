using GovReportGen.Data;

namespace GovReportGen.Cli;

/// <summary>
/// Checks <c>--agency</c> and <c>--year</c> against the data before a run: a typo must not pass as "nothing to do"
/// (which used to exit 0 and, for render, rewrite the site index empty).
/// </summary>
internal static class Selection
{
    /// <summary>A Chinese usage error with a did-you-mean, or null when the selection names data that exists.</summary>
    public static string? Problem(string dataDir, string? agency, int? year)
    {
        var agencies = DataLayout.AgencyDirectories(dataDir).Select(d => Path.GetFileName(d)).ToList();
        if (agency is not null && !agencies.Contains(agency, StringComparer.Ordinal))
        {
            var closest = GovReportGen.Diagnostics.DidYouMean.Closest(agency, agencies, Math.Max(2, agency.Length / 4));
            return $"没有找到机关“{agency}”（{Path.Combine(dataDir, "agencies", agency)}）" + (closest is null ? "" : $"，是否应为“{closest}”？");
        }
        if (year is { } wanted)
        {
            var folders = agency is null ? DataLayout.AgencyDirectories(dataDir) : new[] { Path.Combine(dataDir, "agencies", agency) };
            var years = folders.SelectMany(f => DataLayout.YearFiles(f).Select(y => y.Year)).Distinct().Order().ToList();
            if (!years.Contains(wanted))
                return $"{(agency is null ? "" : $"机关“{agency}”")}没有 {wanted} 年度的数据文件" + (years.Count == 0 ? "" : $"（已有的年度：{string.Join("、", years)}）");
        }
        return null;
    }
}

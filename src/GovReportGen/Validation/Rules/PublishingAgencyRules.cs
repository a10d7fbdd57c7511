using GovReportGen.Diagnostics;

namespace GovReportGen.Validation.Rules;

/// <summary>
/// GRG5004: the title is the agency name, so it must exist and say where the agency is. Findings point at
/// agency.yaml; they repeat for each year file of the agency, since each year is checked and rendered alone.
/// </summary>
internal sealed class AgencyNameRule : IRule
{
    /// <summary>Characters that only a place name or an administrative division puts in an agency name.</summary>
    public static readonly IReadOnlyList<string> RegionMarkers = new[] { "省", "市", "区", "县", "州", "盟", "旗", "镇", "乡", "自治" };

    /// <summary>Central bodies have no region and are unambiguous without one.</summary>
    public static readonly IReadOnlyList<string> NationalPrefixes = new[] { "中华人民共和国", "国务院", "国家" };

    public RuleInfo Info { get; } = new("GRG5004", RuleSeverity.ErrorOrWarning,
        "机关名称（agency.yaml 的 name）缺失为错误；名称不含行政区划（省、市、区、县等）为警告，标题无法唯一识别发布机关");

    public static bool NamesRegion(string name) =>
        RegionMarkers.Any(m => name.Contains(m, StringComparison.Ordinal)) ||
        NationalPrefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal));

    public void Check(RuleContext context)
    {
        var agency = context.Report.Agency;
        var span = agency.Fields.SpanOf("name");
        if (string.IsNullOrWhiteSpace(agency.Name))
        {
            context.Add(Info, Severity.Error, span, "agency.yaml 缺少机关全称（name），报告标题无法生成");
            return;
        }
        var name = agency.Name.Trim();
        if (!NamesRegion(name))
            context.Add(Info, Severity.Warning, span, $"机关名称“{name}”未含行政区划，标题无法唯一识别发布机关");
    }
}

/// <summary>GRG5006: the preamble tells readers where to find the report and whom to call; without those facts it prints gaps.</summary>
internal sealed class PreambleContactRule : IRule
{
    public RuleInfo Info { get; } = new("GRG5006", RuleSeverity.Warning,
        "开启了报告前言（preamble: true），但 agency.yaml 缺少门户网站地址（website，http/https）或联系电话（contact.phone）");

    public static bool IsWebAddress(string? text) =>
        Uri.TryCreate(text?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    public void Check(RuleContext context)
    {
        var report = context.Report;
        if (!report.Preamble) return;
        var missing = new List<string>();
        if (!IsWebAddress(report.Agency.Website)) missing.Add("门户网站地址（website，以 http:// 或 https:// 开头）");
        if (string.IsNullOrWhiteSpace(report.Agency.Contact.Phone)) missing.Add("联系电话（contact.phone）");
        if (missing.Count == 0) return;
        context.Warning(Info, "preamble",
            $"开启了报告前言（preamble: true），但 {report.Agency.File} 缺少{string.Join("和", missing)}，前言中将缺少这些信息");
    }
}

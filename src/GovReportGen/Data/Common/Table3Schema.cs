using GovReportGen.Data.Schema;

namespace GovReportGen.Data.Common;

/// <summary>表三 (both formats): the 7 applicant columns and the rows of docs/formats.md §2.2 / §3.2.</summary>
internal static class Table3Schema
{
    public static readonly IReadOnlyList<(string Key, string Label)> Columns = new[]
    {
        ("natural_person", "自然人"),
        ("commercial_enterprise", "商业企业"),
        ("research_institution", "科研机构"),
        ("public_interest_org", "社会公益组织"),
        ("legal_service_org", "法律服务机构"),
        ("other_org", "其他"),
        ("total", "总计"),
    };

    public const int TotalColumn = 6;

    /// <summary>A row's 7 cells; <c>total</c> may be omitted (derived) and is checked when given (GRG2002).</summary>
    public static MapSchema Row(string key, string rowLabel, bool required = true) =>
        new(key, rowLabel, Columns.Select((c, i) => (SchemaNode)new ValueSchema(c.Key, c.Label, ValueKind.Count, Required: i != TotalColumn)
        {
            CellName = CellName(rowLabel, c.Label),
            IsDerivedTotal = i == TotalColumn,
        }).ToList(), required);

    public static string CellName(string rowLabel, string columnLabel) => $"表三“{rowLabel}”行“{columnLabel}”列";

    public static readonly IReadOnlyList<(string Key, string Label)> Withheld = new[]
    {
        ("state_secret", "1.属于国家秘密"),
        ("prohibited_by_law", "2.其他法律行政法规禁止公开"),
        ("three_safeties_one_stability", "3.危及“三安全一稳定”"),
        ("third_party_rights", "4.保护第三方合法权益"),
        ("internal_affairs", "5.属于三类内部事务信息"),
        ("process_information", "6.属于四类过程性信息"),
        ("enforcement_case_files", "7.属于行政执法案卷"),
        ("administrative_inquiry", "8.属于行政查询事项"),
    };

    public static readonly IReadOnlyList<(string Key, string Label)> Unavailable = new[]
    {
        ("not_held", "1.本机关不掌握相关政府信息"),
        ("needs_compilation", "2.没有现成信息需要另行制作"),
        ("unclear_after_amendment", "3.补正后申请内容仍不明确"),
    };

    public static readonly IReadOnlyList<(string Key, string Label)> NotProcessed = new[]
    {
        ("petition_or_complaint", "1.信访举报投诉类申请"),
        ("duplicate", "2.重复申请"),
        ("publications", "3.要求提供公开出版物"),
        ("excessive_repeated", "4.无正当理由大量反复申请"),
        ("confirm_or_reissue", "5.要求行政机关确认或重新出具已获取信息"),
    };

    public static readonly IReadOnlyList<(string Key, string Label)> OtherHandling2021 = new[]
    {
        ("no_amendment_overdue", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        ("fee_not_paid", "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        ("other", "3.其他"),
    };

    /// <summary>The head of the three label columns: the printed form of rule GRG2001.</summary>
    public const string BalanceNote = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    public const string ApplicantsLabel = "申请人情况";
    /// <summary>Heads the five columns between 自然人 and 总计.</summary>
    public const string OrganisationsLabel = "法人或其他组织";

    public const string NewRequestsLabel = "一、本年新收政府信息公开申请数量";
    public const string CarriedInLabel = "二、上年结转政府信息公开申请数量";
    public const string ResultsLabel = "三、本年度办理结果";
    public const string DisclosedLabel = "（一）予以公开";
    public const string PartiallyDisclosedLabel = "（二）部分公开（区分处理的，只计这一情形，不计其他情形）";
    public const string WithheldLabel = "（三）不予公开";
    public const string UnavailableLabel = "（四）无法提供";
    public const string NotProcessedLabel = "（五）不予处理";
    public const string OtherHandlingLabel = "（六）其他处理";
    public const string ResultsTotalLabel = "（七）总计";
    public const string CarriedForwardLabel = "四、结转下年度继续办理";

    /// <summary>The whole 表三 schema; <paramref name="otherHandlingHasSubRows"/> is the one difference between the formats.</summary>
    public static MapSchema Build(bool otherHandlingHasSubRows)
    {
        MapSchema Group(string key, string label, IReadOnlyList<(string Key, string Label)> rows) =>
            new(key, label, rows.Select(r => (SchemaNode)Row(r.Key, $"{label} {r.Label}")).ToList());

        var otherHandling = otherHandlingHasSubRows
            ? Group("other_handling", OtherHandlingLabel, OtherHandling2021)
            : Row("other_handling", OtherHandlingLabel);

        var resultsTotal = new MapSchema("total", ResultsTotalLabel,
            Columns.Select(c => (SchemaNode)new ValueSchema(c.Key, c.Label, ValueKind.Count, Required: false)
            {
                CellName = CellName(ResultsTotalLabel, c.Label),
                IsDerivedTotal = true,
            }).ToList(), Required: false);

        var results = new MapSchema("results", ResultsLabel, new SchemaNode[]
        {
            Row("disclosed", DisclosedLabel),
            Row("partially_disclosed", PartiallyDisclosedLabel),
            Group("withheld", WithheldLabel, Withheld),
            Group("unavailable", UnavailableLabel, Unavailable),
            Group("not_processed", NotProcessedLabel, NotProcessed),
            otherHandling,
            resultsTotal,
        });

        var rows = new MapSchema("rows", "表三各行", new SchemaNode[]
        {
            Row("new_requests", NewRequestsLabel),
            Row("carried_in", CarriedInLabel),
            results,
            Row("carried_forward", CarriedForwardLabel),
        });
        return new MapSchema("table3", "表三（收到和处理政府信息公开申请情况）", new SchemaNode[] { rows });
    }
}

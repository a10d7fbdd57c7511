namespace GovReportGen.Tests.Templating;

/// <summary>
/// The official wording of the section headings and table labels, typed here from docs/formats.md §1.3, §2.1–2.3 and
/// §3.1–3.2 — deliberately not read from the templates, so a template that drifts cannot agree with itself.
/// Each table is listed row by row: the header (<c>th</c>) cells of the row in order, and how many number cells it has.
/// </summary>
internal static class OfficialWording
{
    public sealed record Row(string[] Headers, int NumberCells);

    public static readonly string[] SectionHeadings =
    [
        "一、总体情况",
        "二、主动公开政府信息情况",
        "三、收到和处理政府信息公开申请情况",
        "四、政府信息公开行政复议、行政诉讼情况",
        "五、存在的主要问题及改进情况",
        "六、其他需要报告的事项",
    ];

    private static Row R(int numbers, params string[] headers) => new(headers, numbers);

    /// <summary>§2.1: four blocks, 10 number cells.</summary>
    public static readonly Row[] Table2Gov2021 =
    [
        R(0, "第二十条第（一）项"),
        R(0, "信息内容", "本年制发件数", "本年废止件数", "现行有效件数"),
        R(3, "规章"),
        R(3, "行政规范性文件"),
        R(0, "第二十条第（五）项"),
        R(0, "信息内容", "本年处理决定数量"),
        R(1, "行政许可"),
        R(0, "第二十条第（六）项"),
        R(0, "信息内容", "本年处理决定数量"),
        R(1, "行政处罚"),
        R(1, "行政强制"),
        R(0, "第二十条第（八）项"),
        R(0, "信息内容", "本年收费金额（单位：万元）"),
        R(1, "行政事业性收费"),
    ];

    /// <summary>§3.1: five blocks, 22 number cells.</summary>
    public static readonly Row[] Table2Gov2019 =
    [
        R(0, "第二十条第（一）项"),
        R(0, "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"),
        R(3, "规章"),
        R(3, "规范性文件"),
        R(0, "第二十条第（五）项"),
        R(0, "信息内容", "上一年项目数量", "本年增/减", "处理决定数量"),
        R(3, "行政许可"),
        R(3, "其他对外管理服务事项"),
        R(0, "第二十条第（六）项"),
        R(0, "信息内容", "上一年项目数量", "本年增/减", "处理决定数量"),
        R(3, "行政处罚"),
        R(3, "行政强制"),
        R(0, "第二十条第（八）项"),
        R(0, "信息内容", "上一年项目数量", "本年增/减"),
        R(2, "行政事业性收费"),
        R(0, "第二十条第（九）项"),
        R(0, "信息内容", "采购项目数量", "采购总金额"),
        R(2, "政府集中采购"),
    ];

    private static Row[] Table3(bool otherHandlingHasSubRows)
    {
        var rows = new List<Row>
        {
            R(0, "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"),
            R(0, "自然人", "法人或其他组织", "总计"),
            R(0, "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"),
            R(7, "一、本年新收政府信息公开申请数量"),
            R(7, "二、上年结转政府信息公开申请数量"),
            R(7, "三、本年度办理结果", "（一）予以公开"),
            R(7, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）"),
            R(7, "（三）不予公开", "1.属于国家秘密"),
            R(7, "2.其他法律行政法规禁止公开"),
            R(7, "3.危及“三安全一稳定”"),
            R(7, "4.保护第三方合法权益"),
            R(7, "5.属于三类内部事务信息"),
            R(7, "6.属于四类过程性信息"),
            R(7, "7.属于行政执法案卷"),
            R(7, "8.属于行政查询事项"),
            R(7, "（四）无法提供", "1.本机关不掌握相关政府信息"),
            R(7, "2.没有现成信息需要另行制作"),
            R(7, "3.补正后申请内容仍不明确"),
            R(7, "（五）不予处理", "1.信访举报投诉类申请"),
            R(7, "2.重复申请"),
            R(7, "3.要求提供公开出版物"),
            R(7, "4.无正当理由大量反复申请"),
            R(7, "5.要求行政机关确认或重新出具已获取信息"),
        };
        if (otherHandlingHasSubRows)
        {
            rows.Add(R(7, "（六）其他处理", "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"));
            rows.Add(R(7, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"));
            rows.Add(R(7, "3.其他"));
        }
        else rows.Add(R(7, "（六）其他处理"));
        rows.Add(R(7, "（七）总计"));
        rows.Add(R(7, "四、结转下年度继续办理"));
        return rows.ToArray();
    }

    /// <summary>§2.2: 25 body rows, 175 cells.</summary>
    public static readonly Row[] Table3Gov2021 = Table3(otherHandlingHasSubRows: true);

    /// <summary>§3.2: （六） is one row; 23 body rows, 161 cells.</summary>
    public static readonly Row[] Table3Gov2019 = Table3(otherHandlingHasSubRows: false);

    private static readonly string[] Results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    /// <summary>§2.3 (and §3.3, the same): three header rows, one row of 15 numbers.</summary>
    public static readonly Row[] Table4 =
    [
        R(0, "行政复议", "行政诉讼"),
        R(0, [.. Results, "未经复议直接起诉", "复议后起诉"]),
        R(0, [.. Results, .. Results]),
        R(15),
    ];

    public static Row[][] Tables(string formatId) => formatId switch
    {
        "gov-2021" => [Table2Gov2021, Table3Gov2021, Table4],
        "gov-2019" => [Table2Gov2019, Table3Gov2019, Table4],
        _ => throw new ArgumentException("unknown format " + formatId),
    };
}

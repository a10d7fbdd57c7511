using System.Text;
using GovReportGen.Documents;
using GovReportGen.Documents.Markup;

namespace GovReportGen.Tests.Documents;

/// <summary>
/// The official tables of docs/formats.md as report markup, written the way a template would, with figures
/// chosen so every cell is distinct: body row r (1-based), number column c (1-based) holds r*100+c.
/// </summary>
public static class ReportTables
{
    public static readonly string[] Table3NumberColumns = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"];

    public const string Table3Note = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";

    /// <summary>docs/formats.md §2.2 body rows: (L1, L1 rowspan, L2, L2 rowspan, L3) with null where a span covers the slot.</summary>
    public static readonly (string? L1, int L1Span, string? L2, int L2Span, string? L3)[] Table3Rows =
    [
        ("一、本年新收政府信息公开申请数量", 1, null, 0, null),
        ("二、上年结转政府信息公开申请数量", 1, null, 0, null),
        ("三、本年度办理结果", 22, "（一）予以公开", 1, null),
        (null, 0, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 1, null),
        (null, 0, "（三）不予公开", 8, "1.属于国家秘密"),
        (null, 0, null, 0, "2.其他法律行政法规禁止公开"),
        (null, 0, null, 0, "3.危及“三安全一稳定”"),
        (null, 0, null, 0, "4.保护第三方合法权益"),
        (null, 0, null, 0, "5.属于三类内部事务信息"),
        (null, 0, null, 0, "6.属于四类过程性信息"),
        (null, 0, null, 0, "7.属于行政执法案卷"),
        (null, 0, null, 0, "8.属于行政查询事项"),
        (null, 0, "（四）无法提供", 3, "1.本机关不掌握相关政府信息"),
        (null, 0, null, 0, "2.没有现成信息需要另行制作"),
        (null, 0, null, 0, "3.补正后申请内容仍不明确"),
        (null, 0, "（五）不予处理", 5, "1.信访举报投诉类申请"),
        (null, 0, null, 0, "2.重复申请"),
        (null, 0, null, 0, "3.要求提供公开出版物"),
        (null, 0, null, 0, "4.无正当理由大量反复申请"),
        (null, 0, null, 0, "5.要求行政机关确认或重新出具已获取信息"),
        (null, 0, "（六）其他处理", 3, "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请"),
        (null, 0, null, 0, "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请"),
        (null, 0, null, 0, "3.其他"),
        (null, 0, "（七）总计", 1, null),
        ("四、结转下年度继续办理", 1, null, 0, null),
    ];

    public static string Figure(int bodyRow, int column) => (bodyRow * 100 + column).ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Table 三 (gov-2021): 3 header rows, 25 body rows, 3 label + 7 number columns.</summary>
    public static string Table3()
    {
        var markup = new StringBuilder();
        markup.AppendLine("<table>");
        markup.AppendLine("  <thead>");
        markup.AppendLine("    <tr><th rowspan=\"3\" colspan=\"3\">（本列数据的勾稽关系为：第一项加第二项之和，<br/>等于第三项加第四项之和）</th><th colspan=\"7\">申请人情况</th></tr>");
        markup.AppendLine("    <tr><th rowspan=\"2\">自然人</th><th colspan=\"5\">法人或其他组织</th><th rowspan=\"2\">总计</th></tr>");
        markup.AppendLine("    <tr><th>商业企业</th><th>科研机构</th><th>社会公益组织</th><th>法律服务机构</th><th>其他</th></tr>");
        markup.AppendLine("  </thead>");
        markup.AppendLine("  <tbody>");
        for (var i = 0; i < Table3Rows.Length; i++)
        {
            var (l1, l1Span, l2, l2Span, l3) = Table3Rows[i];
            markup.Append("    <tr>");
            if (l1 is not null)
                markup.Append(l2 is null && l3 is null ? $"<th colspan=\"3\">{l1}</th>" : $"<th rowspan=\"{l1Span}\">{l1}</th>");
            if (l2 is not null)
                markup.Append(l3 is null ? $"<th colspan=\"2\">{l2}</th>" : $"<th rowspan=\"{l2Span}\">{l2}</th>");
            if (l3 is not null)
                markup.Append($"<th>{l3}</th>");
            for (var c = 1; c <= 7; c++)
                markup.Append($"<td><span class=\"num\">{Figure(i + 1, c)}</span></td>");
            markup.AppendLine("</tr>");
        }
        markup.AppendLine("  </tbody>");
        markup.AppendLine("</table>");
        return markup.ToString();
    }

    public static readonly string[] Table4Results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];

    /// <summary>Table 四: 15 number columns, no label column (docs/formats.md §2.3).</summary>
    public static string Table4()
    {
        var results = string.Concat(Table4Results.Select(r => $"<th>{r}</th>"));
        var resultsTall = string.Concat(Table4Results.Select(r => $"<th rowspan=\"2\">{r}</th>"));
        var figures = string.Concat(Enumerable.Range(1, 15).Select(c => $"<td><span class=\"num\">{Figure(1, c)}</span></td>"));
        return $"""
            <table>
              <thead>
                <tr><th colspan="5">行政复议</th><th colspan="10">行政诉讼</th></tr>
                <tr>{resultsTall}<th colspan="5">未经复议直接起诉</th><th colspan="5">复议后起诉</th></tr>
                <tr>{results}{results}</tr>
              </thead>
              <tbody>
                <tr>{figures}</tr>
              </tbody>
            </table>
            """;
    }

    /// <summary>Table 二 (gov-2021, docs/formats.md §2.1): four blocks in one 4-column grid, no thead.</summary>
    public static string Table2()
    {
        return """
            <table>
              <tbody>
                <tr><th colspan="4">第二十条第（一）项</th></tr>
                <tr><th>信息内容</th><th>本年制发件数</th><th>本年废止件数</th><th>现行有效件数</th></tr>
                <tr><th>规章</th><td><span class="num">0</span></td><td><span class="num">0</span></td><td><span class="num">0</span></td></tr>
                <tr><th>行政规范性文件</th><td><span class="num">2</span></td><td><span class="num">0</span></td><td><span class="num">5</span></td></tr>
                <tr><th colspan="4">第二十条第（五）项</th></tr>
                <tr><th>信息内容</th><th colspan="3">本年处理决定数量</th></tr>
                <tr><th>行政许可</th><td colspan="3"><span class="num">12</span></td></tr>
                <tr><th colspan="4">第二十条第（六）项</th></tr>
                <tr><th>信息内容</th><th colspan="3">本年处理决定数量</th></tr>
                <tr><th>行政处罚</th><td colspan="3"><span class="num">3</span></td></tr>
                <tr><th>行政强制</th><td colspan="3"><span class="num">0</span></td></tr>
                <tr><th colspan="4">第二十条第（八）项</th></tr>
                <tr><th>信息内容</th><th colspan="3">本年收费金额（单位：万元）</th></tr>
                <tr><th>行政事业性收费</th><td colspan="3"><span class="num">25.1</span></td></tr>
              </tbody>
            </table>
            """;
    }

    /// <summary>A report skeleton with all three tables under their official headings.</summary>
    public static string Report(string narrative = "<p>本机关认真贯彻落实《中华人民共和国政府信息公开条例》。</p>") => $"""
        <h1 class="title">市中区科学技术局<br/>2024年政府信息公开工作年度报告</h1>
        <h2>一、总体情况</h2>
        {narrative}
        <h2>二、主动公开政府信息情况</h2>
        {Table2()}
        <h2>三、收到和处理政府信息公开申请情况</h2>
        {Table3()}
        <h2>四、政府信息公开行政复议、行政诉讼情况</h2>
        {Table4()}
        <h2>五、存在的主要问题及改进情况</h2>
        <p>信息公开的及时性有待提高。</p>
        <h2>六、其他需要报告的事项</h2>
        <p>本机关未收取信息处理费。</p>
        <div class="signature">
          <p>市中区科学技术局</p>
          <p class="date">2025年1月15日</p>
        </div>
        """;

    /// <summary>Parses markup that must be valid; fails the test with the diagnostics otherwise.</summary>
    public static Document Parse(string markup)
    {
        var result = ReportMarkupParser.Parse(markup, "test.html");
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result.Document!;
    }
}

using GovReportGen.Validation.Rules;

namespace GovReportGen.Validation;

/// <summary>Every rule id with its severity and description: the list <c>govreport rules</c> prints and the README links.</summary>
internal static class RuleCatalog
{
    // The cross-agency checks (Hierarchy/) run after the per-report rules, which never see another agency's data.
    // Their entries live here so that `govreport rules` and docs/rules.md list them with the others, and above
    // StageRules because static fields are initialised in text order.

    /// <summary>GRG7001: a report that covers its subordinate agencies against the sum of their reports.</summary>
    public static readonly RuleInfo ChildrenSum = new("GRG7001", RuleSeverity.Warning,
        "声明本报告涵盖下属机关（agency.yaml 中 covers_children: true）的机关：表二、表三、表四每个单元格应等于各直接下属机关（parent_id 指向它）同年度报告之和，指出单元格和两个数字；下属机关的同年度报告不全时列出缺少的机关，不作比较");

    /// <summary>GRG7002: a parent_id that names no agency folder.</summary>
    public static readonly RuleInfo UnknownParent = new("GRG7002", RuleSeverity.Error,
        "agency.yaml 的上级机关标识（parent_id）不是数据目录中任何机关的标识（给出“是否应为”建议）");

    /// <summary>GRG7003: a parent_id chain that comes back to where it started.</summary>
    public static readonly RuleInfo ParentCycle = new("GRG7003", RuleSeverity.Error,
        "上级机关链（parent_id）形成循环：机关直接或间接以自己为上级");

    /// <summary>Rules that run in the loader or the templating stage, or reserve an id; they have no <see cref="IRule"/>.</summary>
    public static readonly IReadOnlyList<RuleInfo> StageRules = new RuleInfo[]
    {
        new("GRG1001", RuleSeverity.Error, "YAML 格式错误（报告解析器给出的行列；明确指出用 Tab 缩进）"),
        new("GRG1002", RuleSeverity.Error, "文件不是 UTF-8 编码；疑为 GB18030/GBK 时给出转换命令"),
        new("GRG1003", RuleSeverity.Warning, "文件以 UTF-8 BOM 开头（接受并去除）"),
        new("GRG1004", RuleSeverity.Error, "文件为空，或超出限制：文件 > 1 MiB、嵌套 > 16 层、单值 > 64 KiB、文档数 ≠ 1"),
        new("GRG1005", RuleSeverity.Error, "使用了 YAML 锚点或别名（&x / *x），在解析事件层拒绝"),
        new("GRG1006", RuleSeverity.Error, "映射中有重复的键"),
        new("GRG1007", RuleSeverity.Error, "本格式中未知的键（给出“是否应为”建议：拼写相近或中文标签相同的键）"),
        new("GRG1008", RuleSeverity.Error, "缺少必填的键：每个表格单元格、年度和格式要求的正文（空白单元格写 0）"),
        new("GRG1009", RuleSeverity.Error, "值的类型错误：数字格中有文字、单位、千位分隔符、全角数字，件数为小数，数值溢出，日期格式错误"),
        new("GRG1010", RuleSeverity.Error, "路径中的年份（<year>.yaml）与文件中的 year 不一致，或年度文件名不是四位年份"),
        new("GRG1011", RuleSeverity.Error, "机关文件夹缺少 agency.yaml、其 id 与文件夹名不一致，或文件夹名不是有效标识"),
        new("GRG1012", RuleSeverity.Warning, "值中含不可见字符或控制字符（控制字符一律删除；数字首尾的不可见字符去除）"),
        new("GRG2004", RuleSeverity.None, "（保留）各组小计由模型推导，官方表格无小计单元格，不做检查"),
        new("GRG4009", RuleSeverity.Error, "报告不符合官方格式的结构：章节标题一、至六、的文字或顺序，表二、表三、表四的行、列、跨行跨列、标签，或数字单元格所显示的键（data-key）与官方格式在该位置的键不一致；每份报告生成时检查（含机关专用模板），指出输出该元素的模板文件和行，该报告不生成"),
        new("GRG4013", RuleSeverity.Warning, "模板覆盖文件夹对应的机关不存在，或覆盖模板与任何模板都不同名（给出“是否应为”建议），其中的模板不会被使用"),
        new("GRG4010", RuleSeverity.Error, "模板失败：Scriban 严格模式下的未知成员，或报告标记超出允许的词汇"),
        new("GRG5005", RuleSeverity.None, "（保留）统计期限总是由年度推导（1月1日至12月31日），没有对应的键"),
        new("GRG6001", RuleSeverity.Error, "输出格式生成失败：某一格式无法写出该报告（如 PDF 字体链中没有某个字符），指出格式、原因和字符所在位置；该报告的文件被删除，其他报告照常生成"),
        ChildrenSum,
        UnknownParent,
        ParentCycle,
        // govreport import (Import/, docs/import.md): findings of the import report about the published file read.
        new("GRG8001", RuleSeverity.Error, "导入：文件中没有找到官方格式的表二、表三、表四（不是政府信息公开工作年度报告，或表格无法读取），未导入"),
        new("GRG8002", RuleSeverity.Warning, "导入：空白单元格或“/”“—”“-”“无”按 0 读取，列出其在原文中的位置"),
        new("GRG8003", RuleSeverity.Warning, "导入：去掉千位分隔符、单元格中的单位（如“件”“万元”）或全角数字后读取，列出其在原文中的位置"),
        new("GRG8004", RuleSeverity.Warning, "导入：表格标签或章节标题与官方文字不完全一致（括号、编号、换行、简写），按官方标签宽松匹配"),
        new("GRG8005", RuleSeverity.Error, "导入：单元格内容无法读作数字（或单位与本栏不同、件数为小数、负数、金额超过四位小数；填报表中未填写或填的是公式），不作猜测，不写入，校验时报缺少该单元格"),
        new("GRG8006", RuleSeverity.Error, "导入：原文中没有找到某个官方单元格（总计除外，总计可由其他单元格推导），不写入"),
        new("GRG8007", RuleSeverity.Warning, "导入：原文表格中有官方表格没有的列或行（如机关自加的“小计”列），未导入"),
        new("GRG8008", RuleSeverity.Error, "导入：同一官方单元格在原文中出现两次且数字不同（如跨页重复的行），不作取舍，不写入"),
        new("GRG8009", RuleSeverity.Warning, "导入：正文、标题、署名或机关信息的处理说明：无法归入栏目的文字并入本部分的主栏目，未找到标题或章节标题，新建 agency.yaml"),
        new("GRG8010", RuleSeverity.Error, "导入：未写入年度文件：文件无法读取或类型不支持，缺少年度或机关标识，或年度文件已存在而未加 --force"),
        new("GRG8011", RuleSeverity.Error, "导入填报表：工作表的行列被改动（标签不在填报表原来的位置），该工作表未导入"),
    };

    /// <summary>The rules every format runs.</summary>
    public static IEnumerable<IRule> CommonRules =>
        ArithmeticRules.All.Concat(CrossYearRules.All).Concat(NarrativeRules.All).Concat(PublishingRules.All);
}

/// <summary>
/// The rules a run applies: the common ones plus each format's own, keyed by format id. The format
/// registry builds it from the formats' folders, so Validation never names a format.
/// </summary>
public sealed class RuleSet
{
    private readonly IReadOnlyDictionary<string, IReadOnlyList<IRule>> _byFormat;

    public RuleSet(IEnumerable<(string FormatId, IEnumerable<IRule> Rules)> formatRules)
    {
        var common = RuleCatalog.CommonRules.ToList();
        _byFormat = formatRules.ToDictionary(f => f.FormatId, f => (IReadOnlyList<IRule>)common.Concat(f.Rules).ToList(), StringComparer.Ordinal);
        Catalogue = RuleCatalog.StageRules
            .Concat(_byFormat.Values.SelectMany(r => r).Select(r => r.Info))
            .GroupBy(r => r.Id).Select(g => g.First())
            .OrderBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The rules for a report in this format (the common rules only, for a format the set does not know).</summary>
    public IReadOnlyList<IRule> For(string formatId) =>
        _byFormat.TryGetValue(formatId, out var rules) ? rules : RuleCatalog.CommonRules.ToList();

    /// <summary>Every rule id with its severity and description, sorted by id; a rule shared by formats is listed once.</summary>
    public IReadOnlyList<RuleInfo> Catalogue { get; }
}

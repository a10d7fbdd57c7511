using GovReportGen.Data.Schema;

namespace GovReportGen.Data.Common;

/// <summary>The keys every year file has (docs/formats.md §5.1), and the parts of the narrative both formats share.</summary>
internal static class CommonSchema
{
    public const string FormatKey = "format";

    public static IEnumerable<SchemaNode> TopLevel(IReadOnlyList<string> formatIds) => new SchemaNode[]
    {
        new ValueSchema("year", "年度", ValueKind.Year) { CellName = "年度（year）" },
        new ValueSchema(FormatKey, "表格格式", ValueKind.Choice, Required: false) { CellName = "表格格式（format）", Choices = formatIds },
        new ValueSchema("published_on", "发布日期", ValueKind.Date, Required: false) { CellName = "发布日期（published_on）" },
        new ListSchema("acknowledge", "已确认的跨年度问题", new MapSchema("item", "确认项", new SchemaNode[]
        {
            new ValueSchema("id", "规则编号", ValueKind.Text) { CellName = "确认项的规则编号（id）" },
            new ValueSchema("reason", "理由", ValueKind.Text) { CellName = "确认项的理由（reason）" },
        })),
        new ValueSchema("title_style", "标题样式", ValueKind.Choice, Required: false) { CellName = "标题样式（title_style）", Choices = new[] { "nian", "niandu" } },
        new ValueSchema("preamble", "报告前言", ValueKind.Bool, Required: false) { CellName = "报告前言开关（preamble）" },
    };

    public static ValueSchema Text(string key, string label, string section, bool required = false) =>
        new(key, label, ValueKind.Narrative, required) { CellName = $"{section}“{label}”" };

    public const string Section1 = "第一部分";
    public const string Section5 = "第五部分";
    public const string Section6 = "第六部分";

    public static MapSchema Overview(bool topicsRequired, bool allowFreeTopics)
    {
        var children = new List<SchemaNode>
        {
            Text("intro", "总体情况", Section1, required: true),
            Text("proactive", "主动公开", Section1),
            Text("on_request", "依申请公开", Section1),
            Text("information_management", "政府信息管理", Section1),
            Text("platforms", "政府信息公开平台建设", Section1),
            Text("oversight", "监督保障", Section1),
        };
        if (allowFreeTopics)
        {
            children.Add(new ListSchema("topics", "其他工作事项", new MapSchema("topic", "工作事项", new SchemaNode[]
            {
                new ValueSchema("heading", "小标题", ValueKind.Text) { CellName = $"{Section1}工作事项的小标题（heading）" },
                Text("text", "工作事项", Section1, required: true),
            })));
        }
        return new MapSchema("overview", "一、总体情况", children);
    }

    public static MapSchema Agency() => new("agency", "机关信息", new SchemaNode[]
    {
        new ValueSchema("id", "机关标识", ValueKind.Text) { CellName = "机关标识（id）" },
        new ValueSchema("name", "机关全称", ValueKind.Text, Required: false) { CellName = "机关全称（name）" },
        new ValueSchema("kind", "机关类型", ValueKind.Choice) { CellName = "机关类型（kind）", Choices = new[] { "department", "government" } },
        new ValueSchema("short_name", "机关简称", ValueKind.Text, Required: false) { CellName = "机关简称（short_name）" },
        new ValueSchema("parent", "所属人民政府", ValueKind.Text, Required: false) { CellName = "所属人民政府（parent）" },
        // The printed name above is for the templates; the chain of agency folders (summary, hierarchy checks) needs an id.
        new ValueSchema("parent_id", "上级机关标识", ValueKind.Text, Required: false) { CellName = "上级机关标识（parent_id）" },
        new ValueSchema("covers_children", "本报告涵盖下属机关", ValueKind.Bool, Required: false) { CellName = "本报告涵盖下属机关（covers_children）" },
        new ValueSchema("website", "门户网站", ValueKind.Text, Required: false) { CellName = "门户网站（website）" },
        new MapSchema("contact", "联系方式", new SchemaNode[]
        {
            new ValueSchema("office", "联系部门", ValueKind.Text, Required: false) { CellName = "联系部门（contact.office）" },
            new ValueSchema("address", "地址", ValueKind.Text, Required: false) { CellName = "地址（contact.address）" },
            new ValueSchema("postcode", "邮编", ValueKind.Text, Required: false) { CellName = "邮编（contact.postcode）" },
            new ValueSchema("phone", "电话", ValueKind.Text, Required: false) { CellName = "电话（contact.phone）" },
            new ValueSchema("email", "电子邮箱", ValueKind.Text, Required: false) { CellName = "电子邮箱（contact.email）" },
        }, Required: false),
    });
}

using GovReportGen.Data.Schema;
using GovReportGen.Formats;
using GovReportGen.Data.Common;

namespace GovReportGen.Authoring;

/// <summary>What a skeleton is made from.</summary>
/// <param name="AgencyTitle">The agency's name (or id) for the header line.</param>
/// <param name="CarryOverProblem">Set when last year's file exists but could not be used; noted at the top of the file.</param>
internal sealed record SkeletonInput(IReportFormat Format, int Year, string AgencyTitle, CarryOver? CarryOver = null, string? CarryOverProblem = null);

/// <summary>
/// Writes a year file to be filled in, walking the format's schema so that the file always has
/// exactly the keys the loader expects: every required cell 0 (or carried over), totals left out
/// (derived), required narrative as a 【请填写…】 placeholder that GRG4001 catches, optional keys
/// commented out with their label. Comments carry the official Chinese wording.
/// </summary>
internal static class SkeletonWriter
{
    /// <summary>The text every required narrative placeholder starts with.</summary>
    public const string PlaceholderStart = "【请填写";

    /// <summary>A row with this many cells or more is one flow line (表三's 6 applicant columns); block style would make 表三 175 lines.</summary>
    private const int FlowRowMinCells = 5;

    /// <remarks>Only the label: GRG4001's message already names the section (第五部分“改进情况”中有未替换的占位符…).</remarks>
    public static string Placeholder(ValueSchema narrative) => $"{PlaceholderStart}：{narrative.Label}】";

    public static string Render(SkeletonInput input)
    {
        var yaml = new CommentedYaml();
        Header(yaml, input);
        new Walker(yaml, input).Map(input.Format.Schema, "", 0);
        return yaml.ToString();
    }

    private static void Header(CommentedYaml yaml, SkeletonInput input)
    {
        yaml.Comment(0, $"{input.AgencyTitle} {input.Year}年政府信息公开工作年度报告数据（表格格式 {input.Format.Id}）");
        yaml.Comment(0, "由 govreport new 生成。数字单元格已填 0，请按实际填写；没有的保持 0，不要删除；“总计”不用填写，由程序相加得出。");
        yaml.Comment(0, $"正文中的“{PlaceholderStart}：…】”须换成实际内容；以“# ”开头的可选项去掉“# ”即可启用。填好后运行 govreport validate 检查。");
        if (input.CarryOver is { } carry)
            yaml.Comment(0, $"上年结转数据取自 {carry.SourceFileName}（表三“上年结转”等已按上年数字填写，见各行说明），请核对。");
        if (input.CarryOverProblem is { } problem)
            yaml.Comment(0, problem);
        yaml.Blank();
    }

    private static bool IsNumber(ValueSchema v) => v.Kind is ValueKind.Count or ValueKind.SignedCount or ValueKind.Money;

    private static bool AllDerived(MapSchema m) => m.Children.All(c => c is ValueSchema { IsDerivedTotal: true } || c is MapSchema sub && AllDerived(sub));

    private static bool HasDerived(MapSchema m) => m.Children.Any(c => c is ValueSchema { IsDerivedTotal: true } || c is MapSchema sub && HasDerived(sub));

    private static bool HasNarrative(MapSchema m) => m.Children.Any(c => c is ValueSchema { Kind: ValueKind.Narrative } || c is MapSchema sub && HasNarrative(sub));

    private static IReadOnlyList<ValueSchema> Cells(MapSchema m) => m.Children.OfType<ValueSchema>().Where(v => !v.IsDerivedTotal).ToList();

    private static bool IsFlowRow(MapSchema m) =>
        m.Children.All(c => c is ValueSchema v && IsNumber(v)) && Cells(m).Count >= FlowRowMinCells;

    /// <summary>
    /// An optional map that has required cells is written out: "optional" there means a named rule
    /// checks its presence instead of GRG1008 (gov-2021 processing_fees, GRG4004), and 0 is a valid statement.
    /// </summary>
    private static bool WriteOptionalMap(MapSchema m) => m.Children.Any(c => c is ValueSchema { Required: true, IsDerivedTotal: false, Kind: not ValueKind.Narrative });

    private static string Join(string prefix, string key) => prefix.Length == 0 ? key : prefix + "." + key;

    private sealed class Walker(CommentedYaml yaml, SkeletonInput input)
    {
        private readonly HashSet<string> _legends = new(StringComparer.Ordinal);

        public void Map(MapSchema map, string path, int indent)
        {
            var group = yaml.NewGroup();
            if (indent == 2 && path.IndexOf('.') < 0) SectionNotes(map, indent);
            foreach (var child in map.Children)
            {
                var childPath = Join(path, child.Key);
                switch (child)
                {
                    case ValueSchema { IsDerivedTotal: true }:
                        break;
                    case ValueSchema v:
                        Value(v, childPath, indent, group);
                        break;
                    case ListSchema l:
                        yaml.Add(new YamlLine(indent, l.Key, null, $"{l.Label}（列表，每项含 {ItemKeys(l.Item)}；可选）", group) { CommentedOut = true });
                        break;
                    case MapSchema m when AllDerived(m):
                        yaml.Comment(indent, $"{m.Label}：由程序相加得出，不用填写");
                        break;
                    case MapSchema m when !m.Required && !WriteOptionalMap(m):
                        yaml.Add(new YamlLine(indent, m.Key, null, $"{m.Label}（可选）", group) { CommentedOut = true });
                        break;
                    case MapSchema m when IsFlowRow(m):
                        FlowRow(m, childPath, indent, group);
                        break;
                    case MapSchema m:
                        if (indent == 0) yaml.Blank();
                        yaml.Add(new YamlLine(indent, m.Key, null, MapComment(m, childPath), group));
                        Map(m, childPath, indent + 2);
                        break;
                }
            }
        }

        /// <summary>Notes that concern a whole top-level section, written once under its key.</summary>
        private void SectionNotes(MapSchema map, int indent)
        {
            if (HasDerived(map))
                yaml.Comment(indent, "不填“总计”（total）：总计由程序按各项相加得出；如填写，须与相加结果一致。");
            if (HasNarrative(map))
                yaml.Comment(indent, "每项写一段文字，或写成列表（每个“- ”开头的项为一段）；文中数字宜写成引用，如 {table3.rows.new_requests.total}。");
        }

        private string MapComment(MapSchema m, string path) =>
            path.StartsWith(Table2Path, StringComparison.Ordinal) && input.Format.Table2Article(path[Table2Path.Length..]) is { } article
                ? $"{article} {m.Label}"
                : m.Label;

        private const string Table2Path = "table2.";

        private static string ItemKeys(MapSchema item) => string.Join("、", item.Children.Select(c => $"{c.Key}（{c.Label}）"));

        private void Value(ValueSchema v, string path, int indent, int group)
        {
            if (v.Kind == ValueKind.Narrative)
            {
                if (v.Required)
                    yaml.Add(new YamlLine(indent, v.Key, CommentedYaml.Quote(Placeholder(v)), "必填", group) { AlignComment = false });
                else
                    yaml.Add(new YamlLine(indent, v.Key, null, $"{v.Label}（可选）", group) { CommentedOut = true });
                return;
            }
            if (IsNumber(v))
            {
                yaml.Add(new YamlLine(indent, v.Key, Number(v, path), CellComment(v, path), group));
                return;
            }
            if (v.Kind == ValueKind.Year)
            {
                yaml.Add(new YamlLine(indent, v.Key, input.Year.ToString(System.Globalization.CultureInfo.InvariantCulture), v.Label, group));
                return;
            }
            if (v.Key == CommonSchema.FormatKey && v.Choices.Contains(input.Format.Id))
            {
                yaml.Add(new YamlLine(indent, v.Key, input.Format.Id, $"{v.Label}（{input.Year}年度须用 {input.Format.Id}）", group));
                return;
            }
            var (example, hint) = v.Kind switch
            {
                ValueKind.Date => ("YYYY-MM-DD", $"{v.Label}（发布后填写，格式 YYYY-MM-DD；可选）"),
                ValueKind.Bool => ("false", $"{v.Label}（true / false；可选）"),
                ValueKind.Choice => (v.Choices.FirstOrDefault() ?? "", $"{v.Label}（{string.Join(" / ", v.Choices)}；可选）"),
                _ => ("", $"{v.Label}（可选）"),
            };
            // Required text cells exist only inside lists, which are commented out as a whole.
            yaml.Add(new YamlLine(indent, v.Key, example.Length == 0 ? null : example, hint, group) { CommentedOut = true });
        }

        private string Number(ValueSchema v, string path) =>
            input.CarryOver?.Value(path) is { } carried ? ScalarParser.FormatDecimal(carried) : "0";

        private string CellComment(ValueSchema v, string path)
        {
            var label = v.Label;
            if (v.Kind == ValueKind.Money && !label.Contains('元'))
                label += v.Key.EndsWith("wan_yuan", StringComparison.Ordinal) ? "（万元）" : v.Key.EndsWith("yuan", StringComparison.Ordinal) ? "（元）" : "";
            if (v.Kind == ValueKind.SignedCount) label += "（可为负数，如 -2）";
            return input.CarryOver?.Note(path) is { } note ? $"{label}：{note}" : label;
        }

        private void FlowRow(MapSchema m, string path, int indent, int group)
        {
            var cells = Cells(m);
            Legend(cells, indent);
            var value = "{" + string.Join(", ", cells.Select(c => $"{c.Key}: {Number(c, Join(path, c.Key))}")) + "}";
            var comment = input.CarryOver?.Note(path) is { } note ? $"{m.Label}：{note}" : m.Label;
            yaml.Add(new YamlLine(indent, m.Key, value, comment, group));
        }

        /// <summary>A flow row cannot comment each cell, so the column labels are listed once, above the first such row.</summary>
        private void Legend(IReadOnlyList<ValueSchema> cells, int indent)
        {
            if (!_legends.Add(string.Join(",", cells.Select(c => c.Key)))) return;
            var items = cells.Select(c => $"{c.Key} {c.Label}").ToList();
            yaml.Comment(indent, "以下各行的列：" + string.Join("，", items.Take(3)) + (items.Count > 3 ? "，" : ""));
            for (var i = 3; i < items.Count; i += 3)
                yaml.Comment(indent, "　　　　　　　" + string.Join("，", items.Skip(i).Take(3)) + (i + 3 < items.Count ? "，" : ""));
        }
    }
}

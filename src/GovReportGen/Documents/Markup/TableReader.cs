using System.Collections.Immutable;
using System.Globalization;
using System.Xml.Linq;
using GovReportGen.Documents.Tables;

namespace GovReportGen.Documents.Markup;

/// <summary>
/// Reads <c>table</c> (<c>caption? colgroup? thead? tbody*</c>) into cell specs, then lets
/// <see cref="TableGridBuilder"/> resolve the spans and <see cref="ColumnWidths"/> size the columns.
/// </summary>
internal sealed class TableReader(MarkupErrors errors, InlineReader inlines, TableMetrics metrics)
{
    /// <summary>HTML's own limit for <c>colspan</c>; far beyond any report table.</summary>
    private const int MaxSpan = 1000;

    private static readonly string[] PartOrder = ["caption", "colgroup", "thead", "tbody"];

    public Table? Read(XElement table, string? labelledBy)
    {
        MarkupVocabulary.CheckAttributes(table, errors);
        var caption = ImmutableArray<Inline>.Empty;
        var fixedWidths = new List<ColumnWidthSpec?>();
        var groups = new List<RowGroupSpec>();
        var errorsBefore = errors.Diagnostics.ErrorCount;
        var lastPart = -1;

        foreach (var node in table.Nodes())
        {
            if (node is not XElement part)
            {
                RejectNonElement(node, table);
                continue;
            }
            var order = Array.IndexOf(PartOrder, part.Name.LocalName);
            if (!MarkupVocabulary.IsKnown(part) || order < 0)
            {
                errors.At(part, MarkupVocabulary.IsKnown(part)
                    ? $"元素 {MarkupVocabulary.Display(part)} 不能直接出现在 <table> 中（表格的子元素依次为 caption、colgroup、thead、tbody）"
                    : $"报告标记中不允许的元素 {MarkupVocabulary.Display(part)}");
                continue;
            }
            if (order < lastPart || (order == lastPart && order < 3))
                errors.At(part, $"<{part.Name.LocalName}> 在 <table> 中的位置不对：子元素依次为 caption、colgroup、thead、tbody，前三者各至多一个");
            lastPart = Math.Max(lastPart, order);

            switch (part.Name.LocalName)
            {
                case "caption":
                    MarkupVocabulary.CheckAttributes(part, errors);
                    caption = inlines.ReadBlockContent(part);
                    break;
                case "colgroup":
                    fixedWidths.AddRange(ReadColumns(part));
                    break;
                default:
                    groups.Add(ReadRowGroup(part));
                    break;
            }
        }

        var location = errors.Locator.Of(table);
        if (errors.Diagnostics.ErrorCount > errorsBefore)
            return null;
        var grid = TableGridBuilder.Build(groups, location, errors.Diagnostics);
        if (grid is null || !CheckFixedWidths(table, fixedWidths, grid))
            return null;
        return new Table(grid, ColumnWidths.Compute(grid, fixedWidths, metrics), caption, labelledBy) { Source = errors.Locator.AuthoredAt(table) };
    }

    private IEnumerable<ColumnWidthSpec?> ReadColumns(XElement colgroup)
    {
        MarkupVocabulary.CheckAttributes(colgroup, errors);
        var columns = new List<ColumnWidthSpec?>();
        foreach (var node in colgroup.Nodes())
        {
            if (node is not XElement col || col.Name != "col")
            {
                if (node is XElement other)
                    errors.At(other, $"<colgroup> 中只能有 <col>，不能有 {MarkupVocabulary.Display(other)}");
                else
                    RejectNonElement(node, colgroup);
                continue;
            }
            MarkupVocabulary.CheckAttributes(col, errors);
            if (col.Nodes().Any())
                errors.At(col, "元素 <col> 必须为空");
            var width = col.Attribute("width");
            var spec = width is null ? null : ColumnWidthSpec.Parse(width.Value);
            if (width is not null && spec is null)
                errors.At(width, $"列宽 “{width.Value}” 无效，应为正数加单位 pt、mm 或 %（如 60pt、20mm、15%）");
            columns.Add(spec);
        }
        return columns;
    }

    private RowGroupSpec ReadRowGroup(XElement group)
    {
        MarkupVocabulary.CheckAttributes(group, errors);
        var rows = ImmutableArray.CreateBuilder<RowSpec>();
        foreach (var node in group.Nodes())
        {
            if (node is not XElement tr || tr.Name != "tr")
            {
                if (node is XElement other)
                    errors.At(other, MarkupVocabulary.IsKnown(other)
                        ? $"<{group.Name.LocalName}> 中只能有 <tr>，不能有 {MarkupVocabulary.Display(other)}"
                        : $"报告标记中不允许的元素 {MarkupVocabulary.Display(other)}");
                else
                    RejectNonElement(node, group);
                continue;
            }
            rows.Add(ReadRow(tr));
        }
        return new RowGroupSpec(group.Name.LocalName == "thead", rows.ToImmutable());
    }

    private RowSpec ReadRow(XElement tr)
    {
        MarkupVocabulary.CheckAttributes(tr, errors);
        var cells = ImmutableArray.CreateBuilder<CellSpec>();
        foreach (var node in tr.Nodes())
        {
            if (node is XElement { Name.LocalName: "th" or "td" } cell && cell.Name.Namespace == XNamespace.None)
                cells.Add(ReadCell(cell));
            else if (node is XElement other)
                errors.At(other, MarkupVocabulary.IsKnown(other)
                    ? $"<tr> 中只能有 <th> 或 <td>，不能有 {MarkupVocabulary.Display(other)}"
                    : $"报告标记中不允许的元素 {MarkupVocabulary.Display(other)}");
            else
                RejectNonElement(node, tr);
        }
        return new RowSpec(cells.ToImmutable(), errors.Locator.Of(tr));
    }

    private CellSpec ReadCell(XElement cell)
    {
        var cssClass = MarkupVocabulary.CheckAttributes(cell, errors);
        var scope = cell.Attribute("scope");
        HeaderAxis? axis = scope?.Value switch
        {
            null => null,
            "col" or "colgroup" => HeaderAxis.Column,
            "row" or "rowgroup" => HeaderAxis.Row,
            _ => null,
        };
        if (scope is not null && axis is null && cell.Name == "th")
            errors.At(scope, $"scope 的值 “{scope.Value}” 无效，应为 col、colgroup、row 或 rowgroup");

        return new CellSpec(
            cell.Name == "th" ? CellKind.Header : CellKind.Data,
            Span(cell, "rowspan"),
            Span(cell, "colspan"),
            axis,
            cssClass == "label",
            inlines.ReadBlockContent(cell),
            errors.Locator.Of(cell))
        {
            Key = Key(cell),
            Source = errors.Locator.AuthoredAt(cell),
        };
    }

    private string? Key(XElement cell)
    {
        if (cell.Attribute(MarkupVocabulary.KeyAttribute) is not { } attribute)
            return null;
        if (MarkupVocabulary.KeyPath().IsMatch(attribute.Value))
            return attribute.Value;
        errors.At(attribute, $"{MarkupVocabulary.KeyAttribute} 的值 “{attribute.Value}” 无效，应为数据文件中的键路径（如 table3.rows.new_requests.natural_person）");
        return null;
    }

    private int Span(XElement cell, string name)
    {
        var attribute = cell.Attribute(name);
        if (attribute is null)
            return 1;
        var text = attribute.Value.Trim();
        if (text.All(char.IsAsciiDigit)
            && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var span)
            && span is >= 1 and <= MaxSpan)
            return span;
        errors.At(attribute, $"{name} 的值 “{attribute.Value}” 无效，应为 1 到 {MaxSpan} 之间的整数");
        return 1;
    }

    private bool CheckFixedWidths(XElement table, List<ColumnWidthSpec?> fixedWidths, TableGrid grid)
    {
        if (fixedWidths.Count > grid.ColumnCount)
        {
            errors.At(table, $"<colgroup> 定义了{fixedWidths.Count}列，表格只有{grid.ColumnCount}列");
            return false;
        }
        var sum = fixedWidths.Sum(w => w?.ToPoints(metrics.TotalWidth) ?? 0);
        var allFixed = fixedWidths.Count == grid.ColumnCount && fixedWidths.All(w => w is not null);
        // All columns fixed: scaled to the table width. Some auto: they need room left over.
        if (!allFixed && sum >= metrics.TotalWidth)
        {
            errors.At(table, $"固定列宽之和 {sum.ToString("0.##", CultureInfo.InvariantCulture)}pt 已达到表格宽度 {metrics.TotalWidth.ToString("0.##", CultureInfo.InvariantCulture)}pt，其余列没有宽度");
            return false;
        }
        return true;
    }

    private void RejectNonElement(XNode node, XElement parent)
    {
        switch (node)
        {
            case XText text when !string.IsNullOrWhiteSpace(text.Value):
                errors.At(text, $"<{parent.Name.LocalName}> 中不允许直接出现文本 {MarkupErrors.Quote(text.Value)}");
                break;
            case XProcessingInstruction instruction:
                errors.At(instruction, $"报告标记中不允许处理指令 <?{instruction.Target}?>");
                break;
        }
    }
}

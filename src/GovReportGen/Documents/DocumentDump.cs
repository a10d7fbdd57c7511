using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using GovReportGen.Documents.Tables;
using GovReportGen.Theme;

namespace GovReportGen.Documents;

/// <summary>
/// A deterministic, human-readable text form of a <see cref="Document"/> (in the spirit of Pandoc's
/// <c>native</c> output) for golden tests: one line per block and per inline, tables as grid rows whose
/// slots say <c>origin</c> (with span, kind, scope, alignment and content) or <c>cont</c> (with the
/// origin they continue); a figure cell also names the key it shows. Rows and columns are 1-based, as in diagnostics. Lines end in <c>\n</c>.
/// </summary>
internal static class DocumentDump
{
    public static string Write(Document document)
    {
        var dump = new Dumper();
        dump.Line(0, $"document title={Quote(document.Title)}");
        foreach (var block in document.Blocks)
            dump.Block(1, block);
        return dump.ToString();
    }

    private sealed class Dumper
    {
        private readonly StringBuilder _text = new();

        public void Line(int depth, string content) =>
            _text.Append(' ', depth * 2).Append(content).Append('\n');

        public void Block(int depth, Block block)
        {
            switch (block)
            {
                case Heading heading:
                    Line(depth, $"h{heading.Level}{ClassSuffix(heading.Class)}{(heading.AnchorId is null ? "" : " #" + heading.AnchorId)}");
                    Inlines(depth + 1, heading.Inlines);
                    break;
                case Paragraph paragraph:
                    Line(depth, "p" + ClassSuffix(paragraph.Class));
                    Inlines(depth + 1, paragraph.Inlines);
                    break;
                case Signature signature:
                    Line(depth, "signature");
                    foreach (var line in signature.Lines)
                        Block(depth + 1, line);
                    break;
                case Table table:
                    Table(depth, table);
                    break;
                default:
                    Line(depth, $"unknown {block.GetType().Name}");
                    break;
            }
        }

        private void Inlines(int depth, ImmutableArray<Inline> inlines)
        {
            foreach (var inline in inlines)
            {
                switch (inline)
                {
                    case Text text: Line(depth, "text " + Quote(text.Value)); break;
                    case Number number: Line(depth, "num " + Quote(number.Value)); break;
                    case LineBreak: Line(depth, "br"); break;
                    case Strong strong:
                        Line(depth, "strong");
                        Inlines(depth + 1, strong.Children);
                        break;
                    case Emphasis emphasis:
                        Line(depth, "em");
                        Inlines(depth + 1, emphasis.Children);
                        break;
                }
            }
        }

        private void Table(int depth, Table table)
        {
            var grid = table.Grid;
            Line(depth, $"table rows={grid.RowCount} columns={grid.ColumnCount} header-rows={grid.HeaderRowCount}"
                        + (table.LabelledBy is null ? "" : $" labelledby={table.LabelledBy}"));
            if (!table.Caption.IsEmpty)
                Line(depth + 1, "caption " + Compact(table.Caption));
            Line(depth + 1, "widths-pt " + string.Join(' ', table.Columns.Points.Select(p => p.ToString("0.00", CultureInfo.InvariantCulture))));
            // The whole-twip widths a DOCX grid gets over the 版心 (20 twips a point), so a golden dump shows rounding.
            Line(depth + 1, "widths-twips " + string.Join(' ', table.Columns.Apportioned(PageSpec.Default.TextWidthInWholeUnits(20))));
            for (var r = 0; r < grid.RowCount; r++)
            {
                Line(depth + 1, $"row {r + 1} {(grid.IsHeaderRow(r) ? "head" : "body")}");
                foreach (var slot in grid.Rows[r])
                    Line(depth + 2, Slot(slot));
            }
        }

        private static string Slot(GridSlot slot) => slot switch
        {
            Origin o => $"({o.Row + 1},{o.Column + 1}) origin {(o.IsHeader ? "th" : "td")}"
                        + (o.Scope == HeaderScope.None ? "" : " " + ScopeName(o.Scope))
                        + $" span={o.RowSpan}x{o.ColSpan} {(o.Alignment == CellAlignment.Left ? "left" : "center")}"
                        + (o.Key is null ? "" : " key=" + o.Key)
                        + (o.Content.IsEmpty ? "" : " " + Compact(o.Content)),
            Continuation c => $"({c.Row + 1},{c.Column + 1}) cont ({c.Origin.Row + 1},{c.Origin.Column + 1})",
            _ => "?",
        };

        private static string ScopeName(HeaderScope scope) => scope switch
        {
            HeaderScope.Column => "col",
            HeaderScope.ColumnGroup => "colgroup",
            HeaderScope.Row => "row",
            HeaderScope.RowGroup => "rowgroup",
            _ => "",
        };

        /// <summary>Inlines on one line: <c>"text" br num"12" strong["x"]</c>.</summary>
        private static string Compact(ImmutableArray<Inline> inlines) => string.Join(' ', inlines.Select(inline => inline switch
        {
            Text text => Quote(text.Value),
            Number number => "num" + Quote(number.Value),
            LineBreak => "br",
            Strong strong => $"strong[{Compact(strong.Children)}]",
            Emphasis emphasis => $"em[{Compact(emphasis.Children)}]",
            _ => "?",
        }));

        private static string ClassSuffix(BlockClass cssClass) =>
            cssClass == BlockClass.None ? "" : " ." + cssClass.ToString().ToLowerInvariant();

        public override string ToString() => _text.ToString();
    }

    /// <summary>Double-quoted; backslash, quote and control or format characters escaped so the dump stays one line per item and shows invisible marks.</summary>
    private static string Quote(string value)
    {
        var builder = new StringBuilder("\"");
        foreach (var rune in value.EnumerateRunes())
        {
            switch (rune.Value)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case var cp when cp < 0x20 || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Format or UnicodeCategory.Control:
                    builder.Append(CultureInfo.InvariantCulture, $"\\u{cp:X4}");
                    break;
                default: builder.Append(rune.ToString()); break;
            }
        }
        return builder.Append('"').ToString();
    }
}

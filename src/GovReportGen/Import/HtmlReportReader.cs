using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace GovReportGen.Import;

/// <summary>Reads a published HTML report: its tables (rowspan/colspan laid out as a grid) and its headings and paragraphs.</summary>
internal static class HtmlReportReader
{
    public const string Kind = "HTML";

    public static SourceDocument Read(string file, string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        var tables = new List<SourceTable>();
        var paragraphs = new List<SourceParagraph>();
        var body = (IElement?)document.Body ?? document.DocumentElement;
        foreach (var element in body.QuerySelectorAll("h1, h2, h3, h4, h5, h6, p, table"))
        {
            if (element.LocalName == "table")
            {
                if (element.ParentElement?.Closest("table") is not null) continue; // a table inside a cell is read as its cell's text
                tables.Add(ReadTable((IHtmlTableElement)element, tables.Count + 1));
                continue;
            }
            if (element.Closest("table") is not null) continue;
            if (element.LocalName == "p" && element.QuerySelector("p, h1, h2, h3, h4, table") is not null) continue;
            var text = TextOf(element);
            if (text.Trim().Length == 0) continue;
            int? level = element.LocalName.Length == 2 && element.LocalName[0] == 'h' ? element.LocalName[1] - '0' : null;
            paragraphs.Add(new SourceParagraph(text, level, $"HTML第{paragraphs.Count + 1}段"));
        }
        return new SourceDocument(file, Kind, tables, paragraphs);
    }

    private static SourceTable ReadTable(IHtmlTableElement table, int number)
    {
        var grid = new GridBuilder();
        foreach (var row in table.Rows)
        {
            grid.StartRow();
            foreach (var cell in row.Cells)
                grid.Add(TextOf(cell), cell.RowSpan == 0 ? 1 : cell.RowSpan, cell.ColumnSpan, (r, c) => $"HTML表格{number}第{r}行第{c}列");
        }
        return grid.Build(number);
    }

    /// <summary>The text as a reader sees it: runs of source whitespace are one space, a <c>br</c> a line break.</summary>
    public static string TextOf(INode node)
    {
        var b = new StringBuilder();
        void Walk(INode n)
        {
            foreach (var child in n.ChildNodes)
            {
                if (child is IText t) b.Append(t.Data);
                else if (child is IElement { LocalName: "br" }) b.Append('\n');
                else if (child is IElement { LocalName: "script" or "style" }) continue;
                else Walk(child);
            }
        }
        Walk(node);
        return TextTidy.Collapse(b.ToString());
    }
}

/// <summary>Whitespace the way a reader sees it: no space between two Chinese characters, one elsewhere.</summary>
internal static class TextTidy
{
    public static string Collapse(string text)
    {
        var lines = text.Split('\n').Select(l => string.Join(' ', l.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))).Where(l => l.Length > 0);
        return string.Join('\n', lines);
    }

    /// <summary>Joins lines of one paragraph: Chinese text wraps anywhere and takes no space at a join; Latin words do.</summary>
    public static string JoinLines(IEnumerable<string> lines)
    {
        var b = new StringBuilder();
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.Length == 0) continue;
            if (b.Length > 0 && IsLatin(b[^1]) && IsLatin(line[0])) b.Append(' ');
            b.Append(line);
        }
        return b.ToString();
    }

    private static bool IsLatin(char c) => c < 0x2E80 && char.IsLetterOrDigit(c);
}

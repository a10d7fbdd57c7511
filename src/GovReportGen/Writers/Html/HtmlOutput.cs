using System.Text;

namespace GovReportGen.Writers.Html;

/// <summary>
/// The only place that writes to the page: markup as given, text and attribute values escaped. Line ends are
/// always <c>\n</c>, whatever the platform or the TextWriter's NewLine, so output is byte-identical everywhere.
/// </summary>
internal sealed class HtmlOutput(TextWriter writer)
{
    public HtmlOutput Raw(string markup)
    {
        writer.Write(markup);
        return this;
    }

    public HtmlOutput Line(string markup = "")
    {
        writer.Write(markup);
        writer.Write('\n');
        return this;
    }

    /// <summary>Text content: &amp; &lt; &gt; and &quot; escaped, so data text can never become markup.</summary>
    public HtmlOutput Text(string text)
    {
        writer.Write(Escape(text));
        return this;
    }

    /// <summary>Writes <c> name="value"</c>, the value escaped.</summary>
    public HtmlOutput Attribute(string name, string value)
    {
        writer.Write(' ');
        writer.Write(name);
        writer.Write("=\"");
        writer.Write(Escape(value));
        writer.Write('"');
        return this;
    }

    public static string Escape(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"") < 0)
            return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            switch (ch)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                default: builder.Append(ch); break;
            }
        }
        return builder.ToString();
    }
}

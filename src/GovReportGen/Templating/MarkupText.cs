using System.Text;
using System.Text.RegularExpressions;

namespace GovReportGen.Templating;

/// <summary>
/// Data text enters the template model here and only here: escaped for the report markup, with
/// bindings turned into number spans. Templates print model strings raw, so nothing a data file
/// says — <c>&lt;script&gt;</c>, <c>&amp;</c>, <c>{{ }}</c> — can become markup or template code.
/// </summary>
internal static partial class MarkupText
{

    public static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': sb.Append("&amp;"); break;
                case '<': sb.Append("&lt;"); break;
                case '>': sb.Append("&gt;"); break;
                case '"': sb.Append("&quot;"); break;
                case '\'': sb.Append("&#39;"); break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }

    /// <summary>A figure as the report prints it, wrapped so writers style it as a number.</summary>
    public static string Number(string printed) => $"<span class=\"num\">{Escape(printed)}</span>";

    /// <summary>
    /// Escapes a narrative paragraph and replaces each binding whose value <paramref name="resolve"/> knows
    /// by a number span. An unknown binding stays literal text (validation has already reported it).
    /// </summary>
    public static string Paragraph(string text, IEnumerable<(int Start, int Length, string Path)> bindings, Func<string, string?> resolve)
    {
        var sb = new StringBuilder(text.Length + 32);
        var position = 0;
        foreach (var (start, length, path) in bindings.OrderBy(b => b.Start))
        {
            if (start < position) continue;
            var value = resolve(path);
            if (value is null) continue;
            sb.Append(Escape(text[position..start]));
            sb.Append(Number(value));
            position = start + length;
        }
        sb.Append(Escape(text[position..]));
        return sb.ToString();
    }
}

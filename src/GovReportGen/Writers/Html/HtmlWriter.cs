using System.Text;
using GovReportGen.Documents;

namespace GovReportGen.Writers.Html;

/// <summary>
/// Writes a <see cref="Document"/> as one standalone HTML5 page (docs/typesetting.md §7): no scripts, no web fonts,
/// inline print CSS. Output depends only on the document and the options — no clock, no random ids — so two
/// writes are byte-identical.
/// </summary>
internal static class HtmlWriter
{
    public static void Write(Document document, HtmlWriterOptions options, TextWriter output)
    {
        var html = new HtmlOutput(output);
        var context = new HtmlRenderContext(html, HtmlRendererRegistry.Default, options);
        var title = string.IsNullOrWhiteSpace(document.Title) ? options.FallbackTitle : document.Title;

        html.Line("<!DOCTYPE html>");
        html.Raw("<html").Attribute("lang", options.Language).Line(">");
        html.Line("<head>");
        html.Line("<meta charset=\"utf-8\">");
        html.Line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        html.Raw("<title>").Text(title).Line("</title>");
        html.Line("<style>");
        html.Line(EscapeStyle(options.Stylesheet).Replace("\r\n", "\n").Trim('\n'));
        html.Line("</style>");
        html.Line("</head>");
        html.Line("<body>");
        html.Line("<main>");
        foreach (var block in document.Blocks)
            context.WriteBlock(block);
        html.Line("</main>");
        html.Line("</body>");
        html.Line("</html>");
    }

    /// <summary>Writes UTF-8 without a byte-order mark (the page declares <c>charset=utf-8</c>).</summary>
    public static void Write(Document document, HtmlWriterOptions options, Stream output)
    {
        using var writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        Write(document, options, writer);
    }

    public static string WriteToString(Document document, HtmlWriterOptions? options = null)
    {
        using var writer = new StringWriter();
        Write(document, options ?? HtmlWriterOptions.Default, writer);
        return writer.ToString();
    }

    /// <summary>A theme stylesheet must not end the <c>style</c> element early; <c>&lt;\/</c> means the same in CSS.</summary>
    private static string EscapeStyle(string css) => css.Replace("</", "<\\/", StringComparison.Ordinal);
}

using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using GovReportGen.Diagnostics;
using GovReportGen.Documents.Tables;

namespace GovReportGen.Documents.Markup;

/// <summary>
/// Parses report markup — the XHTML fragment a Scriban template produced — into a <see cref="Document"/>.
/// Anything outside the closed vocabulary is a GRG4010 error located in the markup, or in the template
/// when the templating layer passes a position mapper. Never throws on bad input.
/// </summary>
internal static partial class ReportMarkupParser
{
    private const string WrapperName = "grg-markup";

    /// <param name="markup">The fragment: blocks one after another, no root element needed.</param>
    /// <param name="sourceName">The file name diagnostics show when there is no mapper.</param>
    /// <param name="mapPosition">Maps a 1-based markup (line, column) to a span in the template.</param>
    public static MarkupParseResult Parse(string markup, string sourceName, Func<int, int, SourceSpan>? mapPosition = null) =>
        Parse(markup, sourceName, mapPosition, TableMetrics.Default);

    /// <summary>As above, with other table metrics (e.g. 小五 9 pt table text).</summary>
    public static MarkupParseResult Parse(string markup, string sourceName, Func<int, int, SourceSpan>? mapPosition, TableMetrics tableMetrics) =>
        Parse(markup, sourceName, mapPosition, tableMetrics, mapAuthored: null);

    /// <param name="mapAuthored">
    /// Maps a markup position to where the template wrote it for the Document's <c>Source</c> (the call site of the
    /// template function that printed it); <paramref name="mapPosition"/> when null.
    /// </param>
    public static MarkupParseResult Parse(string markup, string sourceName, Func<int, int, SourceSpan>? mapPosition, TableMetrics tableMetrics, Func<int, int, SourceSpan>? mapAuthored)
    {
        var diagnostics = new DiagnosticBag();
        // The wrapper's start tag sits on its own line, so markup line N is line N + 1 of the wrapped text
        // and columns need no shift.
        var locator = new SourceLocator(markup, sourceName, mapPosition, wrapperLines: 1, mapAuthored);
        var errors = new MarkupErrors(locator, diagnostics);

        MarkupPrescan.Check(markup, errors);
        if (errors.Any)
            return new MarkupParseResult(null, diagnostics.Items);

        var root = Load($"<{WrapperName}>\n{markup}\n</{WrapperName}>", errors);
        if (root is null || HasNamespaceDeclarations(root, errors) || TooDeep(root, errors))
            return new MarkupParseResult(null, diagnostics.Items);
        var document = new MarkupReader(errors, tableMetrics).Read(root);
        return new MarkupParseResult(errors.Any ? null : document, diagnostics.Items);
    }

    /// <summary>
    /// The deepest element nesting the readers and writers accept. Real reports nest four or five deep
    /// (table, tbody, tr, td, strong); a template looping <c>&lt;strong&gt;</c> thousands of times would
    /// overflow the recursive readers and end the process, so it is refused here with its position.
    /// </summary>
    public const int MaxNesting = 64;

    private static bool TooDeep(XElement root, MarkupErrors errors)
    {
        var stack = new Stack<(XElement Element, int Depth)>();
        stack.Push((root, 0));
        while (stack.Count > 0)
        {
            var (element, depth) = stack.Pop();
            if (depth > MaxNesting)
            {
                errors.At(element, $"报告标记嵌套过深（超过 {MaxNesting} 层），可能是模板循环中未闭合的元素");
                return true;
            }
            foreach (var child in element.Elements()) stack.Push((child, depth + 1));
        }
        return false;
    }

    private static XElement? Load(string wrapped, MarkupErrors errors)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,   // no DOCTYPE, so no entity definitions or expansion
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = false,     // reported, not silently dropped
            CheckCharacters = true,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(wrapped), settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo | LoadOptions.PreserveWhitespace).Root;
        }
        catch (XmlException exception)
        {
            if (MarkupNesting.Find(wrapped, settings, exception, WrapperName) is { } mismatch)
            {
                ReportMismatch(mismatch, errors);
                return null;
            }
            // The usual template slip is HTML's <br> where XHTML needs <br/>; say so instead of only citing a tag mismatch.
            var hint = UnclosedVoidElement().IsMatch(wrapped) ? VoidElementHint : "";
            errors.At(errors.Locator.AtXml(exception.LineNumber, exception.LinePosition),
                $"报告标记不是格式正确的 XML：{XmlMessages.Translate(PositionSuffix().Replace(exception.Message, ""))}{hint}");
            return null;
        }
    }

    private const string VoidElementHint = "（提示：空元素要写成 <br/>、<col/>）";

    /// <summary>
    /// An element left open is reported at its start tag, where the author has to add the end tag (or the <c>/</c>
    /// of <c>&lt;br/&gt;</c>), not at the end tag where XML noticed; the message says where that was. An end tag
    /// with no start tag at all is reported at the end tag.
    /// </summary>
    private static void ReportMismatch(MarkupNesting.Mismatch mismatch, MarkupErrors errors)
    {
        const string Prefix = "报告标记不是格式正确的 XML：";
        var locator = errors.Locator;
        var end = locator.AtXml(mismatch.EndLine, mismatch.EndColumn);
        if (mismatch.Open is not { } open)
        {
            errors.At(end, $"{Prefix}结束标签 </{mismatch.EndName}> 没有对应的开始标签（元素 '{mismatch.EndName}' 未曾打开或已经结束）");
            return;
        }
        var start = locator.AtXml(open.Line, open.Column);
        var noticed = mismatch.AtWrapperEnd
            ? "直到报告标记末尾都没有结束"
            : $"在{(end.File == start.File ? "" : $" {end.File} 的")}第 {end.Line} 行第 {end.Column} 列先遇到了结束标签 </{mismatch.EndName}>";
        // <br> and <col> are never given an end tag: they are written <br/>, <col/>.
        var (unclosed, hint) = open.Name is "br" or "col"
            ? ("没有闭合", VoidElementHint)
            : ($"没有对应的结束标签 </{open.Name}>", "");
        errors.At(start, $"{Prefix}元素 '{open.Name}' 的开始标签 <{open.Name}> {unclosed}，{noticed}{hint}");
    }

    /// <summary>
    /// Report markup has no namespaces. A declaration would move every nested element out of the
    /// vocabulary, so it is reported once, at the declaration, rather than as each element being unknown.
    /// </summary>
    private static bool HasNamespaceDeclarations(XElement root, MarkupErrors errors)
    {
        foreach (var element in root.Descendants())
            foreach (var declaration in element.Attributes().Where(a => a.IsNamespaceDeclaration))
                errors.At(declaration, $"元素 <{element.Name.LocalName}> 上不允许的属性 {(declaration.Name.Namespace == XNamespace.None ? "xmlns" : "xmlns:" + declaration.Name.LocalName)}");
        return errors.Any;
    }

    /// <summary>XmlException messages end in " Line 3, position 7."; the span already says where.</summary>
    [GeneratedRegex(@"\s*Line \d+, position \d+\.?\s*$")]
    private static partial Regex PositionSuffix();

    [GeneratedRegex(@"<(br|col)(\s[^>]*[^/>])?\s*>")]
    private static partial Regex UnclosedVoidElement();
}

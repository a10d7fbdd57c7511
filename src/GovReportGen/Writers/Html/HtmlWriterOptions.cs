using GovReportGen.Theme;

namespace GovReportGen.Writers.Html;

/// <summary>Settings of the HTML writer; the defaults give the page docs/typesetting.md §7 describes.</summary>
internal sealed record HtmlWriterOptions
{
    public static HtmlWriterOptions Default { get; } = new();

    /// <summary>The defaults with the stylesheet of <paramref name="page"/>.</summary>
    public static HtmlWriterOptions For(PageSpec page) => new() { Stylesheet = HtmlStylesheet.For(page) };

    /// <summary>The page language; browsers pick Chinese line breaking from it, so keep <c>zh-CN</c>.</summary>
    public string Language { get; init; } = "zh-CN";

    /// <summary>The <c>&lt;title&gt;</c> when the document has no <c>h1</c> (an empty title fails the Nu checker).</summary>
    public string FallbackTitle { get; init; } = "政府信息公开工作年度报告";

    /// <summary>The CSS placed in the page's <c>&lt;style&gt;</c>; a theme may replace it.</summary>
    public string Stylesheet { get; init; } = HtmlStylesheet.Default;

    /// <summary>Write the shared column widths as <c>col</c> styles, so the page's tables look like the PDF's.</summary>
    public bool ColumnWidths { get; init; } = true;
}

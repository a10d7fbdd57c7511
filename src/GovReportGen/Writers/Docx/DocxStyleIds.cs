namespace GovReportGen.Writers.Docx;

/// <summary>
/// The style ids the body refers to. Built-in styles keep Word's ids and names (Normal, Title, heading 1 …) so
/// Word shows them under their localised names (正文, 标题, 标题 1 …); the project's own styles have Chinese names.
/// </summary>
internal static class DocxStyleIds
{
    public const string Normal = "Normal";
    public const string Title = "Title";
    public const string Subtitle = "Subtitle";
    public const string Heading1 = "Heading1";
    public const string Heading2 = "Heading2";
    public const string Heading3 = "Heading3";
    public const string Note = "Note";
    public const string Caption = "Caption";
    public const string Signature = "Signature";
    public const string Date = "Date";
    public const string TableText = "TableText";
    public const string TableHeader = "TableHeader";
    public const string TableLabel = "TableLabel";
    public const string Footer = "Footer";
    public const string PageNumberOdd = "PageNumberOdd";
    public const string PageNumberEven = "PageNumberEven";

    public const string Strong = "Strong";
    public const string Emphasis = "Emphasis";
    public const string Figure = "Figure";

    public const string Table = "ReportTable";

    /// <summary>h2 → heading 1 (一、), h3 → heading 2 (（一）), h4 → heading 3 (1.); h1 is the title.</summary>
    public static string Heading(int markupLevel) => Math.Clamp(markupLevel, 2, 4) switch
    {
        2 => Heading1,
        3 => Heading2,
        _ => Heading3,
    };
}

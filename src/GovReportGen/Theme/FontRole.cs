namespace GovReportGen.Theme;

/// <summary>
/// Fonts are chosen by role, never by name (docs/architecture.md "Fonts"). Every writer knows the roles: the PDF
/// writer maps each to the chain of templates/theme/fonts.json, the DOCX writer to the authentic font an
/// office PC has, the HTML writer to a CSS font stack.
/// </summary>
public enum FontRole
{
    /// <summary>小标宋: the report title.</summary>
    Title,
    /// <summary>黑体: <c>h2</c> (一、) and <c>strong</c>.</summary>
    Heading1,
    /// <summary>楷体: <c>h3</c> (（一）) and <c>em</c>.</summary>
    Heading2,
    /// <summary>仿宋: body text, <c>h4</c>, the signature.</summary>
    Body,
    /// <summary>Table text (仿宋 by default).</summary>
    Table,
    /// <summary>宋体: the page number.</summary>
    PageNumber,
}

public static class FontRoles
{
    public static readonly IReadOnlyList<FontRole> All = Enum.GetValues<FontRole>();

    /// <summary>The role's key in <c>templates/theme/fonts.json</c>.</summary>
    public static string Key(this FontRole role) => role switch
    {
        FontRole.Title => "title",
        FontRole.Heading1 => "heading1",
        FontRole.Heading2 => "heading2",
        FontRole.Body => "body",
        FontRole.Table => "table",
        FontRole.PageNumber => "pagenumber",
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    /// <summary>The role as a typesetter says it, for messages.</summary>
    public static string ChineseName(this FontRole role) => role switch
    {
        FontRole.Title => "标题（小标宋）",
        FontRole.Heading1 => "一级标题（黑体）",
        FontRole.Heading2 => "二级标题（楷体）",
        FontRole.Body => "正文（仿宋）",
        FontRole.Table => "表格（仿宋）",
        FontRole.PageNumber => "页码（宋体）",
        _ => role.ToString(),
    };
}

using System.Collections.Frozen;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace GovReportGen.Documents.Markup;

/// <summary>
/// The closed vocabulary of report markup (docs/architecture.md §5): which elements exist, which
/// attributes and classes each may carry. Everything outside it is a GRG4010 error, so a template cannot
/// smuggle script, styles or unknown structure into three writers that would each treat it differently.
/// </summary>
internal static partial class MarkupVocabulary
{
    /// <summary>
    /// The attribute naming the key path of the value a table cell shows (<c>data-key="table3.rows.new_requests.natural_person"</c>);
    /// the official-structure check compares it with the key the format puts at that position.
    /// </summary>
    public const string KeyAttribute = "data-key";

    /// <summary>A key path as the data files spell it: snake_case segments joined by dots, at least two (Data/Model/Bindings.cs has the same shape).</summary>
    [GeneratedRegex(@"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)+$")]
    public static partial Regex KeyPath();

    private static readonly FrozenDictionary<string, FrozenSet<string>> Attributes = new Dictionary<string, FrozenSet<string>>
    {
        ["h1"] = Set("class"), ["h2"] = Set("class"), ["h3"] = Set("class"), ["h4"] = Set("class"),
        ["p"] = Set("class"), ["div"] = Set("class"), ["span"] = Set("class"),
        ["strong"] = Set(), ["em"] = Set(), ["br"] = Set(),
        ["table"] = Set(), ["caption"] = Set(), ["colgroup"] = Set(), ["col"] = Set("width"),
        ["thead"] = Set(), ["tbody"] = Set(), ["tr"] = Set(),
        ["th"] = Set("rowspan", "colspan", "scope", "class", KeyAttribute),
        ["td"] = Set("rowspan", "colspan", "class", KeyAttribute),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, FrozenSet<string>> Classes = new Dictionary<string, FrozenSet<string>>
    {
        ["h1"] = Set("title", "subtitle"), ["h2"] = Set("subtitle"), ["h3"] = Set("subtitle"), ["h4"] = Set("subtitle"),
        ["p"] = Set("date", "note", "subtitle"),
        ["div"] = Set("signature"),
        ["span"] = Set("num"),
        ["th"] = Set("label"), ["td"] = Set("label"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every element with its attributes and, per element, the class values allowed (for docs/templates.md).</summary>
    public static IEnumerable<(string Element, IReadOnlyList<string> Attributes, IReadOnlyList<string> Classes)> Listing() =>
        Attributes.OrderBy(a => Order(a.Key)).ThenBy(a => a.Key, StringComparer.Ordinal).Select(a => (a.Key,
            (IReadOnlyList<string>)a.Value.Order(StringComparer.Ordinal).ToList(),
            (IReadOnlyList<string>)(Classes.TryGetValue(a.Key, out var c) ? c.Order(StringComparer.Ordinal).ToList() : new List<string>())));

    /// <summary>The class values allowed on an element, sorted (none when it takes no class).</summary>
    public static IReadOnlyList<string> AllowedClasses(string element) =>
        Classes.TryGetValue(element, out var c) ? c.Order(StringComparer.Ordinal).ToList() : Array.Empty<string>();

    private static int Order(string element) => Array.IndexOf(DocumentOrder, element) is var i and >= 0 ? i : int.MaxValue;

    private static readonly string[] DocumentOrder =
        { "h1", "h2", "h3", "h4", "p", "div", "span", "strong", "em", "br", "table", "caption", "colgroup", "col", "thead", "tbody", "tr", "th", "td" };

    private static string AllowedClassesText(string element) => AllowedClasses(element) is { Count: > 0 } allowed
        ? $"（<{element}> 可用的 class 值：{string.Join("、", allowed)}）"
        : $"（<{element}> 不带 class）";

    public static bool IsKnown(XElement element) =>
        element.Name.Namespace == XNamespace.None && Attributes.ContainsKey(element.Name.LocalName);

    /// <summary>The element as a message shows it, e.g. <c>&lt;script&gt;</c>.</summary>
    public static string Display(XElement element) => $"<{element.Name.LocalName}>";

    /// <summary>
    /// Checks every attribute against the element's list and returns the validated class (null if none).
    /// Reports unknown attributes and classes; <paramref name="requiredClass"/> also reports a missing class.
    /// </summary>
    public static string? CheckAttributes(XElement element, MarkupErrors errors, string? requiredClass = null)
    {
        var name = element.Name.LocalName;
        var allowed = Attributes[name];
        string? cssClass = null;
        foreach (var attribute in element.Attributes())
        {
            var attributeName = DisplayName(element, attribute);
            if (attribute.Name.Namespace != XNamespace.None || !allowed.Contains(attributeName))
            {
                errors.At(attribute, $"元素 <{name}> 上不允许的属性 {attributeName}"
                    + (allowed.Count == 0 ? $"（<{name}> 不带任何属性）" : $"（<{name}> 可用的属性：{string.Join("、", allowed.Order(StringComparer.Ordinal))}）"));
                continue;
            }
            if (attributeName != "class")
                continue;
            var value = attribute.Value.Trim();
            if (Classes.TryGetValue(name, out var classes) && classes.Contains(value))
                cssClass = value;
            else
                errors.At(attribute, $"元素 <{name}> 上不允许的 class 值 “{attribute.Value}”" + AllowedClassesText(name));
        }
        if (requiredClass is not null && cssClass != requiredClass && element.Attribute("class") is null)
            errors.At(element, $"元素 <{name}> 必须带 class=\"{requiredClass}\"");
        return cssClass;
    }

    private static string DisplayName(XElement element, XAttribute attribute)
    {
        var prefix = attribute.Name.Namespace == XNamespace.None ? null : element.GetPrefixOfNamespace(attribute.Name.Namespace);
        return prefix is null ? attribute.Name.LocalName : $"{prefix}:{attribute.Name.LocalName}";
    }

    public static BlockClass ToBlockClass(string? cssClass) => cssClass switch
    {
        "title" => BlockClass.Title,
        "subtitle" => BlockClass.Subtitle,
        "date" => BlockClass.Date,
        "note" => BlockClass.Note,
        _ => BlockClass.None,
    };

    private static FrozenSet<string> Set(params string[] names) => names.ToFrozenSet(StringComparer.Ordinal);
}

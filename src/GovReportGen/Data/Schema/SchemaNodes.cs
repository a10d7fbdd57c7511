namespace GovReportGen.Data.Schema;

/// <summary>What a leaf value must be; decides parsing and the wording of type errors.</summary>
internal enum ValueKind
{
    /// <summary>A non-negative integer count (GRG2006).</summary>
    Count,
    /// <summary>gov-2019 本年增/减: an integer that may be negative.</summary>
    SignedCount,
    /// <summary>A non-negative decimal with at most 4 places (GRG2007).</summary>
    Money,
    /// <summary>A single line of text (names, addresses, reasons).</summary>
    Text,
    /// <summary>A paragraph or a list of paragraphs; may hold bindings.</summary>
    Narrative,
    Date,
    Bool,
    Year,
    /// <summary>One of <see cref="ValueSchema.Choices"/>.</summary>
    Choice,
}

/// <summary>A node of a data file's schema. <see cref="Label"/> is the official Chinese wording of the cell or section.</summary>
public abstract record SchemaNode(string Key, string Label, bool Required);

internal sealed record ValueSchema(string Key, string Label, ValueKind Kind, bool Required = true) : SchemaNode(Key, Label, Required)
{
    /// <summary>How messages name this cell, e.g. <c>表三“一、本年新收政府信息公开申请数量”行“自然人”列</c>.</summary>
    public string CellName { get; init; } = Label;
    public IReadOnlyList<string> Choices { get; init; } = Array.Empty<string>();
    /// <summary>A total that the loader derives when it is omitted and checks when it is given.</summary>
    public bool IsDerivedTotal { get; init; }
}

public sealed record MapSchema(string Key, string Label, IReadOnlyList<SchemaNode> Children, bool Required = true) : SchemaNode(Key, Label, Required)
{
    public SchemaNode? Child(string key) => Children.FirstOrDefault(c => c.Key == key);

    /// <summary>The node at a dotted key path below this map (<c>table3.rows.new_requests.total</c>); null when there is none.</summary>
    public SchemaNode? Descendant(string keyPath)
    {
        SchemaNode? node = this;
        foreach (var segment in keyPath.Split('.'))
            node = node is MapSchema map ? map.Child(segment) : null;
        return node;
    }
}

/// <summary>A list of mappings, such as <c>acknowledge</c> or gov-2019's free overview topics.</summary>
internal sealed record ListSchema(string Key, string Label, MapSchema Item, bool Required = false) : SchemaNode(Key, Label, Required);

using GovReportGen.Data.Model;
using GovReportGen.Data.Schema;

namespace GovReportGen.Validation.Rules;

/// <summary>One narrative value of a report: its key path, how messages name it, and its paragraphs.</summary>
/// <param name="Path">Key path such as <c>narrative.overview.proactive</c>; list items read <c>narrative.overview.topics[0].text</c>.</param>
/// <param name="CellName">The section as messages name it, e.g. <c>第一部分“主动公开”</c>.</param>
internal sealed record NarrativeField(string Path, string CellName, NarrativeText Text)
{
    public bool IsIn(string sectionPath) => Path.StartsWith(sectionPath + ".", StringComparison.Ordinal);
}

/// <summary>
/// Enumerates narrative values by walking the format's schema, so the narrative rules need no list of keys
/// per format: a format that adds a narrative key gets it checked.
/// </summary>
internal static class NarrativeFields
{
    public const string Root = "narrative";
    public const string Overview = "narrative.overview";

    public static IEnumerable<NarrativeField> Of(ReportData report)
    {
        if (report.Format.Schema.Child(Root) is not MapSchema narrative) return Array.Empty<NarrativeField>();
        var found = new List<NarrativeField>();
        Walk(narrative, Root, report.Fields, Root, found);
        return found;
    }

    /// <summary>The schema node at a dotted path of the format, or null when the format has no such key.</summary>
    public static SchemaNode? SchemaAt(ReportData report, string path)
    {
        SchemaNode? node = report.Format.Schema;
        foreach (var key in path.Split('.'))
            node = node is MapSchema m ? m.Child(key) : null;
        return node;
    }

    private static void Walk(MapSchema map, string prefix, FieldSet fields, string displayPrefix, List<NarrativeField> found)
    {
        foreach (var child in map.Children)
        {
            var path = prefix + "." + child.Key;
            var display = displayPrefix + "." + child.Key;
            switch (child)
            {
                case MapSchema m:
                    Walk(m, path, fields, display, found);
                    break;
                case ValueSchema { Kind: ValueKind.Narrative } v when fields.Narrative(path) is { } text:
                    found.Add(new NarrativeField(display, v.CellName, text));
                    break;
                case ListSchema list:
                    var items = fields.List(path);
                    for (var i = 0; i < items.Count; i++)
                    {
                        // gov-2019 free topics: name the topic by the heading the clerk gave it.
                        var heading = items[i].Get<string>("heading");
                        var before = found.Count;
                        WalkItem(list.Item, items[i], $"{display}[{i}]", found);
                        if (!string.IsNullOrWhiteSpace(heading))
                            for (var j = before; j < found.Count; j++)
                                found[j] = found[j] with { CellName = NameTopic(found[j].CellName, heading) };
                    }
                    break;
            }
        }
    }

    private static void WalkItem(MapSchema item, FieldSet fields, string displayPrefix, List<NarrativeField> found)
    {
        foreach (var child in item.Children)
        {
            if (child is ValueSchema { Kind: ValueKind.Narrative } v && fields.Narrative(child.Key) is { } text)
                found.Add(new NarrativeField(displayPrefix + "." + child.Key, v.CellName, text));
        }
    }

    private static string NameTopic(string cellName, string heading)
    {
        var quote = cellName.IndexOf('“');
        return (quote >= 0 ? cellName[..quote] : cellName) + $"“{heading.Trim()}”";
    }
}

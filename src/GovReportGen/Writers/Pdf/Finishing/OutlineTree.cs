namespace GovReportGen.Writers.Pdf.Finishing;

/// <summary>An outline item with the items below it (h3 under the h2 before it).</summary>
internal sealed class OutlineNode(OutlineEntry entry)
{
    public OutlineEntry Entry { get; } = entry;
    public List<OutlineNode> Children { get; } = [];

    /// <summary>All items below this one (every item is open, so all are visible).</summary>
    public int Descendants => Children.Count + Children.Sum(c => c.Descendants);
}

internal static class OutlineTree
{
    /// <summary>Nests the headings by level: an item goes under the nearest earlier item of a lower level.</summary>
    public static IReadOnlyList<OutlineNode> Build(IReadOnlyList<OutlineEntry> entries)
    {
        var roots = new List<OutlineNode>();
        var stack = new Stack<OutlineNode>();
        foreach (var entry in entries)
        {
            var node = new OutlineNode(entry);
            while (stack.Count > 0 && stack.Peek().Entry.Level >= entry.Level)
                stack.Pop();
            if (stack.Count == 0)
                roots.Add(node);
            else
                stack.Peek().Children.Add(node);
            stack.Push(node);
        }
        return roots;
    }
}

using GovReportGen.Data;
using GovReportGen.Data.Model;
using GovReportGen.Diagnostics;
using GovReportGen.Validation;

namespace GovReportGen.Hierarchy;

/// <summary>A finding about one agency's place in the hierarchy (its agency.yaml), with the agency it belongs to.</summary>
public sealed record HierarchyProblem(string AgencyId, Diagnostic Diagnostic);

/// <summary>
/// The agencies of a data folder linked by <c>parent_id</c> (agency.yaml): who is whose direct subordinate, and which
/// agencies a parent's chain reaches. A <c>parent_id</c> that names no agency folder (GRG7002) or a chain that comes
/// back to where it started (GRG7003) is a located error in <see cref="Problems"/>; such a link is not followed, so
/// every walk over the tree ends.
/// </summary>
public sealed class AgencyTree
{
    private readonly Dictionary<string, List<string>> _children = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _parentOf = new(StringComparer.Ordinal);

    private AgencyTree(IReadOnlyList<string> folderIds) => FolderIds = folderIds;

    /// <summary>Every agency folder of the data folder, ordinal order (also those whose agency.yaml did not load).</summary>
    public IReadOnlyList<string> FolderIds { get; }

    public IReadOnlyList<HierarchyProblem> Problems { get; private set; } = Array.Empty<HierarchyProblem>();

    public static AgencyTree Of(DataSet data)
    {
        var folders = data.Agencies.Select(a => a.Id).Order(StringComparer.Ordinal).ToList();
        var tree = new AgencyTree(folders);
        var known = folders.ToHashSet(StringComparer.Ordinal);
        var problems = new List<HierarchyProblem>();
        var agencies = data.Agencies.Where(a => a.Agency is not null).OrderBy(a => a.Id, StringComparer.Ordinal).Select(a => a.Agency!).ToList();
        foreach (var agency in agencies)
        {
            if (string.IsNullOrWhiteSpace(agency.ParentId)) continue;
            var parent = agency.ParentId.Trim();
            if (!known.Contains(parent))
            {
                problems.Add(new(agency.Id, UnknownParent(agency, parent, folders)));
                continue;
            }
            tree._parentOf[agency.Id] = parent;
        }
        problems.AddRange(Cycles(tree._parentOf, agencies));
        // A link inside a cycle is reported and then dropped: walks down from any agency must end.
        foreach (var p in problems.Where(p => p.Diagnostic.Id == RuleCatalog.ParentCycle.Id)) tree._parentOf.Remove(p.AgencyId);
        foreach (var (child, parent) in tree._parentOf.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            if (!tree._children.TryGetValue(parent, out var list)) tree._children[parent] = list = new List<string>();
            list.Add(child);
        }
        tree.Problems = problems.OrderBy(p => p.AgencyId, StringComparer.Ordinal).ThenBy(p => p.Diagnostic.Id, StringComparer.Ordinal).ToList();
        return tree;
    }

    /// <summary>The agencies whose <c>parent_id</c> is <paramref name="id"/>, ordinal order.</summary>
    public IReadOnlyList<string> ChildrenOf(string id) =>
        _children.TryGetValue(id, out var list) ? list : Array.Empty<string>();

    /// <summary>Every agency whose chain of parents leads to <paramref name="id"/> (not <paramref name="id"/> itself), ordinal order.</summary>
    public IReadOnlyList<string> DescendantsOf(string id)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>(ChildrenOf(id));
        while (queue.Count > 0)
        {
            var next = queue.Dequeue();
            if (next == id || !found.Add(next)) continue;
            foreach (var child in ChildrenOf(next)) queue.Enqueue(child);
        }
        return found.ToList();
    }

    private static Diagnostic UnknownParent(AgencyInfo agency, string parent, IReadOnlyList<string> folders)
    {
        var others = folders.Where(f => f != agency.Id);
        var closest = DidYouMean.Closest(parent, others, Math.Max(2, parent.Length / 4));
        var message = $"上级机关标识（parent_id）“{parent}”不是数据目录中任何机关的标识（agencies/ 下没有此文件夹）"
            + (closest is null ? "" : $"，是否应为“{closest}”？");
        return new Diagnostic(RuleCatalog.UnknownParent.Id, Severity.Error, agency.Fields.SpanOf("parent_id"), message)
        {
            KeyPath = "parent_id",
            CellLabel = "上级机关标识（parent_id）",
            Actual = parent,
            Suggestion = closest,
        };
    }

    /// <summary>One GRG7003 per agency on a cycle, each at its own parent_id, naming the cycle from that agency on.</summary>
    private static IEnumerable<HierarchyProblem> Cycles(IReadOnlyDictionary<string, string> parentOf, IReadOnlyList<AgencyInfo> agencies)
    {
        var byId = agencies.ToDictionary(a => a.Id, StringComparer.Ordinal);
        var done = new HashSet<string>(StringComparer.Ordinal);
        foreach (var start in agencies.Select(a => a.Id))
        {
            var path = new List<string>();
            var onPath = new Dictionary<string, int>(StringComparer.Ordinal);
            var current = start;
            while (current is not null && !done.Contains(current) && !onPath.ContainsKey(current))
            {
                onPath[current] = path.Count;
                path.Add(current);
                current = parentOf.TryGetValue(current, out var parent) ? parent : null;
            }
            if (current is not null && onPath.TryGetValue(current, out var from))
            {
                var cycle = path.Skip(from).ToList();
                for (var i = 0; i < cycle.Count; i++)
                {
                    var rotated = cycle.Skip(i).Concat(cycle.Take(i)).Append(cycle[i]);
                    var agency = byId[cycle[i]];
                    yield return new HierarchyProblem(agency.Id, new Diagnostic(RuleCatalog.ParentCycle.Id, Severity.Error, agency.Fields.SpanOf("parent_id"),
                        $"上级机关链（parent_id）形成循环：{string.Join(" → ", rotated)}；请改正其中一个机关的 parent_id")
                    {
                        KeyPath = "parent_id",
                        CellLabel = "上级机关标识（parent_id）",
                    });
                }
            }
            foreach (var id in path) done.Add(id);
        }
    }
}

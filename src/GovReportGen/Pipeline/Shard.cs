using System.Text;

namespace GovReportGen.Pipeline;

/// <summary>
/// The K-th of N stable partitions of the agencies, by a hash of the agency id that does not depend on
/// the process, the machine or the order of folders (string.GetHashCode would: it is randomised per run).
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    public static readonly Shard All = new(1, 1);

    public bool Contains(string agencyId) => Count <= 1 || (int)(Fnv1a(agencyId) % (uint)Count) == Index - 1;

    /// <summary>Parses <c>K/N</c> (1 ≤ K ≤ N); null with a Chinese reason when it is not one.</summary>
    public static Shard? Parse(string text, out string? error)
    {
        error = null;
        var parts = text.Split('/');
        if (parts.Length == 2 && int.TryParse(parts[0], out var k) && int.TryParse(parts[1], out var n) && n >= 1 && k >= 1 && k <= n)
            return new Shard(k, n);
        error = $"--shard 应为 K/N（1 ≤ K ≤ N），例如 1/4，实际为“{text}”";
        return null;
    }

    private static uint Fnv1a(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash ^= b;
            hash *= 16777619u;
        }
        return hash;
    }

    public override string ToString() => $"{Index}/{Count}";
}

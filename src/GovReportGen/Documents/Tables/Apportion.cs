using System.Collections.Immutable;

namespace GovReportGen.Documents.Tables;

/// <summary>Rounds shares to integers that add up exactly to a total (Hamilton's largest-remainder method).</summary>
internal static class Apportion
{
    /// <summary>
    /// Floors each share, then gives the units still missing to the largest fractional parts (ties to the
    /// left), so the result is deterministic and no share loses more than one unit.
    /// </summary>
    public static ImmutableArray<int> LargestRemainder(double[] shares, int total)
    {
        var sum = shares.Sum();
        if (sum <= 0)
            (shares, sum) = (Enumerable.Repeat(1.0, shares.Length).ToArray(), shares.Length);
        var scale = total / sum;
        var exact = shares.Select(s => s * scale).ToArray();
        // A tiny epsilon keeps 123.99999999 from flooring to 123 through floating-point noise.
        var floors = exact.Select(e => (int)Math.Floor(e + 1e-9)).ToArray();
        var missing = total - floors.Sum();
        foreach (var index in Enumerable.Range(0, exact.Length)
                     .OrderByDescending(i => exact[i] - floors[i])
                     .ThenBy(i => i)
                     .Take(Math.Max(0, missing)))
            floors[index]++;
        return [.. floors];
    }
}

using System.Text;

namespace GovReportGen.Tests.EndToEnd;

public static class LineAssert
{
    /// <summary>Equal line lists, or a failure that lists every differing line (not just the first).</summary>
    public static void Equal(IReadOnlyList<string> expected, IReadOnlyList<string> actual, string what)
    {
        var report = new StringBuilder();
        var differences = 0;
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var e = i < expected.Count ? expected[i] : "(none)";
            var a = i < actual.Count ? actual[i] : "(none)";
            if (e == a) continue;
            if (++differences <= 30) report.Append($"  #{i}\n    expected: {e}\n    actual:   {a}\n");
        }
        if (differences > 0)
            Assert.Fail($"{what}: {differences} line(s) differ (expected {expected.Count} lines, got {actual.Count}):\n{report}");
    }
}

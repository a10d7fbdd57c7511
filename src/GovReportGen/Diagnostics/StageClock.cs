using System.Diagnostics;

namespace GovReportGen.Diagnostics;

/// <summary>
/// Where a cold run's time goes (MAINTAINING.md, “Runtime”): with <c>GRG_TIMINGS=1</c> each measured stage prints
/// its start (milliseconds since the process started, runtime start-up included), its length and its thread to
/// standard error. Off, a stage costs one static read.
/// </summary>
public static class StageClock
{
    public static readonly bool Enabled = Environment.GetEnvironmentVariable("GRG_TIMINGS") == "1";

    private static readonly DateTime ProcessStart = Enabled ? Process.GetCurrentProcess().StartTime.ToUniversalTime() : default;

    public static Scope Measure(string stage) => new(Enabled ? stage : null);

    public readonly struct Scope(string? stage) : IDisposable
    {
        private readonly long _started = stage is null ? 0 : Stopwatch.GetTimestamp();
        private readonly double _at = stage is null ? 0 : (DateTime.UtcNow - ProcessStart).TotalMilliseconds;

        public void Dispose()
        {
            if (stage is null) return;
            var took = Stopwatch.GetElapsedTime(_started).TotalMilliseconds;
            Console.Error.WriteLine($"[timing] {_at,7:F0} ms +{took,6:F1} ms  t{Environment.CurrentManagedThreadId,-3} {stage}"
                + $"  (JIT so far: {System.Runtime.JitInfo.GetCompiledMethodCount()} methods, {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:F0} ms)");
        }
    }
}

using System.Runtime.CompilerServices;

namespace GovReportGen.Tests.Support;

/// <summary>
/// The suite runs in-process CLI commands that read the real environment. A CI service sets <c>CI</c> (or
/// <c>GITHUB_ACTIONS</c>), which makes every diagnostic print twice — once for people, once as an annotation —
/// and tests that expect one line per finding then fail only on the CI machine. Tests that exercise the
/// annotations pass a <c>ConsoleEnvironment</c> of their own, so the process itself is made neutral here,
/// before any test (or any child process a test starts) reads it.
/// </summary>
internal static class HermeticEnvironment
{
    private static readonly string[] CiVariables = ["CI", "GITHUB_ACTIONS"];

    [ModuleInitializer]
    internal static void Neutralise()
    {
        foreach (var name in CiVariables)
            Environment.SetEnvironmentVariable(name, null);
    }
}

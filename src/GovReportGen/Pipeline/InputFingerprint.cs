using System.Reflection;
using System.Security.Cryptography;
using System.Text;

namespace GovReportGen.Pipeline;

/// <summary>
/// A SHA-256 over everything one report's output depends on, fed in a fixed order. Equal fingerprints
/// mean the earlier output can be kept; anything unknown or unreadable simply makes it differ.
/// </summary>
internal sealed class InputFingerprint
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    public InputFingerprint Add(string label, string? value)
    {
        var bytes = Encoding.UTF8.GetBytes($"{label}\u0000{value ?? "\u0001null"}\u0000");
        _hash.AppendData(bytes);
        return this;
    }

    /// <summary>Larger than any data file, template or font a run reads; a bigger input only makes the fingerprint differ.</summary>
    private const long MaxInputBytes = 512L * 1024 * 1024;

    public InputFingerprint AddFile(string label, string path)
    {
        // The label, not the path, goes in: the same inputs in another folder give the same fingerprint.
        if (!File.Exists(path)) return Add(label, "missing");
        // Only regular files are read: a FIFO among the inputs would block the run here, before any check says why.
        var bytes = IO.SafeRead.ReadBytes(path, MaxInputBytes, out var refusal);
        if (bytes is null) return Add(label, "unreadable " + refusal);
        Add(label, "file");
        _hash.AppendData(bytes);
        return Add("end", label);
    }

    /// <summary>The hash; the native hash context is released at once rather than left to the finalizer thread.</summary>
    public string Finish()
    {
        var hash = _hash.GetHashAndReset();
        _hash.Dispose();
        return Convert.ToHexString(hash).ToLowerInvariant();
    }

    /// <summary>
    /// Identifies this build of the tool: deterministic builds give the same module version id for the same
    /// source, so a code change invalidates every cached report and a rebuild of the same code does not.
    /// </summary>
    public static string ToolVersion { get; } = string.Join(",",
        new[] { typeof(InputFingerprint).Assembly, Assembly.GetEntryAssembly() }
            .Where(a => a is not null)
            .Select(a => a!.ManifestModule.ModuleVersionId.ToString()));

    public static string HashOfFolder(string folder)
    {
        var fp = new InputFingerprint();
        if (!Directory.Exists(folder)) return fp.Add("folder", "none").Finish();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            fp.AddFile(Path.GetRelativePath(folder, file).Replace('\\', '/'), file);
        return fp.Finish();
    }
}

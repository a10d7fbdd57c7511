using System.Text.Json;
using GovReportGen.Diagnostics;
using GovReportGen.Writers;

namespace GovReportGen.Pipeline;

/// <summary>One report's line in manifest.json.</summary>
public sealed record ManifestEntry(
    string Agency,
    string Name,
    int Year,
    string? Format,
    ReportStatus Status,
    IReadOnlyDictionary<string, string> Files,
    IReadOnlyList<Diagnostic> Diagnostics);

/// <summary>
/// <c>manifest.json</c>: every report of the run, sorted by year then agency id, with its files (paths
/// relative to the out folder; only files that exist) and its diagnostics. Written last, atomically.
/// </summary>
public static class Manifest
{
    public const string FileName = "manifest.json";

    public static IReadOnlyList<ManifestEntry> Sort(IEnumerable<ManifestEntry> entries) =>
        entries.OrderBy(e => e.Year).ThenBy(e => e.Agency, StringComparer.Ordinal).ToList();

    public static byte[] Serialize(IEnumerable<ManifestEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var w = DiagnosticFormatter.CreateJsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteStartArray("reports");
            foreach (var e in Sort(entries)) WriteEntry(w, e);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }

    public static void WriteEntry(Utf8JsonWriter w, ManifestEntry e)
    {
        w.WriteStartObject();
        w.WriteString("agency", e.Agency);
        w.WriteString("name", e.Name);
        w.WriteNumber("year", e.Year);
        if (e.Format is null) w.WriteNull("format");
        else w.WriteString("format", e.Format);
        w.WriteString("status", e.Status.ToManifestText());
        w.WriteStartObject("files");
        foreach (var format in WriterRegistry.InListingOrder(e.Files.Keys))
            w.WriteString(format, e.Files[format]);
        w.WriteEndObject();
        w.WriteStartArray("diagnostics");
        foreach (var d in e.Diagnostics) DiagnosticFormatter.WriteJsonObject(w, d);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    public static ManifestEntry ReadEntry(JsonElement r)
    {
        var files = r.GetProperty("files").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        var diagnostics = r.GetProperty("diagnostics").EnumerateArray().Select(d => new Diagnostic(
            d.GetProperty("id").GetString()!,
            d.GetProperty("severity").GetString() == "error" ? Severity.Error : Severity.Warning,
            new SourceSpan(d.GetProperty("file").GetString()!, d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32()),
            d.GetProperty("message").GetString()!)).ToList();
        return new ManifestEntry(
            r.GetProperty("agency").GetString()!,
            r.GetProperty("name").GetString()!,
            r.GetProperty("year").GetInt32(),
            r.GetProperty("format").ValueKind == JsonValueKind.Null ? null : r.GetProperty("format").GetString(),
            ReportStatuses.FromManifestText(r.GetProperty("status").GetString()!),
            files,
            diagnostics);
    }

    /// <summary>Reads a manifest back (for merging shards, the site index and tests). Broken input throws JsonException or KeyNotFoundException.</summary>
    public static IReadOnlyList<ManifestEntry> Read(string path)
    {
        var bytes = IO.SafeRead.ReadBytes(path, 256L * 1024 * 1024, out var refusal)
            ?? throw new InvalidOperationException($"manifest.json 无法读取：{refusal}");
        using var doc = JsonDocument.Parse(bytes);
        var list = new List<ManifestEntry>();
        foreach (var r in doc.RootElement.GetProperty("reports").EnumerateArray()) list.Add(ReadEntry(r));
        return list;
    }
}

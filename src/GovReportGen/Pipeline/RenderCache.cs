using System.Text.Json;
using GovReportGen.IO;

namespace GovReportGen.Pipeline;

/// <summary>
/// The incremental cache: per report, the fingerprint of its inputs, the template names it included and
/// its manifest entry. It lives under the out folder (<c>.cache/</c>); anything unreadable is treated as
/// absent, so a corrupt cache is rebuilt, never trusted.
/// </summary>
internal sealed class RenderCache(string outDir)
{
    public const string FolderName = ".cache";

    public sealed record Record(string Fingerprint, IReadOnlyList<string> TemplateNames, ManifestEntry Entry);

    public string Folder { get; } = Path.Combine(outDir, FolderName);

    public string PathOf(string agencyId, int year) => Path.Combine(Folder, year.ToString(), agencyId + ".json");

    public Record? Read(string agencyId, int year)
    {
        var path = PathOf(agencyId, year);
        try
        {
            if (!File.Exists(path)) return null;
            // A record that is not a small regular file is not ours: treated as missing, the report is rendered again.
            if (IO.SafeRead.ReadBytes(path, 16 * 1024 * 1024, out _) is not { } bytes) return null;
            using var doc = JsonDocument.Parse(bytes);
            var root = doc.RootElement;
            var entry = Manifest.ReadEntry(root.GetProperty("entry"));
            if (entry.Agency != agencyId || entry.Year != year) return null;
            return new Record(
                root.GetProperty("fingerprint").GetString() ?? "",
                root.GetProperty("templates").EnumerateArray().Select(t => t.GetString() ?? "").ToList(),
                entry);
        }
        // ArgumentException: a record with a repeated key (valid JSON, but not one this tool writes).
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or IOException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    public void Write(Record record)
    {
        using var stream = new MemoryStream();
        using (var w = Diagnostics.DiagnosticFormatter.CreateJsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteString("fingerprint", record.Fingerprint);
            w.WriteStartArray("templates");
            foreach (var name in record.TemplateNames) w.WriteStringValue(name);
            w.WriteEndArray();
            w.WritePropertyName("entry");
            Manifest.WriteEntry(w, record.Entry);
            w.WriteEndObject();
        }
        AtomicFile.Replace(PathOf(record.Entry.Agency, record.Entry.Year), stream.ToArray());
    }
}

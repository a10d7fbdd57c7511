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
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>The report's <c>published_on</c>; null when the file leaves it out or did not load.</summary>
    public DateOnly? PublishedOn { get; init; }

    /// <summary>
    /// The 条例 publishing deadline (次年 1月31日, 本级人民政府 3月31日, GRG5003); null when the data did not
    /// load, so the agency's kind is unknown.
    /// </summary>
    public DateOnly? Deadline { get; init; }

    /// <summary>This entry with the publishing date and deadline of the report it describes.</summary>
    public ManifestEntry WithPublishingOf(Data.Model.ReportData? data) => data is null ? this : this with
    {
        PublishedOn = data.PublishedOn,
        Deadline = Validation.Rules.PublishDateRule.Deadline(data.Year, data.Agency.IsGovernment),
    };
}

/// <summary>
/// <c>manifest.json</c>: every report of the run, sorted by year then agency id, with its files (paths
/// relative to the out folder; only files that exist) and its diagnostics. Written last, atomically.
/// Its shape is the contract docs/schemas/manifest.schema.json describes.
/// </summary>
public static class Manifest
{
    public const string FileName = "manifest.json";

    /// <summary>
    /// The contract's version: additive changes (a new optional field) keep it, a removed, renamed or
    /// retyped field bumps it.
    /// </summary>
    public const int SchemaVersion = 1;

    public static IReadOnlyList<ManifestEntry> Sort(IEnumerable<ManifestEntry> entries) =>
        entries.OrderBy(e => e.Year).ThenBy(e => e.Agency, StringComparer.Ordinal).ToList();

    public static byte[] Serialize(IEnumerable<ManifestEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var w = DiagnosticFormatter.CreateJsonWriter(stream))
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", SchemaVersion);
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
        WriteDate(w, "publishedOn", e.PublishedOn);
        WriteDate(w, "deadline", e.Deadline);
        w.WriteStartObject("files");
        foreach (var format in WriterRegistry.InListingOrder(e.Files.Keys))
            w.WriteString(format, e.Files[format]);
        w.WriteEndObject();
        w.WriteStartArray("diagnostics");
        foreach (var d in e.Diagnostics) DiagnosticFormatter.WriteJsonObject(w, d);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter w, string name, DateOnly? date)
    {
        if (date is { } d) w.WriteString(name, d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        else w.WriteNull(name);
    }

    /// <summary>A date field; absent (a cache record of an older version) reads as null.</summary>
    private static DateOnly? ReadDate(JsonElement r, string name) =>
        r.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : null;

    public static ManifestEntry ReadEntry(JsonElement r)
    {
        var files = r.GetProperty("files").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        var diagnostics = r.GetProperty("diagnostics").EnumerateArray().Select(DiagnosticFormatter.ReadJsonObject).ToList();
        return new ManifestEntry(
            r.GetProperty("agency").GetString()!,
            r.GetProperty("name").GetString()!,
            r.GetProperty("year").GetInt32(),
            r.GetProperty("format").ValueKind == JsonValueKind.Null ? null : r.GetProperty("format").GetString(),
            ReportStatuses.FromManifestText(r.GetProperty("status").GetString()!),
            files,
            diagnostics)
        {
            PublishedOn = ReadDate(r, "publishedOn"),
            Deadline = ReadDate(r, "deadline"),
        };
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

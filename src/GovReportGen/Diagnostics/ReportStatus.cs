namespace GovReportGen.Diagnostics;

/// <summary>How one report came out of a run, decided once from its diagnostics.</summary>
public enum ReportStatus
{
    /// <summary>No diagnostics: written.</summary>
    Ok,
    /// <summary>Warnings only: written.</summary>
    Warnings,
    /// <summary>At least one error: nothing written.</summary>
    Error,
}

public static class ReportStatuses
{
    /// <summary>Error if any diagnostic is an error, warnings if there are any others, else ok.</summary>
    public static ReportStatus Of(IEnumerable<Diagnostic> diagnostics)
    {
        var any = false;
        foreach (var d in diagnostics)
        {
            if (d.IsError) return ReportStatus.Error;
            any = true;
        }
        return any ? ReportStatus.Warnings : ReportStatus.Ok;
    }

    /// <summary>The status as <c>manifest.json</c> spells it.</summary>
    public static string ToManifestText(this ReportStatus status) => status switch
    {
        ReportStatus.Ok => "ok",
        ReportStatus.Warnings => "warnings",
        ReportStatus.Error => "error",
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>Reads a status back from a manifest; anything but the three words is a broken manifest.</summary>
    public static ReportStatus FromManifestText(string text) => text switch
    {
        "ok" => ReportStatus.Ok,
        "warnings" => ReportStatus.Warnings,
        "error" => ReportStatus.Error,
        _ => throw new FormatException($"未知的报告状态“{text}”（应为 ok、warnings 或 error）"),
    };
}

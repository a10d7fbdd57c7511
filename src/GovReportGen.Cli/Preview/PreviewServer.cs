using System.Net;
using System.Text.Json;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GovReportGen.Cli.Preview;

/// <summary>
/// The preview's web server: Kestrel from the shared framework, bound to 127.0.0.1 only (the data may be unpublished).
/// Routes: <c>/</c> the picker, <c>/report/{agency}/{year}</c> the page, and under it <c>html</c>, <c>pdf</c>,
/// <c>state</c> (JSON) and <c>events</c> (Server-Sent Events: one message per render step).
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private PreviewServer(WebApplication app, Uri address) => (_app, Address) = (app, address);

    /// <summary>Where the server listens, e.g. http://127.0.0.1:5017/.</summary>
    public Uri Address { get; }

    /// <param name="port">0 picks a free port (tests).</param>
    public static async Task<PreviewServer> StartAsync(PreviewWorkspace workspace, int port, string? agency, int? year)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));
        var app = builder.Build();
        Map(app, workspace, agency, year);
        await app.StartAsync();
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new PreviewServer(app, new Uri(bound.Replace("[::1]", "127.0.0.1", StringComparison.Ordinal) + "/"));
    }

    private static void Map(WebApplication app, PreviewWorkspace workspace, string? agency, int? year)
    {
        app.MapGet("/", (HttpContext http) =>
        {
            if (agency is not null && year is not null) return Results.Redirect($"/report/{agency}/{year}");
            var reports = workspace.Reports().Where(r => agency is null || r.Agency == agency)
                .Select(r => (r.Agency, year is null ? r.Years : r.Years.Where(y => y == year).ToList()))
                .ToList();
            return Results.Content(PreviewPages.Picker(reports), "text/html; charset=utf-8");
        });
        app.MapGet("/report/{agency}/{year:int}", (string agency, int year) =>
            Find(workspace, agency, year) is null ? NotFound(agency, year)
                : Results.Content(PreviewPages.Report(agency, year), "text/html; charset=utf-8"));
        app.MapGet("/report/{agency}/{year:int}/state", (string agency, int year) =>
            Find(workspace, agency, year) is { } s ? Results.Content(StateJson(s.State), "application/json; charset=utf-8") : NotFound(agency, year));
        app.MapGet("/report/{agency}/{year:int}/html", (string agency, int year) =>
            Find(workspace, agency, year)?.State.HtmlPath is { } path && File.Exists(path)
                ? Results.File(File.ReadAllBytes(path), "text/html; charset=utf-8")
                : Results.Content(PreviewPages.Waiting("网页版正在生成……"), "text/html; charset=utf-8"));
        app.MapGet("/report/{agency}/{year:int}/pdf", (string agency, int year) =>
            Find(workspace, agency, year)?.State.PdfPath is { } path && File.Exists(path)
                ? Results.File(File.ReadAllBytes(path), "application/pdf")
                : Results.Content(PreviewPages.Waiting("PDF 正在生成……"), "text/html; charset=utf-8"));
        app.MapGet("/report/{agency}/{year:int}/events", async (HttpContext http, string agency, int year) =>
        {
            if (Find(workspace, agency, year) is not { } session) { http.Response.StatusCode = 404; return; }
            http.Response.Headers.ContentType = "text/event-stream; charset=utf-8";
            http.Response.Headers.CacheControl = "no-cache";
            var events = Channel.CreateUnbounded<int>();
            void OnChanged(PreviewState s) => events.Writer.TryWrite(s.Version);
            session.Changed += OnChanged;
            try
            {
                await http.Response.WriteAsync($"data: {session.State.Version}\n\n", http.RequestAborted);
                await http.Response.Body.FlushAsync(http.RequestAborted);
                await foreach (var version in events.Reader.ReadAllAsync(http.RequestAborted))
                {
                    await http.Response.WriteAsync($"data: {version}\n\n", http.RequestAborted);
                    await http.Response.Body.FlushAsync(http.RequestAborted);
                }
            }
            catch (OperationCanceledException) { }
            finally { session.Changed -= OnChanged; }
        });
    }

    /// <summary>The session of a report the data folder holds; null for anything else (no session for a typed-in URL).</summary>
    private static PreviewSession? Find(PreviewWorkspace workspace, string agency, int year) =>
        workspace.Reports().Any(r => r.Agency == agency && r.Years.Contains(year)) ? workspace.Session(agency, year) : null;

    private static IResult NotFound(string agency, int year) =>
        Results.Content(PreviewPages.Waiting($"没有机关“{agency}”{year} 年度的数据文件。"), "text/html; charset=utf-8", statusCode: 404);

    public static string StateJson(PreviewState state)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteNumber("version", state.Version);
            w.WriteNumber("htmlVersion", state.HtmlVersion);
            w.WriteNumber("pdfVersion", state.PdfVersion);
            w.WriteBoolean("rendering", state.Rendering);
            w.WriteBoolean("hasErrors", state.HasErrors);
            w.WriteStartArray("diagnostics");
            foreach (var d in state.Diagnostics.OrderByDescending(d => d.IsError))
            {
                w.WriteStartObject();
                w.WriteString("id", d.Id);
                w.WriteString("severity", d.IsError ? "错误" : "警告");
                w.WriteString("location", d.Span.HasPosition ? $"{d.Span.File}:{d.Span.Line}:{d.Span.Column}" : d.Span.File);
                if (d.CellLabel is not null) w.WriteString("cell", d.CellLabel);
                w.WriteString("message", d.Message);
                if (d.Suggestion is not null) w.WriteString("suggestion", d.Suggestion);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}

using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AifStudy.Web.Api.Health;

/// <summary>
/// <c>/healthz</c>: 200 "Healthy" or 503 "Unhealthy" with each failing check's reason, as plain text; during an import,
/// still 200, with a line that says how far it is ("import: importing 812 / 2000 notes").
/// </summary>
internal static class HealthEndpoint
{
    public const string Path = "/healthz";

    public static void MapHealthEndpoint(this WebApplication app) =>
        app.MapHealthChecks(Path, new HealthCheckOptions { ResponseWriter = WriteAsync });

    private static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "text/plain; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        var lines = report.Entries
            .Where(e => e.Value.Status != HealthStatus.Healthy || (e.Key == ImportHealthCheck.Name && e.Value.Description is not null))
            .Select(e => $"{e.Key}: {e.Value.Description}");
        return context.Response.WriteAsync(string.Join('\n', [report.Status.ToString(), .. lines]) + "\n");
    }
}

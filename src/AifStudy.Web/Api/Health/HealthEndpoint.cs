using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AifStudy.Web.Api.Health;

/// <summary><c>/healthz</c>: 200 "Healthy" or 503 "Unhealthy" with each failing check's reason, as plain text.</summary>
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
            .Where(e => e.Value.Status != HealthStatus.Healthy)
            .Select(e => $"{e.Key}: {e.Value.Description}");
        return context.Response.WriteAsync(string.Join('\n', [report.Status.ToString(), .. lines]) + "\n");
    }
}

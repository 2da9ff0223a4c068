using AifStudy.Web.Services.Import;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AifStudy.Web.Api.Health;

/// <summary>
/// Healthy always (the portal serves what is stored while it imports), and says when an import is running and how far
/// it is: "importing 812 / 2000 notes".
/// </summary>
internal sealed class ImportHealthCheck(ImportProgress progress) : IHealthCheck
{
    public const string Name = "import";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(progress.Current is { IsRunning: true } now
            ? HealthCheckResult.Healthy(Describe(now))
            : HealthCheckResult.Healthy());

    public static string Describe(ImportSnapshot now) => now.Stage switch
    {
        ImportStage.Listing => "importing: listing the content folder",
        ImportStage.Notes => $"importing {now.FilesDone} / {now.FilesTotal} notes",
        ImportStage.Indexing => $"importing: indexing {now.FilesTotal} notes",
        _ => $"importing: saving {now.FilesTotal} notes",
    };
}

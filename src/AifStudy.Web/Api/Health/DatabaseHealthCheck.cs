using AifStudy.Web.Data.Sqlite;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace AifStudy.Web.Api.Health;

/// <summary>
/// Healthy when the database answers a read now and start-up found nothing wrong with it (a file that was locked,
/// read-only or corrupt at start stays unhealthy until the portal is restarted, because it was not migrated).
/// </summary>
internal sealed class DatabaseHealthCheck(DatabaseStatus status, SqliteDatabaseProbe probe) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var problem = status.StartupProblem ?? await probe.CheckAsync(needWrite: false, cancellationToken);
        return problem is null
            ? HealthCheckResult.Healthy("the database answers")
            : HealthCheckResult.Unhealthy($"{problem.Reason} ({problem.FilePath}: {problem.Detail})");
    }
}

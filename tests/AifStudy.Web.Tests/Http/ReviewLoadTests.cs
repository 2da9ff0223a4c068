using AifStudy.Tests.Shared;

namespace AifStudy.Web.Tests.Http;

/// <summary>
/// A short run of the review load test (the full 50 learners x 60 s run is <c>dotnet run -c Release --project
/// tests/AifStudy.Benchmarks -- load</c>): simulated learners review over HTTP against a real Kestrel portal.
/// </summary>
public sealed class ReviewLoadTests
{
    [Fact]
    public async Task Ten_learners_reviewing_for_five_seconds_get_no_server_errors_and_every_acknowledged_review_is_stored_once()
    {
        await using var host = PortalHost.Start();
        var connectionString = $"Data Source={Path.Combine(host.WorkDir, "study.db")}";
        var learners = await LoadLearners.AddAsync(connectionString, 10);

        var result = await new ReviewLoadDriver(host.BaseAddress).RunAsync(learners, TimeSpan.FromSeconds(5));

        Assert.Equal(0, result.ServerErrors);
        Assert.Empty(result.Failures);
        Assert.True(result.Acknowledged.Count >= 50, $"only {result.Acknowledged.Count} reviews in 5 s");
        var stored = (await LoadLearners.ReviewLogsAsync(connectionString)).Where(l => learners.Contains(l.LearnerId)).Order().ToList();
        Assert.Equal(result.Acknowledged.Order().ToList(), stored);
    }
}

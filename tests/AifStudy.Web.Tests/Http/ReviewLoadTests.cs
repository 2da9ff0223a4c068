using AifStudy.Tests.Shared;

namespace AifStudy.Web.Tests.Http;

/// <summary>
/// A short run of the load test (the full 50 learners x 60 s run is <c>dotnet run -c Release --project
/// tests/AifStudy.Benchmarks -- load</c>): simulated learners review cards and answer quiz questions over HTTP against
/// a real Kestrel portal.
/// </summary>
public sealed class ReviewLoadTests
{
    [Fact]
    public async Task Ten_learners_reviewing_and_quizzing_for_eight_seconds_get_no_server_errors_and_every_acknowledged_review_and_answer_is_stored_once()
    {
        await using var host = PortalHost.Start();
        var connectionString = $"Data Source={Path.Combine(host.WorkDir, "study.db")}";
        var learners = await LoadLearners.AddAsync(connectionString, 10);

        var result = await new ReviewLoadDriver(host.BaseAddress).RunAsync(learners, TimeSpan.FromSeconds(8));

        Assert.Equal(0, result.ServerErrors);
        Assert.Empty(result.Failures);
        Assert.True(result.Acknowledged.Count >= 20, $"only {result.Acknowledged.Count} reviews in 8 s");
        Assert.True(result.AcknowledgedAnswers.Count >= 20, $"only {result.AcknowledgedAnswers.Count} quiz answers in 8 s");
        Assert.True(result.Percentile(ReviewLoadResult.Review, 0.95) > 0 && result.Percentile(ReviewLoadResult.Quiz, 0.95) > 0);

        var storedReviews = (await LoadLearners.ReviewLogsAsync(connectionString)).Where(l => learners.Contains(l.LearnerId)).Order().ToList();
        Assert.Equal(result.Acknowledged.Order().ToList(), storedReviews);

        // Each acknowledged answer stored once with the mark it was acknowledged with; a retry stored nothing new.
        var storedAnswers = (await LoadLearners.QuizAnswersAsync(connectionString, learners)).Order().ToList();
        Assert.Equal(result.AcknowledgedAnswers.Order().ToList(), storedAnswers);
        Assert.All(result.ReplayedAnswers, replay => Assert.Contains(replay, storedAnswers));
    }
}

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
    public async Task Ten_learners_reviewing_and_quizzing_get_no_server_errors_and_every_acknowledged_review_and_answer_is_stored_once()
    {
        await using var host = PortalHost.Start();
        var connectionString = $"Data Source={Path.Combine(host.WorkDir, "study.db")}";
        var learners = await LoadLearners.AddAsync(connectionString, 10);

        // Rounds of 8 s until enough work was done: on a busy machine a round does less, and a fixed time budget with
        // a minimum count would fail for the machine's sake, not the portal's. What is checked is what was stored.
        var runs = new List<ReviewLoadResult>();
        for (var round = 0; round < 8 && (runs.Sum(r => r.Acknowledged.Count) < 20 || runs.Sum(r => r.AcknowledgedAnswers.Count) < 20); round++)
        {
            runs.Add(await new ReviewLoadDriver(host.BaseAddress).RunAsync(learners, TimeSpan.FromSeconds(8)));
        }

        Assert.All(runs, run => Assert.Equal(0, run.ServerErrors));
        Assert.All(runs, run => Assert.Empty(run.Failures));
        var acknowledged = runs.SelectMany(r => r.Acknowledged).ToList();
        var answers = runs.SelectMany(r => r.AcknowledgedAnswers).ToList();
        Assert.True(acknowledged.Count >= 20, $"only {acknowledged.Count} reviews in {runs.Count} rounds");
        Assert.True(answers.Count >= 20, $"only {answers.Count} quiz answers in {runs.Count} rounds");

        var storedReviews = (await LoadLearners.ReviewLogsAsync(connectionString)).Where(l => learners.Contains(l.LearnerId)).Order().ToList();
        Assert.Equal(acknowledged.Order().ToList(), storedReviews);

        // Each acknowledged answer stored once with the mark it was acknowledged with; a retry stored nothing new.
        var storedAnswers = (await LoadLearners.QuizAnswersAsync(connectionString, learners)).Order().ToList();
        Assert.Equal(answers.Order().ToList(), storedAnswers);
        Assert.All(runs.SelectMany(r => r.ReplayedAnswers), replay => Assert.Contains(replay, storedAnswers));
    }
}

using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Tests.Services.Flashcards;

public sealed class ReviewRecorderTests
{
    private const int Me = Learner.DefaultId;

    [Fact]
    public async Task Rating_stores_one_log_row_and_the_state_the_scheduler_computes()
    {
        using var harness = await ReviewHarness.CreateAsync();
        var scheduler = new ReviewScheduler(FsrsParameters.Default, harness.Clock);
        var card = (await harness.Queue.NextAsync(Me, StudyScope.All))!;
        var expectedFirst = scheduler.Review(SchedulingState.New(harness.Clock.Now), Rating.Good, harness.Clock.Now);
        Assert.Equal(
            scheduler.Preview(SchedulingState.New(harness.Clock.Now), harness.Clock.Now).ToDictionary(p => p.Key, p => IntervalLabel.Format(p.Value.Interval)),
            card.IntervalLabels);

        var first = await harness.Recorder.RateAsync(Me, card.CardId, Rating.Good);
        harness.Clock.Now = expectedFirst.After.Due;
        var again = (await harness.Queue.NextAsync(Me, StudyScope.All))!;
        var expectedSecond = scheduler.Review(expectedFirst.After, Rating.Good, harness.Clock.Now);
        var second = await harness.Recorder.RateAsync(Me, card.CardId, Rating.Good);

        Assert.Equal(expectedFirst, first);
        Assert.Equal((card.CardId, expectedFirst.After), (again.CardId, again.Progress));
        Assert.Equal(expectedSecond, second);
        await using var db = harness.Database.CreateDbContext();
        var progress = await db.CardProgress.SingleAsync();
        Assert.Equal(expectedSecond.After, new SchedulingState(progress.State, progress.Step, progress.Stability, progress.Difficulty, progress.Due, progress.LastReview));
        Assert.Equal((2, 0), (progress.Reps, progress.Lapses));
        var logs = await db.ReviewLogs.OrderBy(l => l.Id).ToListAsync();
        Assert.Equal(2, logs.Count);
        Assert.Equal(
            (true, CardState.New, CardState.Learning, (int)Rating.Good, expectedFirst.ScheduledDays),
            (logs[0].WasNew, logs[0].StateBefore, logs[0].StateAfter, logs[0].Rating, logs[0].ScheduledDays));
        Assert.Equal((false, expectedSecond.After.Stability), (logs[1].WasNew, logs[1].StabilityAfter));
    }

    [Fact]
    public async Task Rating_uses_the_learners_settings()
    {
        using var harness = await ReviewHarness.CreateAsync();
        await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, DesiredRetention = 0.8, EnableFuzz = false, MaximumIntervalDays = 2 });
        var card = (await harness.Queue.NextAsync(Me, StudyScope.All))!;

        var outcome = await harness.Recorder.RateAsync(Me, card.CardId, Rating.Easy);

        Assert.Equal(2, outcome.ScheduledDays);
    }

    [Fact]
    public async Task Undo_restores_the_card_exactly_and_removes_the_log_row()
    {
        using var harness = await ReviewHarness.CreateAsync();
        var card = (await harness.Queue.NextAsync(Me, StudyScope.All))!;
        await harness.Recorder.RateAsync(Me, card.CardId, Rating.Good);
        harness.Clock.Now += TimeSpan.FromDays(3);
        await harness.Recorder.RateAsync(Me, card.CardId, Rating.Good);
        harness.Clock.Now += TimeSpan.FromDays(10);
        var beforeLapse = await ProgressAsync(harness, card.CardId);
        await harness.Recorder.RateAsync(Me, card.CardId, Rating.Again);

        Assert.True(await harness.Recorder.UndoLastAsync(Me));
        Assert.Equivalent(beforeLapse, await ProgressAsync(harness, card.CardId), strict: true);

        Assert.True(await harness.Recorder.UndoLastAsync(Me));
        Assert.True(await harness.Recorder.UndoLastAsync(Me));
        Assert.Null(await ProgressAsync(harness, card.CardId));
        Assert.False(await harness.Recorder.UndoLastAsync(Me));
        var next = (await harness.Queue.NextAsync(Me, StudyScope.All))!;
        Assert.Equal((card.CardId, true), (next.CardId, next.IsNew));
    }

    private static async Task<CardProgress?> ProgressAsync(ReviewHarness harness, int cardId)
    {
        await using var db = harness.Database.CreateDbContext();
        return await db.CardProgress.AsNoTracking().SingleOrDefaultAsync(p => p.CardId == cardId);
    }
}

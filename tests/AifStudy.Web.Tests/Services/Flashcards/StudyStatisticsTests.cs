using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Tests.Services.Flashcards;

public sealed class StudyStatisticsTests
{
    private const int Me = Learner.DefaultId;

    [Fact]
    public async Task Statistics_count_states_forecast_dues_and_reviews_of_a_hand_built_history()
    {
        using var harness = await ReviewHarness.CreateAsync();
        var now = harness.Clock.Now;
        int total;
        await using (var db = harness.Database.CreateDbContext())
        {
            var ids = await db.Cards.OrderBy(c => c.Id).Select(c => c.Id).Take(5).ToListAsync();
            total = await db.Cards.CountAsync();
            db.CardProgress.AddRange(
                Progress(ids[0], CardState.Review, 30, now.AddDays(-1)),
                Progress(ids[1], CardState.Review, 5, now.AddDays(2)),
                Progress(ids[2], CardState.Learning, 1, now.AddMinutes(10)),
                Progress(ids[3], CardState.Relearning, 2, now.AddDays(40)),
                Progress(ids[4], CardState.Review, 50, now, suspended: true));
            db.ReviewLogs.AddRange(
                Log(ids[0], now.AddMinutes(-5), CardState.Review, Rating.Good),
                Log(ids[2], now.AddMinutes(-1), CardState.New, Rating.Again),
                Log(ids[1], now.AddDays(-1), CardState.Review, Rating.Again),
                Log(ids[1], now.AddDays(-400), CardState.Review, Rating.Easy));
            await db.SaveChangesAsync();

            // Logs written around the recorder, as an older database has them: the start-up recount gives their days.
            Assert.True(await ReviewDayTotals.RebuildIfOutOfStepAsync(db, harness.Clock));
        }

        var stats = await harness.Statistics.GetAsync(Me, StudyScope.All);

        Assert.Equal(2, stats.DueToday);
        Assert.Equal(new StateCounts(total - 5, 1, 3, 1, 2, 1), stats.Counts);
        var forecast = new int[30];
        (forecast[0], forecast[2]) = (2, 1);
        Assert.Equal(forecast, stats.Forecast);
        Assert.Equal(
            new[] { now.AddMinutes(-5), now.AddMinutes(-1), now.AddDays(-1) }.GroupBy(LocalDay).ToDictionary(g => g.Key, g => g.Count()),
            stats.ReviewsPerDay);
        Assert.Equal((0.5, 2), (stats.TrueRetention!.Value, stats.RetentionReviews));
    }

    [Fact]
    public async Task A_learner_without_reviews_has_only_new_cards_and_no_retention()
    {
        using var harness = await ReviewHarness.CreateAsync();

        var stats = await harness.Statistics.GetAsync(Me, StudyScope.ForNote("llm-basics"));

        await using var db = harness.Database.CreateDbContext();
        Assert.Equal(await db.Cards.CountAsync(c => c.NoteSlug == "llm-basics"), stats.Counts.New);
        Assert.Equal((0, 0, (double?)null), (stats.DueToday, stats.ReviewsPerDay.Count, stats.TrueRetention));
    }

    [Fact]
    public async Task Ratings_and_undos_keep_the_day_totals_equal_to_a_recount_of_the_logs()
    {
        using var harness = await ReviewHarness.CreateAsync();
        await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, BurySiblings = false });

        List<int> ids;
        await using (var db = harness.Database.CreateDbContext())
        {
            ids = await db.Cards.OrderBy(c => c.Id).Select(c => c.Id).Take(4).ToListAsync();
        }

        // Four days: new cards learnt, then reviewed (recalled or forgotten) once they are due; one review undone.
        for (var day = 0; day < 4; day++)
        {
            foreach (var id in ids)
            {
                await harness.Recorder.RateAsync(Me, id, day == 2 && id == ids[0] ? Rating.Again : Rating.Good);
            }

            if (day == 1)
            {
                Assert.True(await harness.Recorder.UndoLastAsync(Me));
            }

            harness.Clock.Now = harness.Clock.Now.AddDays(1);
        }

        var kept = await DaysAsync(harness);
        Assert.Equal(15, kept.Sum(d => d.Reviews));
        var stats = await harness.Statistics.GetAsync(Me, StudyScope.All);

        await using (var db = harness.Database.CreateDbContext())
        {
            Assert.False(await ReviewDayTotals.RebuildIfOutOfStepAsync(db, harness.Clock));
            await ReviewDayTotals.RebuildAsync(db, harness.Clock);
        }

        Assert.Equal(kept, await DaysAsync(harness));
        Assert.Equal(kept.Where(d => d.Reviews > 0).ToDictionary(d => d.Day, d => d.Reviews), stats.ReviewsPerDay);
        Assert.Equal(kept.Sum(d => d.OfReviewCards), stats.RetentionReviews);
        Assert.True(stats.RetentionReviews > 0);
        Assert.Equal((double)kept.Sum(d => d.Recalled) / kept.Sum(d => d.OfReviewCards), stats.TrueRetention);
    }

    private static async Task<List<(DateOnly Day, int Reviews, int OfReviewCards, int Recalled)>> DaysAsync(ReviewHarness harness)
    {
        await using var db = harness.Database.CreateDbContext();
        var days = await db.ReviewDays.Where(d => d.LearnerId == Me).OrderBy(d => d.Day).ToListAsync();
        return days.Where(d => d.Reviews > 0).Select(d => (d.Day, d.Reviews, d.OfReviewCards, d.Recalled)).ToList();
    }

    private static DateOnly LocalDay(DateTimeOffset instant) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.Local).DateTime);

    private static CardProgress Progress(int cardId, CardState state, double stability, DateTimeOffset due, bool suspended = false) => new()
    {
        LearnerId = Me,
        CardId = cardId,
        State = state,
        Step = state == CardState.Review ? null : 0,
        Stability = stability,
        Difficulty = 5,
        Due = due,
        LastReview = due.AddDays(-stability),
        Reps = 3,
        IsSuspended = suspended,
    };

    private static ReviewLog Log(int cardId, DateTimeOffset at, CardState before, Rating rating) => new()
    {
        LearnerId = Me,
        CardId = cardId,
        ReviewedAt = at,
        Rating = (int)rating,
        StateBefore = before,
        StateAfter = CardState.Review,
        WasNew = before == CardState.New,
        DueBefore = at,
    };
}

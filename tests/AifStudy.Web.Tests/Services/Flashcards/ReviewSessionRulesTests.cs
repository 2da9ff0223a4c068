using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.Services.Flashcards;

/// <summary>Learn-ahead, burying and leeches on a real SQLite file, with the clock moved by hand.</summary>
public sealed class ReviewSessionRulesTests
{
    private const int Me = Learner.DefaultId;

    [Fact]
    public async Task A_session_of_new_cards_goes_on_into_their_learning_steps_within_the_learn_ahead_limit()
    {
        using var harness = await ReviewHarness.CreateAsync();
        await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, NewCardsPerDay = 2 });
        var rated = new List<int>();
        for (var i = 0; i < 2; i++)
        {
            var card = (await harness.Queue.NextAsync(Me, StudyScope.All))!;
            Assert.True(card.IsNew);
            await harness.Recorder.RateAsync(Me, card.CardId, Rating.Good);
            rated.Add(card.CardId);
            harness.Clock.Now += TimeSpan.FromSeconds(5);
        }

        // Both are due in 10 minutes: within 20 minutes ahead, so the session goes on, first due first.
        var next = (await harness.Queue.NextAsync(Me, StudyScope.All))!;
        Assert.Equal((rated[0], false, CardState.Learning), (next.CardId, next.IsNew, next.Progress.State));
        Assert.Equal(new QueueCounts(0, 0, 2), await harness.Queue.CountsAsync(Me, StudyScope.All));
    }

    [Fact]
    public async Task Beyond_the_limit_the_session_waits_and_wakes_when_the_card_enters_the_window()
    {
        using var harness = await ReviewHarness.CreateAsync();
        await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, NewCardsPerDay = 1, LearnAheadMinutes = 3 });
        using var scope = harness.Services.CreateScope();
        var session = scope.ServiceProvider.GetRequiredService<ReviewPageSession>();
        await session.StartAsync(StudyScope.All);
        var card = session.State.Current!;
        session.State.Reveal();
        var ratedAt = harness.Clock.Now;

        await session.RateAsync(Rating.Good);

        Assert.True(session.State.IsFinished);
        var due = await DueAsync(harness, card.CardId);
        Assert.Equal(ratedAt.AddMinutes(10), due);
        Assert.Equal(due.AddMinutes(-3), session.WakeAt);
        Assert.False(await session.ResumeAsync());

        harness.Clock.Now = session.WakeAt!.Value;
        Assert.True(await session.ResumeAsync());
        Assert.Equal(card.CardId, session.State.Current!.CardId);
        Assert.Null(session.WakeAt);
    }

    [Fact]
    public async Task A_learn_ahead_of_zero_ends_the_session_until_the_step_is_due()
    {
        using var harness = await ReviewHarness.CreateAsync();
        await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, NewCardsPerDay = 1, LearnAheadMinutes = 0 });
        var card = (await harness.Queue.NextAsync(Me, StudyScope.All))!;
        await harness.Recorder.RateAsync(Me, card.CardId, Rating.Good);

        Assert.Null(await harness.Queue.NextAsync(Me, StudyScope.All));
        Assert.Equal(new QueueCounts(0, 0, 0), await harness.Queue.CountsAsync(Me, StudyScope.All));

        harness.Clock.Now += TimeSpan.FromMinutes(10);
        Assert.Equal(card.CardId, (await harness.Queue.NextAsync(Me, StudyScope.All))!.CardId);
    }

    [Fact]
    public async Task A_new_sibling_waits_until_tomorrow_once_its_twin_was_reviewed_today()
    {
        using var harness = await ReviewHarness.CreateAsync();
        await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, NewCardsPerDay = 100 });
        var first = (await harness.Queue.NextAsync(Me, StudyScope.All))!;
        var sibling = await SiblingCards.AddAsync(harness, first.CardId);

        await harness.Recorder.RateAsync(Me, first.CardId, Rating.Easy);

        var shown = await NewCardsTodayAsync(harness, limit: 100);
        Assert.DoesNotContain(sibling, shown);
        Assert.NotEmpty(shown);

        harness.Clock.Now = harness.Clock.Now.AddDays(1);
        Assert.Equal(sibling, (await harness.Queue.NextAsync(Me, StudyScope.All))!.CardId);
    }

    [Fact]
    public async Task With_burying_off_the_sibling_comes_next()
    {
        using var harness = await ReviewHarness.CreateAsync();
        await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, NewCardsPerDay = 100, BurySiblings = false });
        var first = (await harness.Queue.NextAsync(Me, StudyScope.All))!;
        var sibling = await SiblingCards.AddAsync(harness, first.CardId);

        await harness.Recorder.RateAsync(Me, first.CardId, Rating.Easy);

        Assert.Equal(sibling, (await harness.Queue.NextAsync(Me, StudyScope.All))!.CardId);
    }

    [Fact]
    public async Task A_due_review_sibling_is_buried_but_a_learning_one_is_not()
    {
        using var harness = await ReviewHarness.CreateAsync();
        await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, NewCardsPerDay = 0 });
        var cards = await ActiveCardIdsAsync(harness);
        var (a, b) = (cards[0], await SiblingCards.AddAsync(harness, cards[0]));
        await SetProgressAsync(harness, a, CardState.Review, harness.Clock.Now.AddDays(-1));
        await SetProgressAsync(harness, b, CardState.Review, harness.Clock.Now.AddDays(-1));

        await harness.Recorder.RateAsync(Me, a, Rating.Good);

        Assert.Null(await harness.Queue.NextAsync(Me, StudyScope.All));
        Assert.Equal(new QueueCounts(0, 0, 0), await harness.Queue.CountsAsync(Me, StudyScope.All));

        await SetProgressAsync(harness, b, CardState.Relearning, harness.Clock.Now.AddMinutes(-1));
        Assert.Equal(b, (await harness.Queue.NextAsync(Me, StudyScope.All))!.CardId);
    }

    [Fact]
    public async Task A_card_lapsing_as_often_as_the_threshold_becomes_a_suspended_leech_and_undo_takes_that_back()
    {
        using var harness = await ReviewHarness.CreateAsync();
        await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, NewCardsPerDay = 0, LeechThreshold = 2 });
        var card = (await ActiveCardIdsAsync(harness))[0];

        Assert.False(await LapseAsync(harness, card));
        Assert.True(await LapseAsync(harness, card));

        var progress = await ProgressAsync(harness, card);
        Assert.Equal((2, true, true), (progress.Lapses, progress.IsLeech, progress.IsSuspended));
        Assert.Null(await harness.Queue.NextAsync(Me, StudyScope.All));
        var leeches = await harness.Browser.ListAsync(Me, StudyScope.All, null, leechesOnly: true);
        Assert.Equal(card, Assert.Single(leeches).CardId);
        Assert.Equal((true, 2), (leeches[0].IsLeech, leeches[0].Lapses));

        Assert.True(await harness.Recorder.UndoLastAsync(Me));

        progress = await ProgressAsync(harness, card);
        Assert.Equal((1, false, false), (progress.Lapses, progress.IsLeech, progress.IsSuspended));
        Assert.Empty(await harness.Browser.ListAsync(Me, StudyScope.All, null, leechesOnly: true));
    }

    [Fact]
    public async Task A_threshold_of_zero_never_makes_a_leech()
    {
        using var harness = await ReviewHarness.CreateAsync();
        await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, NewCardsPerDay = 0, LeechThreshold = 0 });
        var card = (await ActiveCardIdsAsync(harness))[0];

        for (var i = 0; i < 10; i++)
        {
            Assert.False(await LapseAsync(harness, card));
        }

        Assert.False((await ProgressAsync(harness, card)).IsSuspended);
    }

    [Theory]
    [InlineData(-1, 8)]
    [InlineData(1441, 8)]
    [InlineData(20, 100)]
    public async Task Out_of_range_session_settings_are_refused(int learnAhead, int leech)
    {
        using var harness = await ReviewHarness.CreateAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, LearnAheadMinutes = learnAhead, LeechThreshold = leech }));
        Assert.Equal(20, (await harness.Settings.GetAsync(Me)).LearnAheadMinutes);
    }

    // Puts the card in Review, due now, then rates it Again: one lapse. True when that made it a leech.
    private static async Task<bool> LapseAsync(ReviewHarness harness, int cardId)
    {
        await SetProgressAsync(harness, cardId, CardState.Review, harness.Clock.Now.AddMinutes(-1));
        var result = await harness.Recorder.RecordRatingAsync(Me, cardId, Rating.Again);
        harness.Clock.Now += TimeSpan.FromMinutes(1);
        return result.BecameLeech;
    }

    private static async Task SetProgressAsync(ReviewHarness harness, int cardId, CardState state, DateTimeOffset due)
    {
        await using var db = harness.Database.CreateDbContext();
        var progress = await db.CardProgress.SingleOrDefaultAsync(p => p.LearnerId == Me && p.CardId == cardId);
        if (progress is null)
        {
            progress = new CardProgress { LearnerId = Me, CardId = cardId, Reps = 3 };
            db.CardProgress.Add(progress);
        }

        (progress.State, progress.Due, progress.Step) = (state, due, state == CardState.Review ? null : 0);
        (progress.Stability, progress.Difficulty, progress.LastReview) = (5, 5, due.AddDays(-5));
        await db.SaveChangesAsync();
    }

    private static async Task<CardProgress> ProgressAsync(ReviewHarness harness, int cardId)
    {
        await using var db = harness.Database.CreateDbContext();
        return await db.CardProgress.AsNoTracking().SingleAsync(p => p.LearnerId == Me && p.CardId == cardId);
    }

    private static async Task<DateTimeOffset> DueAsync(ReviewHarness harness, int cardId) => (await ProgressAsync(harness, cardId)).Due;

    private static async Task<List<int>> ActiveCardIdsAsync(ReviewHarness harness)
    {
        await using var db = harness.Database.CreateDbContext();
        return await db.Cards.Where(c => c.RetiredAt == null).OrderBy(c => c.NoteId).ThenBy(c => c.Position).Select(c => c.Id).ToListAsync();
    }

    // A second card from the same item of the same note (a reverse card, say), right after the first.

    private static async Task<List<int>> NewCardsTodayAsync(ReviewHarness harness, int limit)
    {
        var shown = new List<int>();
        while (shown.Count < limit && await harness.Queue.NextAsync(Me, StudyScope.All) is { IsNew: true } card)
        {
            shown.Add(card.CardId);
            await harness.Recorder.RateAsync(Me, card.CardId, Rating.Easy);
        }

        return shown;
    }
}

using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Tests.Services.Flashcards;

/// <summary>Custom study sessions on a real SQLite file: review ahead, today's lapses, what quizzes missed.</summary>
public sealed class CustomStudyTests
{
    private const int Me = Learner.DefaultId;

    [Fact]
    public async Task Review_ahead_takes_review_cards_due_within_a_week_soonest_first()
    {
        using var harness = await ReviewHarness.CreateAsync();
        var ids = await CardIdsAsync(harness);
        await SetReviewAsync(harness, ids[0], harness.Clock.Now.AddDays(5));
        await SetReviewAsync(harness, ids[1], harness.Clock.Now.AddDays(2));
        await SetReviewAsync(harness, ids[2], harness.Clock.Now.AddDays(20));

        Assert.Null(await NextAsync(harness, null, onlyReviews: true));
        Assert.Equal(new QueueCounts(2, 0, 0), await harness.Queue.CountsAsync(Me, StudyScope.All, CustomStudy.Ahead));
        var first = (await harness.Queue.NextAsync(Me, StudyScope.All, CustomStudy.Ahead))!;
        Assert.Equal(ids[1], first.CardId);

        await harness.Recorder.RateAsync(Me, first.CardId, Rating.Good);

        Assert.Equal(ids[0], (await harness.Queue.NextAsync(Me, StudyScope.All, CustomStudy.Ahead))!.CardId);
    }

    [Fact]
    public async Task Todays_lapses_are_the_cards_last_answered_again_until_answered_otherwise()
    {
        using var harness = await ReviewHarness.CreateAsync();
        var ids = await CardIdsAsync(harness);
        await SetReviewAsync(harness, ids[0], harness.Clock.Now.AddMinutes(-1));
        await SetReviewAsync(harness, ids[1], harness.Clock.Now.AddMinutes(-1));
        await harness.Recorder.RateAsync(Me, ids[0], Rating.Again);
        await harness.Recorder.RateAsync(Me, ids[1], Rating.Good);

        var lapse = (await harness.Queue.NextAsync(Me, StudyScope.All, CustomStudy.Lapses))!;
        Assert.Equal(ids[0], lapse.CardId);
        Assert.Equal(new QueueCounts(0, 0, 1), await harness.Queue.CountsAsync(Me, StudyScope.All, CustomStudy.Lapses));

        harness.Clock.Now += TimeSpan.FromMinutes(1);
        await harness.Recorder.RateAsync(Me, ids[0], Rating.Good);

        Assert.Null(await harness.Queue.NextAsync(Me, StudyScope.All, CustomStudy.Lapses));
    }

    [Fact]
    public async Task Missed_takes_the_cards_of_sections_a_quiz_got_wrong_new_ones_included_once_a_day()
    {
        using var harness = await ReviewHarness.CreateAsync();
        Card section;
        await using (var db = harness.Database.CreateDbContext())
        {
            section = await db.Cards.Where(c => c.RetiredAt == null).OrderBy(c => c.Id).FirstAsync();
            var attempt = new QuizAttempt { LearnerId = Me, ScopeLabel = "All", StartedAt = harness.Clock.Now.AddDays(-1) };
            attempt.Questions.Add(new QuizAttemptQuestion
            {
                Position = 0, QuestionKey = "q", NoteSlug = section.NoteSlug, SectionAnchor = section.SectionAnchor, QuestionJson = "{}",
                IsCorrect = false, AnsweredAt = harness.Clock.Now.AddDays(-1),
            });
            db.QuizAttempts.Add(attempt);
            await db.SaveChangesAsync();
        }

        int expected;
        await using (var db = harness.Database.CreateDbContext())
        {
            expected = await db.Cards.CountAsync(c => c.RetiredAt == null && c.NoteSlug == section.NoteSlug && c.SectionAnchor == section.SectionAnchor);
        }

        var counts = await harness.Queue.CountsAsync(Me, StudyScope.All, CustomStudy.Missed);
        Assert.Equal(expected, counts.Total);
        var card = (await harness.Queue.NextAsync(Me, StudyScope.All, CustomStudy.Missed))!;
        Assert.Equal((section.NoteSlug, section.SectionAnchor, true), (card.NoteSlug, card.SectionAnchor, card.IsNew));

        await harness.Recorder.RateAsync(Me, card.CardId, Rating.Good);

        Assert.Equal(expected - 1, (await harness.Queue.CountsAsync(Me, StudyScope.All, CustomStudy.Missed)).Total);
    }

    [Fact]
    public async Task A_selected_session_takes_the_browsers_cards_due_or_not_each_once_and_learning_steps_again_when_due()
    {
        using var harness = await ReviewHarness.CreateAsync();
        var ids = await CardIdsAsync(harness);
        await SetReviewAsync(harness, ids[0], harness.Clock.Now.AddDays(30));
        var browser = await harness.Browser.FindAsync(Me, StudyScope.All, new CardListFilter(State: CardListState.Review));
        var session = new CustomSession(CustomStudy.Selected, new CardListFilter(State: CardListState.Review));

        Assert.Equal([ids[0]], browser.Select(c => c.CardId));
        Assert.Equal(new QueueCounts(1, 0, 0), await harness.Queue.CountsAsync(Me, StudyScope.All, session));
        var card = (await harness.Queue.NextAsync(Me, StudyScope.All, session))!;
        Assert.Equal(ids[0], card.CardId);

        // Forgotten: it relearns and comes back once its step is due, not before; then it is done for the day.
        await harness.Recorder.RateAsync(Me, card.CardId, Rating.Again);
        var relearning = new CustomSession(CustomStudy.Selected, new CardListFilter(State: CardListState.Relearning));
        Assert.Null(await harness.Queue.NextAsync(Me, StudyScope.All, relearning));
        harness.Clock.Now += TimeSpan.FromMinutes(11);
        Assert.Equal(ids[0], (await harness.Queue.NextAsync(Me, StudyScope.All, relearning))!.CardId);
        await harness.Recorder.RateAsync(Me, ids[0], Rating.Good);
        Assert.Null(await harness.Queue.NextAsync(Me, StudyScope.All, session));
        Assert.Null(await harness.Queue.NextAsync(Me, StudyScope.All, relearning));
    }

    [Fact]
    public async Task A_selected_session_searches_as_the_browser_does_and_takes_new_cards_beyond_the_daily_limit()
    {
        using var harness = await ReviewHarness.CreateAsync();
        var first = (await harness.Browser.FindAsync(Me, StudyScope.All, CardListFilter.All, limit: 1)).Single();
        var word = first.Front.Split(' ', StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).First();
        var filter = new CardListFilter(word);
        var found = (await harness.Browser.FindAsync(Me, StudyScope.All, filter)).Select(c => c.CardId).ToHashSet();
        await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, NewCardsPerDay = 0 });

        var session = new CustomSession(CustomStudy.Selected, filter);
        var seen = new List<int>();
        while (await harness.Queue.NextAsync(Me, StudyScope.All, session) is { } card)
        {
            seen.Add(card.CardId);
            await harness.Recorder.RateAsync(Me, card.CardId, Rating.Easy);
        }

        Assert.Equal(found, seen.ToHashSet());
        Assert.Equal(seen.Count, seen.Distinct().Count());
    }

    private static async Task<ReviewCard?> NextAsync(ReviewHarness harness, CustomStudy? custom, bool onlyReviews)
    {
        await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, NewCardsPerDay = onlyReviews ? 0 : 20 });
        return await harness.Queue.NextAsync(Me, StudyScope.All, custom);
    }

    private static async Task<List<int>> CardIdsAsync(ReviewHarness harness)
    {
        await using var db = harness.Database.CreateDbContext();
        return await db.Cards.Where(c => c.RetiredAt == null).OrderBy(c => c.NoteId).ThenBy(c => c.Position).Select(c => c.Id).ToListAsync();
    }

    private static async Task SetReviewAsync(ReviewHarness harness, int cardId, DateTimeOffset due)
    {
        await using var db = harness.Database.CreateDbContext();
        db.CardProgress.Add(new CardProgress
        {
            LearnerId = Me, CardId = cardId, State = CardState.Review, Due = due, Stability = 10, Difficulty = 5, LastReview = due.AddDays(-10), Reps = 3,
        });
        await db.SaveChangesAsync();
    }
}

using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Tests.Services.Flashcards;

public sealed class ReviewServiceTests
{
    private const int Me = Learner.DefaultId;

    [Fact]
    public async Task New_cards_come_in_note_and_position_order_up_to_the_daily_limit()
    {
        using var harness = await ReviewHarness.CreateAsync();
        await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, NewCardsPerDay = 3 });
        var expected = await ActiveCardIdsInOrderAsync(harness);

        var shown = new List<int>();
        while (await harness.Reviews.NextAsync(Me, StudyScope.All) is { } card)
        {
            Assert.True(card.IsNew);
            shown.Add(card.CardId);
            await harness.Reviews.RateAsync(Me, card.CardId, Rating.Easy);
        }

        Assert.Equal(expected.Take(3), shown);
        Assert.Equal(new QueueCounts(0, 0, 0), await harness.Reviews.CountsAsync(Me, StudyScope.All));

        harness.Clock.Now = harness.Clock.Now.AddDays(1);
        Assert.Equal(expected[3], (await harness.Reviews.NextAsync(Me, StudyScope.All))!.CardId);
    }

    [Fact]
    public async Task A_card_an_import_adds_to_an_earlier_note_comes_before_the_new_cards_of_later_notes()
    {
        using var harness = await ReviewHarness.CreateAsync();
        await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, NewCardsPerDay = 1000 });
        var first = (await harness.Reviews.NextAsync(Me, StudyScope.All))!;
        var next = first;
        while (next.NoteSlug == first.NoteSlug)
        {
            await harness.Reviews.RateAsync(Me, next.CardId, Rating.Easy);
            next = (await harness.Reviews.NextAsync(Me, StudyScope.All))!;
        }

        await using (var db = harness.Database.CreateDbContext())
        {
            var path = await db.Notes.Where(n => n.Slug == first.NoteSlug).Select(n => n.SourcePath).SingleAsync();
            harness.Import.Content.Append(path, "\n\n## 补充\n\n- **温度参数**：控制模型输出随机性的采样参数，数值越高输出越多样\n");
        }

        harness.Clock.Now += TimeSpan.FromMinutes(1);
        await harness.Import.Importer.ImportAsync();

        var added = (await harness.Reviews.NextAsync(Me, StudyScope.All))!;
        Assert.Equal((first.NoteSlug, true), (added.NoteSlug, added.IsNew));
        Assert.Contains("温度参数", added.Front, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Due_cards_come_before_new_cards_most_overdue_first()
    {
        using var harness = await ReviewHarness.CreateAsync();
        var first = (await harness.Reviews.NextAsync(Me, StudyScope.All))!;
        await harness.Reviews.RateAsync(Me, first.CardId, Rating.Again);
        harness.Clock.Now += TimeSpan.FromSeconds(10);
        var second = (await harness.Reviews.NextAsync(Me, StudyScope.All))!;
        await harness.Reviews.RateAsync(Me, second.CardId, Rating.Again);
        Assert.True(second.IsNew);

        harness.Clock.Now += TimeSpan.FromMinutes(2);

        var next = (await harness.Reviews.NextAsync(Me, StudyScope.All))!;
        Assert.Equal((first.CardId, false, CardState.Learning), (next.CardId, next.IsNew, next.Progress.State));
        Assert.Equal(new QueueCounts(0, 18, 2), await harness.Reviews.CountsAsync(Me, StudyScope.All));
    }

    [Fact]
    public async Task Suspended_and_retired_cards_never_come_up()
    {
        using var harness = await ReviewHarness.CreateAsync();
        var order = await ActiveCardIdsInOrderAsync(harness);
        await harness.Reviews.SetSuspendedAsync(Me, order[0], suspended: true);
        await using (var db = harness.Database.CreateDbContext())
        {
            await db.Cards.Where(c => c.Id == order[1]).ExecuteUpdateAsync(s => s.SetProperty(c => c.RetiredAt, harness.Clock.Now));
        }

        Assert.Equal(order[2], (await harness.Reviews.NextAsync(Me, StudyScope.All))!.CardId);

        await harness.Reviews.RateAsync(Me, order[2], Rating.Again);
        await harness.Reviews.SetSuspendedAsync(Me, order[2], suspended: true);
        harness.Clock.Now += TimeSpan.FromHours(1);
        Assert.Equal(order[3], (await harness.Reviews.NextAsync(Me, StudyScope.All))!.CardId);

        await harness.Reviews.SetSuspendedAsync(Me, order[0], suspended: false);
        Assert.Equal(order[0], (await harness.Reviews.NextAsync(Me, StudyScope.All))!.CardId);
        var listed = await harness.Reviews.ListAsync(Me, StudyScope.All, search: null, includeRetired: true, limit: 10_000);
        Assert.True(listed.Single(c => c.CardId == order[2]).IsSuspended);
        Assert.True(listed.Single(c => c.CardId == order[1]).IsRetired);
        Assert.DoesNotContain(await harness.Reviews.ListAsync(Me, StudyScope.All, null, limit: 10_000), c => c.CardId == order[1]);
    }

    [Fact]
    public async Task Scopes_limit_the_queue_to_a_domain_a_note_or_a_section()
    {
        using var harness = await ReviewHarness.CreateAsync();
        await using var db = harness.Database.CreateDbContext();
        var sample = await db.Cards.Where(c => c.NoteSlug == "domain-3-fm-applications").OrderByDescending(c => c.Position).FirstAsync();

        var byNote = (await harness.Reviews.NextAsync(Me, StudyScope.ForNote("llm-basics")))!;
        var byDomain = (await harness.Reviews.NextAsync(Me, StudyScope.ForDomain(sample.Domain!.Value)))!;
        var bySection = (await harness.Reviews.NextAsync(Me, StudyScope.ForSection(sample.NoteSlug, sample.SectionAnchor)))!;

        Assert.Equal("llm-basics", byNote.NoteSlug);
        Assert.Equal(sample.Domain, (await db.Cards.SingleAsync(c => c.Id == byDomain.CardId)).Domain);
        Assert.Equal((sample.NoteSlug, sample.SectionAnchor), (bySection.NoteSlug, bySection.SectionAnchor));
        Assert.Null(await harness.Reviews.NextAsync(Me, StudyScope.ForNote("no-such-note")));
    }

    [Fact]
    public async Task Rating_stores_one_log_row_and_the_state_the_scheduler_computes()
    {
        using var harness = await ReviewHarness.CreateAsync();
        var scheduler = new ReviewScheduler(FsrsParameters.Default, harness.Clock);
        var card = (await harness.Reviews.NextAsync(Me, StudyScope.All))!;
        var expectedFirst = scheduler.Review(SchedulingState.New(harness.Clock.Now), Rating.Good, harness.Clock.Now);
        Assert.Equal(
            scheduler.Preview(SchedulingState.New(harness.Clock.Now), harness.Clock.Now).ToDictionary(p => p.Key, p => IntervalLabel.Format(p.Value.Interval)),
            card.IntervalLabels);

        var first = await harness.Reviews.RateAsync(Me, card.CardId, Rating.Good);
        harness.Clock.Now = expectedFirst.After.Due;
        var again = (await harness.Reviews.NextAsync(Me, StudyScope.All))!;
        var expectedSecond = scheduler.Review(expectedFirst.After, Rating.Good, harness.Clock.Now);
        var second = await harness.Reviews.RateAsync(Me, card.CardId, Rating.Good);

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
        var card = (await harness.Reviews.NextAsync(Me, StudyScope.All))!;

        var outcome = await harness.Reviews.RateAsync(Me, card.CardId, Rating.Easy);

        Assert.Equal(2, outcome.ScheduledDays);
    }

    [Fact]
    public async Task Undo_restores_the_card_exactly_and_removes_the_log_row()
    {
        using var harness = await ReviewHarness.CreateAsync();
        var card = (await harness.Reviews.NextAsync(Me, StudyScope.All))!;
        await harness.Reviews.RateAsync(Me, card.CardId, Rating.Good);
        harness.Clock.Now += TimeSpan.FromDays(3);
        await harness.Reviews.RateAsync(Me, card.CardId, Rating.Good);
        harness.Clock.Now += TimeSpan.FromDays(10);
        var beforeLapse = await ProgressAsync(harness, card.CardId);
        await harness.Reviews.RateAsync(Me, card.CardId, Rating.Again);

        Assert.True(await harness.Reviews.UndoLastAsync(Me));
        Assert.Equivalent(beforeLapse, await ProgressAsync(harness, card.CardId), strict: true);

        Assert.True(await harness.Reviews.UndoLastAsync(Me));
        Assert.True(await harness.Reviews.UndoLastAsync(Me));
        Assert.Null(await ProgressAsync(harness, card.CardId));
        Assert.False(await harness.Reviews.UndoLastAsync(Me));
        var next = (await harness.Reviews.NextAsync(Me, StudyScope.All))!;
        Assert.Equal((card.CardId, true), (next.CardId, next.IsNew));
    }

    [Fact]
    public async Task The_deck_browser_finds_cards_by_text_and_shows_their_state()
    {
        using var harness = await ReviewHarness.CreateAsync();
        var card = (await harness.Reviews.NextAsync(Me, StudyScope.All))!;
        await harness.Reviews.RateAsync(Me, card.CardId, Rating.Easy);
        await using var db = harness.Database.CreateDbContext();
        var stored = await db.Cards.SingleAsync(c => c.Id == card.CardId);

        var search = stored.Front[..Math.Min(6, stored.Front.Length)];

        var found = await harness.Reviews.ListAsync(Me, StudyScope.All, search);

        var item = Assert.Single(found, f => f.CardId == card.CardId);
        Assert.Equal(CardState.Review, item.State);
        Assert.NotNull(item.Due);
        Assert.All(found, f => Assert.Contains(search, f.Front + f.Back + f.SectionPathText, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Settings_reject_weights_that_do_not_parse()
    {
        using var harness = await ReviewHarness.CreateAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, Weights = "0.2, abc" }));

        Assert.Equal(20, (await harness.Settings.GetAsync(Me)).NewCardsPerDay);
        var pasted = string.Join(", ", FsrsParameters.Default.Weights.Select(w => w.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, Weights = pasted, NewCardsPerDay = 5 });
        var saved = await harness.Settings.GetAsync(Me);
        Assert.Equal(FsrsParameters.Default.Weights, LearnerSettingsService.ToParameters(saved).Weights);
        Assert.Equal(5, saved.NewCardsPerDay);
    }

    private static async Task<List<int>> ActiveCardIdsInOrderAsync(ReviewHarness harness)
    {
        await using var db = harness.Database.CreateDbContext();
        return await db.Cards.Where(c => c.RetiredAt == null).OrderBy(c => c.NoteId).ThenBy(c => c.Position).Select(c => c.Id).ToListAsync();
    }

    private static async Task<CardProgress?> ProgressAsync(ReviewHarness harness, int cardId)
    {
        await using var db = harness.Database.CreateDbContext();
        return await db.CardProgress.AsNoTracking().SingleOrDefaultAsync(p => p.CardId == cardId);
    }
}

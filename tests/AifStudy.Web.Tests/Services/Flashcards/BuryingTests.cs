using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Tests.Services.Flashcards;

/// <summary>Burying written at answer time (<see cref="BuriedCard"/>): undone with the review, gone the next day.</summary>
public sealed class BuryingTests
{
    private const int Me = Learner.DefaultId;

    [Fact]
    public async Task Undoing_the_review_that_buried_a_sibling_brings_it_back_today()
    {
        using var harness = await ReviewHarness.CreateAsync();
        await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, NewCardsPerDay = 100 });
        var first = (await harness.Queue.NextAsync(Me, StudyScope.All))!;
        var sibling = await SiblingCards.AddAsync(harness, first.CardId);
        await harness.Recorder.RateAsync(Me, first.CardId, Rating.Easy);
        Assert.Equal(1, await BuriedRowsAsync(harness));

        Assert.True(await harness.Recorder.UndoLastAsync(Me));

        Assert.Equal(0, await BuriedRowsAsync(harness));
        var next = (await harness.Queue.NextAsync(Me, StudyScope.All))!.CardId;
        Assert.Contains(next, new[] { first.CardId, sibling });
    }

    [Fact]
    public async Task Yesterdays_burials_are_cleared_by_the_next_review_and_never_hide_a_card_today()
    {
        using var harness = await ReviewHarness.CreateAsync();
        await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, NewCardsPerDay = 100 });
        var first = (await harness.Queue.NextAsync(Me, StudyScope.All))!;
        var sibling = await SiblingCards.AddAsync(harness, first.CardId);
        await harness.Recorder.RateAsync(Me, first.CardId, Rating.Easy);

        harness.Clock.Now = harness.Clock.Now.AddDays(1);
        var next = (await harness.Queue.NextAsync(Me, StudyScope.All))!;
        Assert.Equal(sibling, next.CardId);
        await harness.Recorder.RateAsync(Me, next.CardId, Rating.Easy);

        // Today's review of the sibling buries its twin again; yesterday's row is gone.
        await using var db = harness.Database.CreateDbContext();
        var rows = await db.BuriedCards.ToListAsync();
        Assert.Equal([first.CardId], rows.Select(r => r.CardId));
        Assert.True(rows[0].Until > harness.Clock.Now);
    }

    private static async Task<int> BuriedRowsAsync(ReviewHarness harness)
    {
        await using var db = harness.Database.CreateDbContext();
        return await db.BuriedCards.CountAsync();
    }
}

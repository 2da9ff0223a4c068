using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Tests.Services.Flashcards;

/// <summary>Per-note and per-domain daily new-card limits in the real queue, on a real SQLite file.</summary>
public sealed class NewCardLimitTests
{
    private const int Me = Learner.DefaultId;

    [Fact]
    public async Task A_limited_note_gives_its_share_then_all_notes_moves_on_to_the_next_note()
    {
        using var harness = await ReviewHarness.CreateAsync();
        await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, NewCardsPerDay = 10, BurySiblings = false });
        var firstNote = (await harness.Queue.NextAsync(Me, StudyScope.All))!.NoteSlug;
        await harness.Settings.SetLimitAsync(Me, "note:" + firstNote, 2);

        Assert.Equal(10, (await harness.Queue.CountsAsync(Me, StudyScope.All)).New);
        var notes = new List<string>();
        for (var i = 0; i < 10 && await harness.Queue.NextAsync(Me, StudyScope.All) is { IsNew: true } card; i++)
        {
            notes.Add(card.NoteSlug);
            await harness.Recorder.RateAsync(Me, card.CardId, Rating.Easy);
        }

        Assert.Equal(10, notes.Count);
        Assert.Equal(2, notes.Count(n => n == firstNote));
        Assert.Equal([firstNote, firstNote], notes.Take(2));
        Assert.Equal(0, (await harness.Queue.CountsAsync(Me, StudyScope.ForNote(firstNote))).New);
    }

    [Fact]
    public async Task A_domain_limit_counts_the_new_cards_of_all_its_notes_and_a_removed_limit_frees_them()
    {
        using var harness = await ReviewHarness.CreateAsync();
        await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, NewCardsPerDay = 50, BurySiblings = false });
        int domain;
        await using (var db = harness.Database.CreateDbContext())
        {
            domain = await db.Cards.Where(c => c.Domain != null).GroupBy(c => c.Domain!.Value)
                .OrderByDescending(g => g.Count()).Select(g => g.Key).FirstAsync();
        }

        await harness.Settings.SetLimitAsync(Me, $"domain:{domain}", 3);
        var scope = StudyScope.ForDomain(domain);
        Assert.Equal(3, (await harness.Queue.CountsAsync(Me, scope)).New);
        for (var i = 0; i < 3; i++)
        {
            var card = (await harness.Queue.NextAsync(Me, scope))!;
            await harness.Recorder.RateAsync(Me, card.CardId, Rating.Easy);
        }

        Assert.Null(await harness.Queue.NextAsync(Me, scope));
        Assert.Equal(0, (await harness.Queue.CountsAsync(Me, scope)).New);

        await harness.Settings.RemoveLimitAsync(Me, $"domain:{domain}");

        Assert.True((await harness.Queue.CountsAsync(Me, scope)).New > 0);
        Assert.Empty(await harness.Settings.GetLimitsAsync(Me));
    }

    [Theory]
    [InlineData("domain:7", 5)]
    [InlineData("task:1.1", 5)]
    [InlineData("note:", 5)]
    [InlineData("note:llm-basics", -1)]
    [InlineData("note:llm-basics", 10000)]
    public async Task A_limit_that_names_no_domain_or_note_or_is_out_of_range_is_refused(string scope, int perDay)
    {
        using var harness = await ReviewHarness.CreateAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => harness.Settings.SetLimitAsync(Me, scope, perDay));

        Assert.Empty(await harness.Settings.GetLimitsAsync(Me));
    }
}

using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.Services.Flashcards;

/// <summary>The three orders new cards come in, on the five notes of content/.</summary>
public sealed class NewCardOrderTests
{
    private const int Me = Learner.DefaultId;

    [Fact]
    public async Task Note_by_note_finishes_one_note_before_the_next()
    {
        var slugs = await FirstNewNotesAsync(NewCardOrder.ByNote, 4);

        Assert.Single(slugs.Distinct());
    }

    [Fact]
    public async Task Interleaved_takes_one_card_of_each_note_in_turn()
    {
        using var harness = await ReviewHarness.CreateAsync();
        int notes;
        await using (var db = harness.Database.CreateDbContext())
        {
            notes = await db.Cards.Where(c => c.RetiredAt == null).Select(c => c.NoteId).Distinct().CountAsync();
        }

        var slugs = await FirstNewNotesAsync(NewCardOrder.Interleaved, notes, harness);

        Assert.True(notes >= 3);
        Assert.Equal(notes, slugs.Distinct().Count());
    }

    [Fact]
    public async Task Random_is_one_shuffle_for_the_day_and_another_the_next_day()
    {
        using var harness = await ReviewHarness.CreateAsync();
        await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, NewCardsPerDay = 100, NewCardOrder = NewCardOrder.Random });

        var first = (await harness.Queue.NextAsync(Me, StudyScope.All))!.CardId;
        Assert.Equal(first, (await harness.Queue.NextAsync(Me, StudyScope.All))!.CardId);
        var byNote = await FirstByNoteAsync(harness);
        var firstFive = await TakeNewAsync(harness, 5);

        Assert.NotEqual(byNote.Take(5), firstFive);
        harness.Clock.Now = harness.Clock.Now.AddDays(1);
        var nextDay = await TakeNewAsync(harness, 5);
        Assert.Empty(firstFive.Intersect(nextDay));
    }

    private static async Task<List<string>> FirstNewNotesAsync(NewCardOrder order, int count, ReviewHarness? given = null)
    {
        var harness = given ?? await ReviewHarness.CreateAsync();
        try
        {
            await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, NewCardsPerDay = 100, NewCardOrder = order, BurySiblings = false });
            var slugs = new List<string>();
            while (slugs.Count < count && await harness.Queue.NextAsync(Me, StudyScope.All) is { IsNew: true } card)
            {
                slugs.Add(card.NoteSlug);
                await harness.Recorder.RateAsync(Me, card.CardId, Rating.Easy);
            }

            return slugs;
        }
        finally
        {
            if (given is null)
            {
                harness.Dispose();
            }
        }
    }

    private static async Task<List<int>> FirstByNoteAsync(ReviewHarness harness)
    {
        await using var db = harness.Database.CreateDbContext();
        return await db.Cards.Where(c => c.RetiredAt == null).OrderBy(c => c.NoteId).ThenBy(c => c.Position).ThenBy(c => c.Id).Select(c => c.Id).ToListAsync();
    }

    private static async Task<List<int>> TakeNewAsync(ReviewHarness harness, int count)
    {
        var ids = new List<int>();
        while (ids.Count < count && await harness.Queue.NextAsync(Me, StudyScope.All) is { IsNew: true } card)
        {
            ids.Add(card.CardId);
            await harness.Recorder.RateAsync(Me, card.CardId, Rating.Easy);
        }

        return ids;
    }
}

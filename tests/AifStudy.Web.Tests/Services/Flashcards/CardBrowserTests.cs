using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Tests.Services.Flashcards;

public sealed class CardBrowserTests
{
    private const int Me = Learner.DefaultId;

    [Fact]
    public async Task The_deck_browser_finds_cards_by_text_and_shows_their_state()
    {
        using var harness = await ReviewHarness.CreateAsync();
        var card = (await harness.Queue.NextAsync(Me, StudyScope.All))!;
        await harness.Recorder.RateAsync(Me, card.CardId, Rating.Easy);
        await using var db = harness.Database.CreateDbContext();
        var stored = await db.Cards.SingleAsync(c => c.Id == card.CardId);

        var search = stored.Front[..Math.Min(6, stored.Front.Length)];

        var found = await harness.Browser.ListAsync(Me, StudyScope.All, search);

        var item = Assert.Single(found, f => f.CardId == card.CardId);
        Assert.Equal(CardState.Review, item.State);
        Assert.NotNull(item.Due);
        Assert.All(found, f => Assert.Contains(search, f.Front + f.Back + f.SectionPathText, StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Filters_by_state_and_kind_sort_by_due_lapses_and_stability_and_a_card_lists_its_reviews()
    {
        using var harness = await ReviewHarness.CreateAsync();
        await harness.Settings.SaveAsync(new LearnerSettings { LearnerId = Me, NewCardsPerDay = 3, BurySiblings = false });
        var easy = (await harness.Queue.NextAsync(Me, StudyScope.All))!;
        await harness.Recorder.RateAsync(Me, easy.CardId, Rating.Easy);
        var again = (await harness.Queue.NextAsync(Me, StudyScope.All))!;
        await harness.Recorder.RateAsync(Me, again.CardId, Rating.Again);
        harness.Clock.Now += TimeSpan.FromMinutes(2);
        await harness.Recorder.RateAsync(Me, again.CardId, Rating.Good);
        await harness.Recorder.SetSuspendedAsync(Me, (await harness.Queue.NextAsync(Me, StudyScope.All))!.CardId, true);
        await using (var db = harness.Database.CreateDbContext())
        {
            var progress = await db.CardProgress.SingleAsync(p => p.LearnerId == Me && p.CardId == easy.CardId);
            progress.Lapses = 3;
            await db.SaveChangesAsync();
        }

        var review = await harness.Browser.FindAsync(Me, StudyScope.All, new CardListFilter(State: CardListState.Review));
        var learning = await harness.Browser.FindAsync(Me, StudyScope.All, new CardListFilter(State: CardListState.Learning));
        var suspended = await harness.Browser.FindAsync(Me, StudyScope.All, new CardListFilter(State: CardListState.Suspended));
        var fresh = await harness.Browser.FindAsync(Me, StudyScope.All, new CardListFilter(State: CardListState.New));
        var all = await harness.Browser.FindAsync(Me, StudyScope.All, CardListFilter.All);

        Assert.Equal(easy.CardId, Assert.Single(review).CardId);
        Assert.Equal(again.CardId, Assert.Single(learning).CardId);
        Assert.Single(suspended);
        Assert.Equal(all.Count - 2, fresh.Count);
        Assert.DoesNotContain(fresh, c => c.CardId == easy.CardId || c.CardId == again.CardId);
        var byDue = await harness.Browser.FindAsync(Me, StudyScope.All, new CardListFilter(Sort: CardListSort.Due));
        Assert.Equal(again.CardId, byDue[0].CardId);
        Assert.Equal(easy.CardId, byDue[1].CardId);
        Assert.Equal(easy.CardId, (await harness.Browser.FindAsync(Me, StudyScope.All, new CardListFilter(Sort: CardListSort.Lapses)))[0].CardId);
        Assert.Equal(again.CardId, (await harness.Browser.FindAsync(Me, StudyScope.All, new CardListFilter(Sort: CardListSort.Stability)))[0].CardId);
        var kind = all[0].Kind;
        Assert.All(await harness.Browser.FindAsync(Me, StudyScope.All, new CardListFilter(Kind: kind)), c => Assert.Equal(kind, c.Kind));

        var history = await harness.Browser.HistoryAsync(Me, again.CardId);
        Assert.Equal([Rating.Again, Rating.Good], history.Select(h => h.Rating));
        Assert.Equal(CardState.New, history[0].StateBefore);
        Assert.Empty(await harness.Browser.HistoryAsync(Me, fresh[0].CardId));
    }
}

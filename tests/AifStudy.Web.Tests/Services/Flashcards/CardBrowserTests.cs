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
}

using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AifStudy.Browser.Tests.Flashcards;

[Collection(PortalBrowserGroup.Name)]
public sealed class LearnAheadTests(PortalBrowserFixture fixture)
{
    [BrowserFact]
    public async Task A_session_of_new_cards_goes_on_into_their_learning_steps_without_a_reload()
    {
        // Other tests meet new cards too: the day's limit must not run out before this note's three.
        var settings = fixture.Portal.Services.GetRequiredService<AifStudy.Web.Services.Flashcards.LearnerSettingsService>();
        var before = await settings.GetAsync(Learner.DefaultId);
        await settings.SaveAsync(new LearnerSettings { LearnerId = Learner.DefaultId, NewCardsPerDay = 1000, Weights = before.Weights });
        try
        {
            await RunAsync();
        }
        finally
        {
            await settings.SaveAsync(before);
        }
    }

    private async Task RunAsync()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("review?note=" + PortalBrowserFixture.LearnAheadSlug);
        await page.Locator("html[data-review-keys=ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.EvaluateAsync("() => window.__sameDocument = true");
        var cards = await CardCountAsync();
        Assert.Equal(3, cards);

        // Each new card rated Good is due again in 10 minutes: within the 20-minute learn-ahead limit.
        var seen = new List<string>();
        for (var i = 0; i < cards; i++)
        {
            seen.Add(await RateGoodAsync(page, seen.LastOrDefault()));
        }

        var next = await ReviewPageSteps.NextFrontAsync(page, seen[^1]);

        Assert.Contains(next, seen);
        Assert.Equal(0, await page.Locator("[data-testid=review-done]").CountAsync());
        await Assertions.Expect(page.Locator("[data-testid=queue-counts]")).ToContainTextAsync("3 learning");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__sameDocument === true"));
        await Screenshots.SaveAsync(page, "review-learn-ahead");
    }

    private static async Task<string> RateGoodAsync(IPage page, string? previous)
    {
        var front = await ReviewPageSteps.NextFrontAsync(page, previous);
        await page.Keyboard.PressAsync("Space");
        await page.Locator(".review-back").First.WaitForAsync();
        await page.Keyboard.PressAsync("3");
        return front;
    }

    private async Task<int> CardCountAsync()
    {
        var factory = fixture.Portal.Services.GetRequiredService<IDbContextFactory<StudyDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await db.Cards.CountAsync(c => c.NoteSlug == PortalBrowserFixture.LearnAheadSlug && c.RetiredAt == null);
    }
}

using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AifStudy.Browser.Tests.Flashcards;

[Collection(PortalBrowserGroup.Name)]
public sealed class ReviewTests(PortalBrowserFixture fixture)
{
    [BrowserFact]
    public async Task Three_cards_reviewed_with_the_keyboard_are_three_review_logs()
    {
        var before = await CountReviewLogsAsync();
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("review?note=foundation-model-basics");
        // Keys work once the circuit is interactive and the card's shortcut module is attached.
        await page.Locator("html[data-review-keys=ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var front = page.Locator(".review-front").First;
        await front.WaitForAsync();
        await Screenshots.SaveAsync(page, "review-front");

        string? previous = null;
        for (var i = 0; i < 3; i++)
        {
            var text = await ReviewPageSteps.NextFrontAsync(page, previous);
            await page.Keyboard.PressAsync("Space");
            await page.Locator(".review-back").First.WaitForAsync();
            if (i == 0)
            {
                await Screenshots.SaveAsync(page, "review-revealed");
            }

            await page.Keyboard.PressAsync("3");
            previous = text;
        }

        await Assertions.Expect(page.Locator("[data-testid=queue-counts]")).Not.ToBeEmptyAsync();
        await WaitUntilAsync(async () => await CountReviewLogsAsync() == before + 3);
        Assert.Equal(before + 3, await CountReviewLogsAsync());
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 50 && !await condition(); attempt++)
        {
            await Task.Delay(100);
        }
    }

    private async Task<int> CountReviewLogsAsync()
    {
        var factory = fixture.Portal.Services.GetRequiredService<IDbContextFactory<StudyDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        return await db.ReviewLogs.CountAsync();
    }
}

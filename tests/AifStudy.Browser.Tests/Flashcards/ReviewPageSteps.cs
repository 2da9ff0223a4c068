using Microsoft.Playwright;

namespace AifStudy.Browser.Tests.Flashcards;

/// <summary>Steps the review page's tests share.</summary>
internal static class ReviewPageSteps
{
    /// <summary>The front of the next card on screen, once it differs from <paramref name="previous"/> and its back is hidden.</summary>
    public static async Task<string> NextFrontAsync(IPage page, string? previous)
    {
        var front = page.Locator(".review-front").First;
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await front.CountAsync() > 0 && await page.Locator(".review-back").CountAsync() == 0)
            {
                var text = await front.InnerTextAsync();
                if (text != previous)
                {
                    return text;
                }
            }

            await page.WaitForTimeoutAsync(100);
        }

        throw new TimeoutException("No next card appeared; the page shows: " + await page.Locator("main").InnerTextAsync());
    }
}

using Microsoft.Playwright;

namespace AifStudy.Browser.Tests.Quizzes;

/// <summary>Steps the coverage map's tests share.</summary>
internal static class CoverageSteps
{
    /// <summary>
    /// Waits for the coverage map to be interactive. The first visit places every section and indexes every note's
    /// questions, which on a machine running other test suites at once has twice outlasted two minutes (session 13,
    /// while the Core and Web suites ran beside it): after a minute the page is loaded once more before the second wait.
    /// </summary>
    public static async Task WaitUntilReadyAsync(IPage page)
    {
        var ready = page.Locator("[data-testid=coverage-ready][data-interactive=true]");
        try
        {
            await ready.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 60_000 });
        }
        catch (TimeoutException)
        {
            await page.ReloadAsync();
            await ready.WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 120_000 });
        }
    }
}

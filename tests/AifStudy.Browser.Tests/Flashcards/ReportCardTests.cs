using AifStudy.Web.Data;
using AifStudy.Web.Services.Feedback;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AifStudy.Browser.Tests.Flashcards;

[Collection(PortalBrowserGroup.Name)]
public sealed class ReportCardTests(PortalBrowserFixture fixture)
{
    private const string Scope = "note=genai-fundamentals-bilingual";

    [BrowserFact]
    public async Task A_card_reported_with_the_keyboard_during_review_is_hidden_at_once_and_does_not_come_back()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync($"review?{Scope}");
        await page.Locator("html[data-review-keys=ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        var front = page.Locator(".review-front").First;
        var reported = await front.InnerTextAsync();

        // R opens the form with the reasons focused; the arrow picks "Unclear", Tab reaches the comment, Enter sends.
        await page.Keyboard.PressAsync("r");
        await page.Locator("form.report-form").WaitForAsync();
        await Assertions.Expect(page.Locator("form.report-form input[type=radio]").First).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("ArrowDown");
        await Assertions.Expect(page.Locator("form.report-form input[value=Unclear]")).ToBeCheckedAsync();
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync("the back lists another term");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("[data-testid=review-reported]")).ToContainTextAsync("Reported and hidden");
        await Assertions.Expect(front).Not.ToHaveTextAsync(reported);
        await Assertions.Expect(page.Locator("form.report-form")).ToHaveCountAsync(0);
        var report = await SingleOpenReportAsync();
        Assert.Equal((ReportReason.Unclear, "the back lists another term"), (report.Reason, report.Comment));
        try
        {
            // A new circuit: the card is neither the next card nor in the deck.
            await page.ReloadAsync();
            await page.Locator("html[data-review-keys=ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await Assertions.Expect(page.Locator(".review-front").First).Not.ToHaveTextAsync(reported);
            await page.GotoAsync($"cards?{Scope}");
            await page.Locator("table.cards-table").WaitForAsync();
            await Assertions.Expect(page.Locator($"tr[data-card-id='{report.CardId}']")).ToHaveCountAsync(0);

            // Listed on /reported; Restore (mouse) brings it back.
            await page.GotoAsync("reported");
            var item = page.Locator(".reported-item", new() { HasText = report.Label });
            await Assertions.Expect(item).ToContainTextAsync("Unclear");
            await Screenshots.SaveAsync(page, "reported-1280-light");
            await item.GetByRole(AriaRole.Button, new() { Name = "Restore" }).ClickAsync();
            await Assertions.Expect(page.Locator("[data-testid=reported-message]")).ToContainTextAsync("Restored");
            await page.GotoAsync($"cards?{Scope}");
            await Assertions.Expect(page.Locator($"tr[data-card-id='{report.CardId}']")).ToHaveCountAsync(1);
        }
        finally
        {
            await RestoreAllAsync();
        }
    }

    [BrowserFact]
    public async Task The_report_form_fits_a_phone_in_the_dark_theme_and_a_desktop_in_the_light_one()
    {
        foreach (var (width, scheme, name) in new[] { (1280, ColorScheme.Light, "review-report-1280-light"), (390, ColorScheme.Dark, "review-report-390-dark") })
        {
            var page = await fixture.NewPageAsync(width, colorScheme: scheme);
            await page.GotoAsync($"review?{Scope}");
            await page.Locator("html[data-review-keys=ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });
            await page.GetByRole(AriaRole.Button, new() { Name = "Report a problem" }).ClickAsync();
            await page.Locator("form.report-form").WaitForAsync();

            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"The page scrolls sideways by {overflow}px at {width}px.");
            foreach (var reason in new[] { "Wrong answer", "Unclear", "Gives the answer away", "Duplicate", "Other" })
            {
                await Assertions.Expect(page.GetByRole(AriaRole.Radio, new() { Name = reason })).ToBeVisibleAsync();
            }

            await Assertions.Expect(page.GetByRole(AriaRole.Group, new() { Name = "What is wrong with this card?" })).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, name, fullPage: true);
            await page.Context.CloseAsync();
        }
    }

    private async Task<ItemReport> SingleOpenReportAsync()
    {
        await using var db = await DatabaseAsync();
        return await db.ItemReports.AsNoTracking().SingleAsync(r => r.RestoredAt == null);
    }

    private async Task RestoreAllAsync()
    {
        var reports = fixture.Portal.Services.GetRequiredService<ItemReports>();
        foreach (var item in await reports.ListAsync(Learner.DefaultId))
        {
            await reports.RestoreAsync(Learner.DefaultId, item.Id);
        }
    }

    private async Task<StudyDbContext> DatabaseAsync() =>
        await fixture.Portal.Services.GetRequiredService<IDbContextFactory<StudyDbContext>>().CreateDbContextAsync();
}

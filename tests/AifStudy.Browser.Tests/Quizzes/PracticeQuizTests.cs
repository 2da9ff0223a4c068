using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AifStudy.Browser.Tests.Quizzes;

[Collection(PortalBrowserGroup.Name)]
public sealed class PracticeQuizTests(PortalBrowserFixture fixture)
{
    [BrowserFact]
    public async Task A_five_question_practice_quiz_taken_with_the_keyboard_appears_in_the_history()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("quiz?note=domain-3-fm-applications");
        await page.Locator("form.quiz-setup[data-interactive=true]").WaitForAsync();
        await page.FillAsync("[data-testid=quiz-count]", "5");

        await page.ClickAsync("button.quiz-start");
        await page.Locator("html[data-quiz-keys=ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

        for (var i = 1; i <= 5; i++)
        {
            await Assertions.Expect(page.Locator(".quiz-number")).ToHaveTextAsync($"{i} / 5");
            await page.Keyboard.PressAsync("1");
            await Assertions.Expect(page.Locator("button.quiz-option").First).ToHaveAttributeAsync("aria-checked", "true");
            await page.Keyboard.PressAsync("Enter");
            await page.Locator(".quiz-explanation").WaitForAsync();
            if (i == 1)
            {
                await Screenshots.SaveAsync(page, "quiz-feedback");
            }

            await page.Keyboard.PressAsync("Enter");
        }

        var score = await page.Locator("[data-testid=quiz-score]").InnerTextAsync();
        await Screenshots.SaveAsync(page, "quiz-result");

        await page.GotoAsync("quiz/history");
        var row = page.Locator("[data-testid=quiz-history] tbody tr").First;
        await Assertions.Expect(row).ToContainTextAsync("Practice");
        await Assertions.Expect(row).ToContainTextAsync(score);
        await Assertions.Expect(row).ToContainTextAsync("/5");
        await Screenshots.SaveAsync(page, "quiz-history");

        var factory = fixture.Portal.Services.GetRequiredService<IDbContextFactory<StudyDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var attempt = await db.QuizAttempts.Include(a => a.Questions).OrderByDescending(a => a.Id).FirstAsync();
        Assert.Equal((QuizMode.Practice, 5, score), (attempt.Mode, attempt.Questions.Count(q => q.AnsweredAt != null), attempt.Score?.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.All(attempt.Questions, q => Assert.Equal("domain-3-fm-applications", q.NoteSlug));
    }
}

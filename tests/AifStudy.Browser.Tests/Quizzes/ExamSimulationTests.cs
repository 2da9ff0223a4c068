using System.Globalization;
using Microsoft.Playwright;

namespace AifStudy.Browser.Tests.Quizzes;

[Collection(PortalBrowserGroup.Name)]
public sealed class ExamSimulationTests(PortalBrowserFixture fixture)
{
    private const string AnswerableKinds = "article.quiz-card[data-kind=MultipleChoice], article.quiz-card[data-kind=TrueFalse]";

    [BrowserFact]
    public async Task An_exam_keeps_answers_flags_and_time_over_a_reload_and_ends_in_a_scaled_score_with_a_domain_breakdown_and_explanations()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("quiz/exam");
        await page.ClickAsync("[data-testid=start-exam][data-interactive=true]");
        await WaitForExamAsync(page);
        var total = await page.Locator(".exam-grid button").CountAsync();
        Assert.InRange(total, 5, 65);

        // Answer three single-choice questions (option 1 by keyboard), walking the exam with Enter; flag the second.
        var answered = new List<int>();
        for (var position = 0; answered.Count < 3 && position < total; position++)
        {
            await Assertions.Expect(page.Locator(".quiz-card .quiz-number")).ToHaveTextAsync($"Question {position + 1} of {total}");
            if (await page.Locator(AnswerableKinds).CountAsync() == 1)
            {
                await page.Keyboard.PressAsync("1");
                await Assertions.Expect(page.Locator(".exam-layout button.quiz-option").First).ToHaveAttributeAsync("aria-checked", "true");
                await Assertions.Expect(Cell(page, position)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\banswered\b"));
                answered.Add(position);
                if (answered.Count == 2)
                {
                    await page.ClickAsync("[data-testid=exam-flag]");
                    await Assertions.Expect(page.Locator("[data-testid=exam-flag]")).ToHaveAttributeAsync("aria-pressed", "true");
                }
            }

            // Enter moves on, also with focus on the flag just clicked: it means "next", as the button says, and leaves
            // the flag as it is.
            await page.Keyboard.PressAsync("Enter");
        }

        Assert.Equal(3, answered.Count);
        var flagged = answered[1];
        await Assertions.Expect(Cell(page, flagged)).ToHaveAttributeAsync("aria-label", $"Question {flagged + 1}, answered, flagged");
        await Assertions.Expect(page.Locator(".exam-status")).ToContainTextAsync($"3 / {total} answered · 1 flagged");
        await Screenshots.SaveAsync(page, "exam-running-1280", fullPage: true);

        // A reload (or a dropped connection) brings back answers, the flag, and the clock where the server has it.
        await page.WaitForTimeoutAsync(2500);
        var beforeReload = Seconds(await page.Locator("[data-testid=exam-timer]").InnerTextAsync());
        await page.ReloadAsync();
        await WaitForExamAsync(page);
        var afterReload = Seconds(await page.Locator("[data-testid=exam-timer]").InnerTextAsync());
        Assert.InRange(afterReload, 85 * 60, beforeReload);
        Assert.True(afterReload < 90 * 60 - 2, $"the timer restarted at {afterReload} s");
        await Assertions.Expect(page.Locator("[data-testid=exam-timer]")).Not.ToHaveTextAsync(Clock(afterReload));
        await Assertions.Expect(page.Locator(".exam-status")).ToContainTextAsync($"3 / {total} answered · 1 flagged");
        foreach (var position in answered)
        {
            await Assertions.Expect(Cell(page, position)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\banswered\b"));
        }

        await Assertions.Expect(page.Locator(".exam-grid .exam-cell.flagged")).ToHaveCountAsync(1);
        await Cell(page, flagged).ClickAsync();
        await Assertions.Expect(page.Locator(".quiz-card .quiz-number")).ToHaveTextAsync($"Question {flagged + 1} of {total}");
        await Assertions.Expect(page.Locator(".exam-layout button.quiz-option").First).ToHaveAttributeAsync("aria-checked", "true");
        await Assertions.Expect(page.Locator("[data-testid=exam-flag]")).ToHaveAttributeAsync("aria-pressed", "true");

        // Enter with focus on the grid cell just clicked moves on too, instead of opening the same question again.
        if (flagged + 1 < total)
        {
            await page.Keyboard.PressAsync("Enter");
            await Assertions.Expect(page.Locator(".quiz-card .quiz-number")).ToHaveTextAsync($"Question {flagged + 2} of {total}");
            await Cell(page, flagged).ClickAsync();
        }

        await page.SetViewportSizeAsync(390, 844);
        await Screenshots.SaveAsync(page, "exam-running-390", fullPage: true);
        await page.SetViewportSizeAsync(1280, 900);

        await page.ClickAsync("[data-testid=exam-submit]");
        await Assertions.Expect(page.Locator(".exam-confirm")).ToContainTextAsync($"Submit with {total - 3} unanswered?");
        await page.ClickAsync("[data-testid=exam-confirm]");

        var score = int.Parse(await page.Locator("[data-testid=quiz-score]").InnerTextAsync(), CultureInfo.InvariantCulture);
        Assert.InRange(score, 100, 1000);
        await Assertions.Expect(page.Locator(".quiz-score-line strong")).ToHaveTextAsync(score >= 700 ? "Pass" : "Below the pass mark");
        var domainRows = page.Locator("table.quiz-domains tbody tr");
        Assert.InRange(await domainRows.CountAsync(), 1, 6);
        await Assertions.Expect(domainRows.First.Locator("th")).ToContainTextAsync("Domain");
        var domainTotal = 0;
        foreach (var cell in await page.Locator("table.quiz-domains tbody tr td:nth-child(2)").AllInnerTextsAsync())
        {
            domainTotal += int.Parse(cell.Split('/')[1].Trim(), CultureInfo.InvariantCulture);
        }

        Assert.Equal(total, domainTotal);

        // Review: the grid marks the three answers right or wrong and opens a question's review with its explanation.
        var grid = page.Locator("[data-testid=review-grid] .exam-grid a");
        await Assertions.Expect(grid).ToHaveCountAsync(total);
        await Assertions.Expect(page.Locator("[data-testid=review-grid] .exam-grid a.right, [data-testid=review-grid] .exam-grid a.wrong")).ToHaveCountAsync(3);
        await Assertions.Expect(grid.Nth(flagged)).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bflagged\b"));
        await Screenshots.SaveAsync(page, "exam-result-1280");
        await grid.Nth(answered[2]).ClickAsync();
        var reviewed = page.Locator($"#review-{answered[2] + 1} article.quiz-card");
        await Assertions.Expect(reviewed).ToBeInViewportAsync();
        Assert.EndsWith($"#review-{answered[2] + 1}", page.Url, StringComparison.Ordinal);
        Assert.Contains("/quiz/exam/", page.Url, StringComparison.Ordinal);
        await Assertions.Expect(reviewed.Locator(".quiz-number")).ToHaveTextAsync($"{answered[2] + 1}");
        await Assertions.Expect(reviewed.Locator(".quiz-verdict")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^(Correct|Not quite)$"));
        Assert.False(string.IsNullOrWhiteSpace(await reviewed.Locator(".quiz-explanation blockquote").InnerTextAsync()));
        await Assertions.Expect(page.Locator(".quiz-review article.quiz-card")).ToHaveCountAsync(total);
        await Assertions.Expect(page.Locator(".quiz-review .quiz-verdict", new() { HasText = "Not answered" })).ToHaveCountAsync(total - 3);
        await Screenshots.SaveAsync(page, "exam-review-question-1280");

        await page.SetViewportSizeAsync(390, 844);
        await page.EvaluateAsync("window.scrollTo(0, 0)");
        await Screenshots.SaveAsync(page, "exam-result-390");
        await reviewed.ScrollIntoViewIfNeededAsync();
        await reviewed.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Folder, "exam-review-question-390.png") });
    }

    private static ILocator Cell(IPage page, int position) => page.Locator($".exam-grid button[data-position='{position}']");

    private static Task WaitForExamAsync(IPage page) =>
        page.Locator("html[data-quiz-keys=ready]").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    private static int Seconds(string clock) =>
        clock.Split(':').Aggregate(0, (total, part) => (total * 60) + int.Parse(part, CultureInfo.InvariantCulture));

    private static string Clock(int seconds) => TimeSpan.FromSeconds(seconds).ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture);
}

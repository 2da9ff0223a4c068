using Microsoft.Playwright;

namespace AifStudy.Browser.Tests.Quizzes;

[Collection(PortalBrowserGroup.Name)]
public sealed class CoverageMapTests(PortalBrowserFixture fixture)
{
    [BrowserFact]
    public async Task The_coverage_map_opens_from_the_dashboard_and_leads_from_a_task_statement_into_a_quiz_on_its_section()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("");
        await page.ClickAsync("[data-testid=coverage-link]");
        await page.WaitForURLAsync("**/coverage");
        // The first visit places every section and indexes every note's questions: on a busy machine that takes a while.
        await CoverageSteps.WaitUntilReadyAsync(page);

        // The user's notes cover domains 1–3: domains 4 and 5 are gaps, and the page says so.
        await Assertions.Expect(page.Locator("[data-testid=coverage-uncovered]")).ToContainTextAsync("domains 4 and 5");
        await Assertions.Expect(page.Locator("[data-testid=coverage-domain-5] tr.gap")).ToHaveCountAsync(2);
        await Screenshots.SaveAsync(page, "coverage");

        // Task 3.1 has questions: its sections list a quiz link per section that gives questions.
        var row = page.Locator("tr[data-task='3.1']");
        await Assertions.Expect(row.Locator("[data-testid=questions]")).Not.ToHaveTextAsync("0");
        await row.Locator("details.coverage-sections > summary").ClickAsync();
        var quiz = row.Locator("details a", new() { HasText = "quiz" }).First;
        var section = await quiz.Locator("xpath=..").Locator("a").First.InnerTextAsync();
        await quiz.ClickAsync();

        await page.WaitForURLAsync("**/quiz?note=domain-3-fm-applications&section=*");
        await page.Locator("form.quiz-setup[data-interactive=true]").WaitForAsync();
        var chosen = await page.Locator("[data-testid=quiz-scope] option:checked").InnerTextAsync();
        Assert.Contains(section, chosen, StringComparison.Ordinal);
    }
}

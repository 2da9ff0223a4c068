using AifStudy.Tests.Shared;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Exam;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Quizzes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace AifStudy.Browser.Tests.Quizzes;

[Collection(PortalBrowserGroup.Name)]
public sealed class WeakTaskStatementTests(PortalBrowserFixture fixture)
{
    [BrowserFact]
    public async Task A_weak_task_statement_on_the_coverage_map_leads_into_a_quiz_on_it()
    {
        // The learner got every question on task 3.1 wrong in a practice quiz (answered through the portal's own services).
        var services = fixture.Portal.Services;
        var starter = services.GetRequiredService<QuizStarter>();
        var attempts = services.GetRequiredService<QuizAttempts>();
        var start = await starter.StartPracticeAsync(Learner.DefaultId, new QuizSetup(StudyScope.ForTask("3.1"), 10, QuizSetup.AllKinds), "Task 3.1", seed: 5);
        var practice = await attempts.GetAsync(Learner.DefaultId, start.AttemptId);
        Assert.True(practice!.Questions.Count >= 5);
        foreach (var q in practice.Questions)
        {
            await attempts.AnswerAsync(Learner.DefaultId, start.AttemptId, q.Position, QuizAnswers.Wrong(q.Question));
        }

        var page = await fixture.NewPageAsync();
        await page.GotoAsync("coverage");
        await CoverageSteps.WaitUntilReadyAsync(page);
        var row = page.Locator("tr[data-task='3.1']");
        await Assertions.Expect(row.Locator("[data-testid=weak]")).ToBeVisibleAsync();
        await Assertions.Expect(row.Locator("[data-testid=right]")).ToContainTextAsync("0/");
        await row.Locator("[data-testid=task-quiz]").ClickAsync();

        await page.WaitForURLAsync("**/quiz?task=3.1");
        await page.Locator("form.quiz-setup[data-interactive=true]").WaitForAsync();
        await Assertions.Expect(page.Locator("[data-testid=quiz-scope] option:checked")).ToContainTextAsync("Task 3.1");
        await page.FillAsync("[data-testid=quiz-count]", "3");
        await page.ClickAsync("button.quiz-start");
        // Drawing a task statement's quiz builds its question pool: on a machine busy with other test runs that can take long.
        try
        {
            await page.WaitForURLAsync("**/quiz/*", new() { Timeout = 90_000 });
        }
        catch (TimeoutException)
        {
            // Say what the page showed instead (a shortfall message, the setup form as it was).
            Assert.Fail("No quiz after 90 s; the page said: " + await page.Locator("main").InnerTextAsync());
        }

        await Assertions.Expect(page.Locator(".quiz-number")).ToHaveTextAsync("1 / 3");

        // The quiz is drawn from the sections placed under 3.1 only.
        var factory = services.GetRequiredService<IDbContextFactory<StudyDbContext>>();
        await using var db = await factory.CreateDbContextAsync();
        var attempt = await db.QuizAttempts.Include(a => a.Questions).OrderByDescending(a => a.Id).FirstAsync();
        var map = await services.GetRequiredService<ExamPlacements>().GetAsync(Learner.DefaultId);
        Assert.Equal("3.1", attempt.ScopeTaskId);
        Assert.All(attempt.Questions, q => Assert.Equal("3.1", map.Of(q.NoteSlug, q.SectionAnchor)?.TaskId));
    }
}

using AifStudy.Core.Quizzes;
using AifStudy.Web.Components.Pages.Quiz;
using AifStudy.Web.Components.Quizzes;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Quizzes;
using AifStudy.Web.Tests.TestSupport;
using Bunit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.JSInterop;

namespace AifStudy.Web.Tests.Components.Pages.Quiz;

public sealed class ExamPageTests : BunitContext, IAsyncLifetime
{
    private QuizHarness _harness = null!;
    private int _attemptId;
    private int _questionCount;

    public async Task InitializeAsync()
    {
        _harness = await QuizHarness.CreateAsync();
        var start = await _harness.Starter.StartExamAsync(Learner.DefaultId, seed: 8);
        (_attemptId, _questionCount) = (start.AttemptId, start.QuestionCount);
        Services.AddPortalServices(_harness.Review.Import);
        JSInterop.Mode = JSRuntimeMode.Strict;
        var module = JSInterop.SetupModule(QuizQuestionCard.ModulePath);
        module.Setup<int>("attach", _ => true).SetResult(1);
        module.SetupVoid("detach", _ => true);
    }

    Task IAsyncLifetime.DisposeAsync()
    {
        _harness.Dispose();
        return Task.CompletedTask;
    }

    private IRenderedComponent<ExamPage> RenderExam() => Render<ExamPage>(p => p.Add(c => c.AttemptId, _attemptId));

    [Fact]
    public async Task Flagging_marks_the_navigator_cell_is_stored_at_once_and_is_there_after_a_reload()
    {
        var cut = RenderExam();
        cut.WaitForElement("[data-testid=exam-flag]");
        cut.FindAll(".exam-grid button")[3].Click();
        Assert.Equal($"Question 4 of {_questionCount}", cut.Find(".quiz-number").TextContent);

        cut.Find("[data-testid=exam-flag]").Click();

        cut.WaitForAssertion(() => Assert.Contains("flagged", cut.FindAll(".exam-grid button")[3].ClassList));
        Assert.Equal("true", cut.Find("[data-testid=exam-flag]").GetAttribute("aria-pressed"));
        Assert.Contains("1 flagged", cut.Find(".exam-status").TextContent, StringComparison.Ordinal);
        await using (var db = _harness.Database.CreateDbContext())
        {
            Assert.Equal([3], await db.QuizAttemptQuestions.Where(q => q.IsFlagged).Select(q => q.Position).ToListAsync());
        }

        var reloaded = RenderExam();
        reloaded.WaitForAssertion(() => Assert.Contains("flagged", reloaded.FindAll(".exam-grid button")[3].ClassList));
    }

    [Fact]
    public async Task Answers_can_change_until_submit_and_the_result_shows_the_scaled_score_and_domains()
    {
        var cut = RenderExam();
        cut.WaitForElement(".quiz-card");
        var question = cut.Find(".quiz-card");
        Assert.Equal("1:30:00", cut.Find("[data-testid=exam-timer]").TextContent);

        // Each answer is saved asynchronously and re-renders the card: find and click on the renderer's dispatcher, so
        // that no render falls between the two, and let the first answer land before the second.
        await cut.InvokeAsync(() => cut.FindAll("button.quiz-option")[0].Click());
        cut.WaitForAssertion(() => Assert.Equal("true", cut.FindAll("button.quiz-option")[0].GetAttribute("aria-checked")));
        if (cut.Find(".quiz-card").GetAttribute("data-kind") is "MultipleChoice" or "TrueFalse")
        {
            await cut.InvokeAsync(() => cut.FindAll("button.quiz-option")[1].Click());
            cut.WaitForAssertion(() => Assert.Equal("true", cut.FindAll("button.quiz-option")[1].GetAttribute("aria-checked")));
            Assert.Equal("false", cut.FindAll("button.quiz-option")[0].GetAttribute("aria-checked"));
        }

        _harness.Clock.Now += TimeSpan.FromMinutes(10);
        await cut.InvokeAsync(() => cut.Find("[data-testid=exam-submit]").Click());
        // The answer clicks above are saved asynchronously; the confirmation renders once the page is free again.
        cut.WaitForElement("[data-testid=exam-confirm]").Click();

        cut.WaitForElement("[data-testid=quiz-result]");
        // One question answered: right or wrong, scaled over the exam's questions.
        var score = cut.Find("[data-testid=quiz-score]").TextContent;
        Assert.Contains(score, new[] { QuizScoring.ScaledScore(0, _questionCount), QuizScoring.ScaledScore(1, _questionCount) }.Select(s => s.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        // Domains 1, 2 and 3: each of the user's notes with questions is in the exam (the domain 1 note gives one, on the
        // steps of pre-training).
        Assert.Equal(3, cut.FindAll(".quiz-domains tbody tr").Count);
        Assert.Equal(_questionCount, cut.FindAll(".quiz-review .quiz-card").Count);
        Assert.NotNull(question);
    }
}

using AifStudy.Tests.Shared;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Exam;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Quizzes;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.Services.Exam;

/// <summary>The readiness estimate from real quiz answers stored in SQLite, counted under their sections' task statements.</summary>
public sealed class ReadinessServiceTests
{
    [Fact]
    public async Task No_answers_no_estimate_and_it_says_how_many_there_are()
    {
        using var harness = await QuizHarness.CreateAsync();
        var service = harness.Review.Services.GetRequiredService<ReadinessService>();

        var (estimate, material) = await service.GetWithMaterialAsync(Learner.DefaultId);

        Assert.False(estimate.HasEstimate);
        Assert.Equal(0, estimate.Answers);
        Assert.Equal([1, 2, 3, 4, 5], estimate.UntestedDomains);
        // The user's notes give questions on 3.1: there is something to study next, with material to study it from.
        Assert.True(material["3.1"].Questions > 0);
        Assert.NotNull(estimate.StudyNext);
        Assert.True(material[estimate.StudyNext!.Task.Id] is (> 0, _) or (_, > 0));
    }

    [Fact]
    public async Task Answers_count_under_their_task_statements_and_the_weakest_is_studied_next()
    {
        using var harness = await QuizHarness.CreateAsync();
        harness.Review.Import.Content.Write("whole-exam.md", ExamNotes.WholeExam);
        await harness.Review.Import.Importer.ImportAsync();
        var service = harness.Review.Services.GetRequiredService<ReadinessService>();

        // Two full practice quizzes over everything: right on every question but those on securing AI systems (5.1).
        var answered = 0;
        foreach (var seed in new[] { 1, 2 })
        {
            var start = await harness.Starter.StartPracticeAsync(Learner.DefaultId, new QuizSetup(StudyScope.All, QuizSetup.MaxCount, QuizSetup.AllKinds), "All notes", seed);
            var attempt = await harness.Attempts.GetAsync(Learner.DefaultId, start.AttemptId);
            foreach (var q in attempt!.Questions)
            {
                var answer = q.Question.TaskStatement == "5.1" ? QuizHarness.Wrong(q.Question) : QuizHarness.Right(q.Question);
                await harness.Attempts.AnswerAsync(Learner.DefaultId, start.AttemptId, q.Position, answer);
                answered++;
            }
        }

        var (estimate, _) = await service.GetWithMaterialAsync(Learner.DefaultId);

        Assert.True(answered >= 30, $"{answered} answers");
        Assert.True(estimate.HasEstimate);
        var security = estimate.Tasks.Single(t => t.Task.Id == "5.1");
        Assert.True(security.Answers > 0);
        Assert.Equal(0, security.Correct);
        Assert.Equal(estimate.Tasks.Sum(t => t.Answers), estimate.Answers);
        Assert.Equal("5.1", estimate.StudyNext!.Task.Id);
        Assert.InRange(estimate.Low, 100, estimate.Score);
        Assert.InRange(estimate.High, estimate.Score, 1000);

        // Answers older than the window no longer count.
        harness.Clock.Now += ReadinessService.Recent + TimeSpan.FromDays(1);
        Assert.Equal(0, (await service.GetWithMaterialAsync(Learner.DefaultId)).Estimate.Answers);
    }
}

using AifStudy.Core.Quizzes;
using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Quizzes;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Tests.Services.Quizzes;

public sealed class QuizHistoryServiceTests
{
    private const int Me = Learner.DefaultId;

    private static readonly QuizSetup FiveChoiceQuestions =
        new(StudyScope.All, 5, new HashSet<QuestionKind> { QuestionKind.MultipleChoice, QuestionKind.TrueFalse });

    [Fact]
    public async Task The_trend_lists_finished_scores_in_order_and_the_latest_result_per_domain()
    {
        using var harness = await QuizHarness.CreateAsync();
        var first = await harness.Starter.StartPracticeAsync(Me, FiveChoiceQuestions, "All notes", seed: 1);
        foreach (var q in (await harness.Attempts.GetAsync(Me, first.AttemptId))!.Questions)
        {
            await harness.Attempts.AnswerAsync(Me, first.AttemptId, q.Position, QuizHarness.Wrong(q.Question));
        }

        harness.Clock.Now += TimeSpan.FromDays(1);
        var second = await harness.Starter.StartExamAsync(Me, seed: 2);
        var exam = (await harness.Attempts.GetAsync(Me, second.AttemptId))!;
        foreach (var q in exam.Questions)
        {
            await harness.Attempts.AnswerAsync(Me, second.AttemptId, q.Position, QuizHarness.Right(q.Question));
        }

        await harness.Attempts.SubmitAsync(Me, second.AttemptId);
        await harness.Starter.StartExamAsync(Me, seed: 3); // open: not in the trend

        var trend = await harness.History.GetTrendAsync(Me);

        Assert.Equal([(QuizMode.Practice, 100), (QuizMode.Exam, 1000)], trend.Scores.Select(s => (s.Mode, s.Score)));
        Assert.Equal(exam.Questions.Select(q => q.Question.Domain!.Value).Distinct().Order(), trend.LastByDomain.Select(d => d.Domain));
        Assert.All(trend.LastByDomain, d => Assert.Equal(1000, d.Score));
    }
}

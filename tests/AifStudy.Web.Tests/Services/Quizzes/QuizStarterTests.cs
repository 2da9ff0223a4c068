using AifStudy.Core.Quizzes;
using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Quizzes;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Tests.Services.Quizzes;

public sealed class QuizStarterTests
{
    private const int Me = Learner.DefaultId;

    private static readonly QuizSetup FiveChoiceQuestions =
        new(StudyScope.All, 5, new HashSet<QuestionKind> { QuestionKind.MultipleChoice, QuestionKind.TrueFalse });

    [Fact]
    public async Task An_exam_draws_by_domain_weight_and_says_when_the_notes_cannot_supply_65_questions()
    {
        using var harness = await QuizHarness.CreateAsync();
        var start = await harness.Starter.StartExamAsync(Me, seed: 9);
        var exam = (await harness.Attempts.GetAsync(Me, start.AttemptId))!;
        var pool = (await harness.Pool.GenerateAsync(StudyScope.All, 9)).Where(q => QuizStarter.ExamKinds.Contains(q.Kind) && q.Domain is not null).ToList();
        var allocation = QuizScoring.DomainAllocation(65, pool.Select(q => q.Domain!.Value).Distinct().ToList());

        Assert.Equal(start.QuestionCount, exam.Questions.Count);
        Assert.All(exam.Questions, q => Assert.NotEqual(QuestionKind.Cloze, q.Question.Kind));
        foreach (var (domain, wanted) in allocation)
        {
            Assert.Equal(Math.Min(wanted, pool.Count(q => q.Domain == domain)), exam.Questions.Count(q => q.Question.Domain == domain));
        }

        Assert.Equal(exam.Questions.Count, exam.Questions.Select(q => q.Question.Key).Distinct().Count());
        Assert.Equal(exam.Questions.Count < 65, start.Shortfall is not null);
        Assert.Equal(TimeSpan.FromMinutes(90), exam.TimeLeft);
    }

    [Fact]
    public async Task An_exam_draws_its_domain_3_share_from_the_prose_lecture_note()
    {
        using var harness = await QuizHarness.CreateAsync();
        var start = await harness.Starter.StartExamAsync(Me, seed: 21);
        var exam = (await harness.Attempts.GetAsync(Me, start.AttemptId))!;
        var domains = exam.Questions.Select(q => q.Question.Domain!.Value).Distinct().ToList();

        var third = exam.Questions.Where(q => q.Question.Domain == 3).ToList();
        Assert.Contains(3, domains);
        // Its full share when the note has enough exam questions; otherwise all it has, and the shortfall is reported.
        var share = QuizScoring.DomainAllocation(65, domains)[3];
        Assert.InRange(third.Count, 1, share);
        Assert.Equal(third.Count < share, start.Shortfall is not null);
        Assert.All(third, q => Assert.Equal("domain-3-fm-applications", q.Question.NoteSlug));
        Assert.Contains(third, q => q.Question.Kind == QuestionKind.MultipleChoice);
    }

    [Fact]
    public async Task Retry_my_mistakes_asks_the_questions_whose_latest_answer_was_wrong()
    {
        using var harness = await QuizHarness.CreateAsync();
        var first = await harness.Starter.StartPracticeAsync(Me, FiveChoiceQuestions, "All notes", seed: 21);
        var questions = (await harness.Attempts.GetAsync(Me, first.AttemptId))!.Questions;
        foreach (var q in questions)
        {
            await harness.Attempts.AnswerAsync(Me, first.AttemptId, q.Position, q.Position < 2 ? QuizHarness.Wrong(q.Question) : QuizHarness.Right(q.Question));
        }

        Assert.Equal(2, await harness.Starter.CountMistakesAsync(Me));
        var retry = await harness.Starter.StartRetryAsync(Me, 10, seed: 99);
        var asked = (await harness.Attempts.GetAsync(Me, retry.AttemptId))!;
        Assert.Equal(questions.Take(2).Select(q => q.Question.Key).Order(), asked.Questions.Select(q => q.Question.Key).Order());
        Assert.Equal("Retry my mistakes", asked.ScopeLabel);

        foreach (var q in asked.Questions)
        {
            await harness.Attempts.AnswerAsync(Me, retry.AttemptId, q.Position, QuizHarness.Right(q.Question));
        }

        Assert.Equal(0, await harness.Starter.CountMistakesAsync(Me));
    }
}

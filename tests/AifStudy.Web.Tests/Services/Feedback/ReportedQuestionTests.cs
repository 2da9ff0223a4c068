using AifStudy.Core.Quizzes;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Feedback;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Quizzes;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.Services.Feedback;

public sealed class ReportedQuestionTests
{
    private const int Me = Learner.DefaultId;

    [Fact]
    public async Task A_reported_question_is_never_drawn_into_a_new_practice_quiz_of_any_scope_or_seed()
    {
        using var harness = await QuizHarness.CreateAsync();
        var reports = harness.Review.Services.GetRequiredService<ItemReports>();
        // Every question of one section: a scope of that section has nothing else to ask.
        var all = await harness.Pool.GenerateAsync(StudyScope.All, 1);
        var section = all.GroupBy(q => (q.NoteSlug, q.SectionAnchor)).First(g => g.Count() >= 2);
        foreach (var question in section)
        {
            await reports.ReportQuestionAsync(Me, question, ReportReason.WrongAnswer);
        }

        var reported = section.Select(q => q.Key).ToHashSet();
        foreach (var scope in new[] { StudyScope.All, StudyScope.ForNote(section.Key.NoteSlug), StudyScope.ForSection(section.Key.NoteSlug, section.Key.SectionAnchor) })
        {
            for (var seed = 1; seed <= 5; seed++)
            {
                var start = await harness.Starter.StartPracticeAsync(Me, new QuizSetup(scope, 50, QuizSetup.AllKinds), "test", seed);
                var attempt = start.AttemptId == 0 ? null : await harness.Attempts.GetAsync(Me, start.AttemptId);
                Assert.DoesNotContain(attempt?.Questions ?? [], q => reported.Contains(q.Question.Key));
            }
        }

        var sectionOnly = await harness.Starter.StartPracticeAsync(Me, new QuizSetup(StudyScope.ForSection(section.Key.NoteSlug, section.Key.SectionAnchor), 50, QuizSetup.AllKinds), "test", 1);
        Assert.True(sectionOnly.AttemptId == 0 || (await harness.Attempts.GetAsync(Me, sectionOnly.AttemptId))!.Questions.All(q => q.Question.SectionAnchor != section.Key.SectionAnchor));
    }

    [Fact]
    public async Task A_reported_question_is_never_drawn_into_a_new_exam_and_comes_back_when_restored()
    {
        using var harness = await QuizHarness.CreateAsync();
        var reports = harness.Review.Services.GetRequiredService<ItemReports>();
        var exam = (await harness.Attempts.GetAsync(Me, (await harness.Starter.StartExamAsync(Me, seed: 3)).AttemptId))!;
        var asked = exam.Questions.Take(5).Select(q => q.Question).ToList();
        foreach (var question in asked)
        {
            await reports.ReportQuestionAsync(Me, question, ReportReason.GivesAnswerAway);
        }

        var again = (await harness.Attempts.GetAsync(Me, (await harness.Starter.StartExamAsync(Me, seed: 3)).AttemptId))!;
        Assert.DoesNotContain(again.Questions, q => asked.Any(a => a.Key == q.Question.Key));

        foreach (var report in await reports.ListAsync(Me))
        {
            await reports.RestoreAsync(Me, report.Id);
        }

        var restored = (await harness.Attempts.GetAsync(Me, (await harness.Starter.StartExamAsync(Me, seed: 3)).AttemptId))!;
        Assert.Equal(exam.Questions.Select(q => q.Question.Key), restored.Questions.Select(q => q.Question.Key));
    }

    [Fact]
    public async Task The_indexed_draw_without_reported_questions_equals_picking_from_the_generated_scope_without_them()
    {
        using var harness = await QuizHarness.CreateAsync();
        var all = await harness.Pool.GenerateAsync(StudyScope.All, 4);
        var excluded = all.Where((q, i) => i % 3 == 0).Select(q => q.Key).ToHashSet(StringComparer.Ordinal);

        for (var seed = 1; seed <= 4; seed++)
        {
            var generated = (await harness.Pool.GenerateAsync(StudyScope.All, seed)).Where(q => !excluded.Contains(q.Key)).ToList();
            var drawn = await harness.Pool.DrawAsync(StudyScope.All, QuizSetup.AllKinds, 20, seed, excluded);
            Assert.Equal(QuizSelection.Pick(generated, 20, seed).Select(q => q.Key), drawn.Select(q => q.Key));
        }
    }

    [Fact]
    public async Task Retry_my_mistakes_leaves_out_reported_questions()
    {
        using var harness = await QuizHarness.CreateAsync();
        var reports = harness.Review.Services.GetRequiredService<ItemReports>();
        var start = await harness.Starter.StartPracticeAsync(Me, new QuizSetup(StudyScope.All, 3, QuizSetup.AllKinds), "test", 2);
        var attempt = (await harness.Attempts.GetAsync(Me, start.AttemptId))!;
        foreach (var q in attempt.Questions)
        {
            await harness.Attempts.AnswerAsync(Me, attempt.Id, q.Position, QuizHarness.Wrong(q.Question));
        }

        Assert.Equal(3, await harness.Starter.CountMistakesAsync(Me));
        await reports.ReportQuestionAsync(Me, attempt.Questions[0].Question, ReportReason.Unclear);

        Assert.Equal(2, await harness.Starter.CountMistakesAsync(Me));
        var retry = (await harness.Attempts.GetAsync(Me, (await harness.Starter.StartRetryAsync(Me, 10, 5)).AttemptId))!;
        Assert.DoesNotContain(retry.Questions, q => q.Question.Key == attempt.Questions[0].Question.Key);
    }
}

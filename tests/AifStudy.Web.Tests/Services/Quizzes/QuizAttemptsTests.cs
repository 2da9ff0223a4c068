using AifStudy.Core.Quizzes;
using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Quizzes;
using AifStudy.Web.Tests.TestSupport;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Tests.Services.Quizzes;

public sealed class QuizAttemptsTests
{
    private const int Me = Learner.DefaultId;

    private static readonly QuizSetup FiveChoiceQuestions =
        new(StudyScope.All, 5, new HashSet<QuestionKind> { QuestionKind.MultipleChoice, QuestionKind.TrueFalse });

    [Fact]
    public async Task Practice_answers_persist_as_given_and_the_last_one_ends_and_scores_the_attempt()
    {
        using var harness = await QuizHarness.CreateAsync();
        var start = await harness.Starter.StartPracticeAsync(Me, FiveChoiceQuestions, "All notes", seed: 11);
        Assert.Equal((5, null), (start.QuestionCount, start.Shortfall));
        var attempt = (await harness.Attempts.GetAsync(Me, start.AttemptId))!;
        Assert.All(attempt.Questions, q => Assert.Contains(q.Question.Kind, FiveChoiceQuestions.Kinds));

        for (var i = 0; i < 4; i++)
        {
            var q = attempt.Questions[i].Question;
            Assert.NotNull(await harness.Attempts.AnswerAsync(Me, start.AttemptId, i, i == 1 ? QuizHarness.Wrong(q) : QuizHarness.Right(q)));
        }

        // Answered once: the feedback has been seen, so a second answer is refused.
        Assert.Null(await harness.Attempts.AnswerAsync(Me, start.AttemptId, 1, QuizHarness.Right(attempt.Questions[1].Question)));

        var resumed = (await harness.Restarted().GetAsync(Me, start.AttemptId))!;
        Assert.Equal([true, false, true, true, null], resumed.Questions.Select(q => q.IsCorrect));
        Assert.Equal(QuizHarness.Wrong(attempt.Questions[1].Question).Chosen, resumed.Questions[1].Answer!.Chosen);
        Assert.False(resumed.IsEnded);

        var ended = (await harness.Attempts.AnswerAsync(Me, start.AttemptId, 4, QuizHarness.Right(attempt.Questions[4].Question)))!;
        Assert.True(ended.IsEnded);
        Assert.Equal((4, QuizScoring.ScaledScore(4, 5)), (ended.CorrectCount, ended.Score!.Value));
        var history = await harness.History.ListAsync(Me);
        Assert.Equal((start.AttemptId, 820), (history.Single().Id, history.Single().Score!.Value));
    }

    [Fact]
    public async Task An_interrupted_exam_resumes_with_its_answers_flags_and_the_time_left_on_the_server_clock()
    {
        using var harness = await QuizHarness.CreateAsync();
        var start = await harness.Starter.StartExamAsync(Me, seed: 4);
        var exam = (await harness.Attempts.GetAsync(Me, start.AttemptId))!;
        await harness.Attempts.AnswerAsync(Me, start.AttemptId, 0, QuizHarness.Wrong(exam.Questions[0].Question));
        await harness.Attempts.AnswerAsync(Me, start.AttemptId, 1, QuizHarness.Right(exam.Questions[1].Question));
        Assert.True(await harness.Attempts.FlagAsync(Me, start.AttemptId, 2, flagged: true));

        harness.Clock.Now += TimeSpan.FromMinutes(31);
        var restarted = harness.Restarted();
        Assert.Equal(start.AttemptId, await restarted.FindOpenExamAsync(Me));
        var resumed = (await restarted.GetAsync(Me, start.AttemptId))!;

        Assert.Equal(TimeSpan.FromMinutes(59), resumed.TimeLeft);
        Assert.Equal([false, true, null], resumed.Questions.Take(3).Select(q => q.IsCorrect));
        Assert.Equal([false, false, true], resumed.Questions.Take(3).Select(q => q.IsFlagged));
        Assert.False(resumed.IsEnded);

        // An exam answer can change until submit.
        var changed = (await restarted.AnswerAsync(Me, start.AttemptId, 0, QuizHarness.Right(exam.Questions[0].Question)))!;
        Assert.True(changed.Questions[0].IsCorrect);
    }

    [Fact]
    public async Task An_exam_loaded_after_its_deadline_is_submitted_by_the_server_and_takes_no_more_answers()
    {
        using var harness = await QuizHarness.CreateAsync();
        var start = await harness.Starter.StartExamAsync(Me, seed: 4);
        var exam = (await harness.Attempts.GetAsync(Me, start.AttemptId))!;
        await harness.Attempts.AnswerAsync(Me, start.AttemptId, 0, QuizHarness.Right(exam.Questions[0].Question));

        harness.Clock.Now += TimeSpan.FromMinutes(95);
        Assert.Null(await harness.Attempts.AnswerAsync(Me, start.AttemptId, 1, QuizHarness.Right(exam.Questions[1].Question)));
        Assert.Null(await harness.Attempts.FindOpenExamAsync(Me));
        var ended = (await harness.Restarted().GetAsync(Me, start.AttemptId))!;

        Assert.True(ended.AutoSubmitted);
        Assert.Equal(exam.Deadline, ended.EndedAt);
        Assert.Equal((1, QuizScoring.ScaledScore(1, exam.Questions.Count)), (ended.CorrectCount, ended.Score!.Value));
        Assert.False(await harness.Attempts.FlagAsync(Me, start.AttemptId, 3, flagged: true));
    }

    [Fact]
    public async Task A_wrong_answer_makes_the_studied_cards_of_its_section_due_now()
    {
        using var harness = await QuizHarness.CreateAsync();
        var setup = new QuizSetup(StudyScope.All, 200, QuizSetup.AllKinds);
        var start = await harness.Starter.StartPracticeAsync(Me, setup, "All notes", seed: 2);
        var attempt = (await harness.Attempts.GetAsync(Me, start.AttemptId))!;
        int cardId;
        int other;
        AttemptQuestionView target;
        await using (var db = harness.Database.CreateDbContext())
        {
            var cards = await db.Cards.Select(c => new { c.Id, c.NoteSlug, c.SectionAnchor }).ToListAsync();
            target = attempt.Questions.First(q => cards.Any(c => c.NoteSlug == q.Question.NoteSlug && c.SectionAnchor == q.Question.SectionAnchor));
            cardId = cards.First(c => c.NoteSlug == target.Question.NoteSlug && c.SectionAnchor == target.Question.SectionAnchor).Id;
            other = cards.First(c => c.SectionAnchor != target.Question.SectionAnchor).Id;
        }

        await harness.Review.Recorder.RateAsync(Me, cardId, Rating.Easy);
        await harness.Review.Recorder.RateAsync(Me, other, Rating.Easy);
        harness.Clock.Now += TimeSpan.FromHours(1);

        await harness.Attempts.AnswerAsync(Me, start.AttemptId, target.Position, QuizHarness.Wrong(target.Question));

        await using var check = harness.Database.CreateDbContext();
        var due = await check.CardProgress.Where(p => p.LearnerId == Me).ToDictionaryAsync(p => p.CardId, p => p.Due);
        Assert.Equal(harness.Clock.Now, due[cardId]);
        Assert.True(due[other] > harness.Clock.Now);
        Assert.Equal(cardId, (await harness.Review.Queue.NextAsync(Me, StudyScope.All))!.CardId);
    }
}

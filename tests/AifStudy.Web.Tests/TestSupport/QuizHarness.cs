using AifStudy.Core.Quizzes;
using AifStudy.Tests.Shared;
using AifStudy.Web.Services.Quizzes;
using Microsoft.Extensions.DependencyInjection;

namespace AifStudy.Web.Tests.TestSupport;

/// <summary>A <see cref="ReviewHarness"/> (imported content, clock) with the quiz services wired to it.</summary>
internal sealed class QuizHarness : IDisposable
{
    private QuizHarness(ReviewHarness review) => Review = review;

    public ReviewHarness Review { get; }

    public QuestionPool Pool => Review.Services.GetRequiredService<QuestionPool>();

    public QuizStarter Starter => Review.Services.GetRequiredService<QuizStarter>();

    public QuizAttempts Attempts => Review.Services.GetRequiredService<QuizAttempts>();

    public QuizHistoryService History => Review.Services.GetRequiredService<QuizHistoryService>();

    public ManualTimeProvider Clock => Review.Clock;

    public SqliteTestDatabase Database => Review.Database;

    public static async Task<QuizHarness> CreateAsync() => new(await ReviewHarness.CreateAsync());

    /// <summary>Fresh attempts over the same database and clock, as after a restart or a new circuit.</summary>
    public QuizAttempts Restarted() => new(Review.Database, Review.Clock);

    public static QuizAnswer Right(QuizQuestion question) =>
        question.Kind == QuestionKind.Cloze ? QuizAnswer.Text(question.AcceptedAnswers[0]) : new QuizAnswer(question.CorrectIndexes);

    public static QuizAnswer Wrong(QuizQuestion question) => question.Kind switch
    {
        QuestionKind.Cloze => QuizAnswer.Text("not the term"),
        QuestionKind.MultipleChoice or QuestionKind.TrueFalse =>
            new QuizAnswer([Enumerable.Range(0, question.Options.Count).First(i => i != question.CorrectIndexes[0])]),
        // Multiple response is marked as a set: swap one right option for a wrong one (reversing would still be right).
        QuestionKind.MultipleResponse =>
            new QuizAnswer([.. question.CorrectIndexes.Skip(1), Enumerable.Range(0, question.Options.Count).First(i => !question.CorrectIndexes.Contains(i))]),
        _ => new QuizAnswer([.. question.CorrectIndexes.Reverse()]),
    };

    public void Dispose() => Review.Dispose();
}

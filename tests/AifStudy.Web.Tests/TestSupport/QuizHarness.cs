using AifStudy.Core.Quizzes;
using AifStudy.Tests.Shared;
using AifStudy.Web.Services.Quizzes;

namespace AifStudy.Web.Tests.TestSupport;

/// <summary>A <see cref="ReviewHarness"/> (imported content, clock) with the quiz services wired to it.</summary>
internal sealed class QuizHarness : IDisposable
{
    private QuizHarness(ReviewHarness review)
    {
        Review = review;
        Pool = new QuestionPool(review.Database);
        Quizzes = new QuizService(review.Database, Pool, review.Clock);
        History = new QuizHistoryService(review.Database);
    }

    public ReviewHarness Review { get; }

    public QuestionPool Pool { get; }

    public QuizService Quizzes { get; }

    public QuizHistoryService History { get; }

    public ManualTimeProvider Clock => Review.Clock;

    public SqliteTestDatabase Database => Review.Database;

    public static async Task<QuizHarness> CreateAsync() => new(await ReviewHarness.CreateAsync());

    /// <summary>A fresh service over the same database and clock, as after a restart or a new circuit.</summary>
    public QuizService Restarted() => new(Review.Database, new QuestionPool(Review.Database), Review.Clock);

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

    public void Dispose()
    {
        Quizzes.Dispose();
        Review.Dispose();
    }
}

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

    public static QuizAnswer Right(QuizQuestion question) => QuizAnswers.Right(question);

    public static QuizAnswer Wrong(QuizQuestion question) => QuizAnswers.Wrong(question);

    public void Dispose() => Review.Dispose();
}

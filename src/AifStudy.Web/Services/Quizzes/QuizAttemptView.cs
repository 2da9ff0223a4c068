using AifStudy.Core.Quizzes;
using AifStudy.Web.Data;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>
/// An attempt as a page shows it. <see cref="TimeLeft"/> is measured on the server's clock when the view was loaded.
/// </summary>
public sealed record QuizAttemptView(
    int Id,
    QuizMode Mode,
    string ScopeLabel,
    DateTimeOffset StartedAt,
    DateTimeOffset? Deadline,
    DateTimeOffset? EndedAt,
    bool AutoSubmitted,
    int? Score,
    int CorrectCount,
    string? Shortfall,
    IReadOnlyList<AttemptQuestionView> Questions,
    TimeSpan? TimeLeft)
{
    public bool IsEnded => EndedAt is not null;

    public bool Passed => Score is { } score && QuizScoring.Passes(score);

    public int AnsweredCount => Questions.Count(q => q.IsAnswered);

    /// <summary>Right answers per domain, domains in order.</summary>
    public IReadOnlyList<DomainResult> DomainResults =>
        [.. Questions.GroupBy(q => q.Question.Domain).OrderBy(g => g.Key ?? int.MaxValue)
            .Select(g => new DomainResult(g.Key, g.Count(q => q.IsCorrect == true), g.Count()))];
}

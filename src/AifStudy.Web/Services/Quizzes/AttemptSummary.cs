using AifStudy.Core.Quizzes;
using AifStudy.Web.Data;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>One row of the history page.</summary>
public sealed record AttemptSummary(
    int Id, QuizMode Mode, string ScopeLabel, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, int? Score, int CorrectCount, int QuestionCount, bool AutoSubmitted)
{
    public bool IsEnded => EndedAt is not null;

    public bool Passed => Score is { } score && QuizScoring.Passes(score);
}

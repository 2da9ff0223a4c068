using AifStudy.Web.Data;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>The score (100..1000) of one finished attempt.</summary>
public sealed record ScorePoint(int AttemptId, DateTimeOffset At, QuizMode Mode, int Score);

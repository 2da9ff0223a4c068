namespace AifStudy.Web.Services.Quizzes;

/// <summary>For a dashboard: finished attempts' scores oldest first, and the latest score per AIF-C01 domain.</summary>
public sealed record QuizTrend(IReadOnlyList<ScorePoint> Scores, IReadOnlyList<DomainScore> LastByDomain);

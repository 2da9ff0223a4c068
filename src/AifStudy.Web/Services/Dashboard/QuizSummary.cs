namespace AifStudy.Web.Services.Dashboard;

/// <summary>What the dashboard shows of a learner's quizzes.</summary>
/// <param name="LastScores">The latest finished quiz per domain (<see cref="DomainQuizScore.Domain"/> null for quizzes over several domains).</param>
/// <param name="Trend">Finished quizzes oldest first, at most the last <see cref="TrendLength"/>.</param>
public sealed record QuizSummary(IReadOnlyList<DomainQuizScore> LastScores, IReadOnlyList<QuizTrendPoint> Trend)
{
    public const int TrendLength = 20;

    public static QuizSummary Empty { get; } = new([], []);
}

/// <summary>A domain's last quiz score, 0..100.</summary>
public sealed record DomainQuizScore(int? Domain, double Percent, DateTimeOffset TakenAt);

/// <summary>One finished quiz in the trend: when, its score (0..100) and an optional label such as the note or domain.</summary>
public sealed record QuizTrendPoint(DateTimeOffset TakenAt, double Percent, string? Label = null);

using AifStudy.Web.Services.Dashboard;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>Feeds the dashboard's quiz panels from stored attempts: last result per domain and the score trend.</summary>
public sealed class QuizSummarySource(QuizHistoryService history) : IQuizSummarySource
{
    public async Task<QuizSummary> GetAsync(int learnerId, CancellationToken cancellationToken = default)
    {
        var trend = await history.GetTrendAsync(learnerId, cancellationToken);
        var last = trend.LastByDomain
            .Select(d => new DomainQuizScore(d.Domain, Percent(d.Correct, d.Total), d.At))
            .ToList();
        var points = trend.Scores
            .TakeLast(QuizSummary.TrendLength)
            .Select(s => new QuizTrendPoint(s.At, ScaledToPercent(s.Score), s.Mode.ToString()))
            .ToList();
        return new QuizSummary(last, points);
    }

    private static double Percent(int correct, int total) => total == 0 ? 0 : 100.0 * correct / total;

    // Scores are scaled 100..1000 (QuizScoring.ScaledScore); the dashboard plots the share right.
    private static double ScaledToPercent(int score) => Math.Clamp((score - 100) / 9.0, 0, 100);
}

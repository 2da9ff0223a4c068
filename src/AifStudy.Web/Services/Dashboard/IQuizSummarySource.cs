namespace AifStudy.Web.Services.Dashboard;

/// <summary>
/// Quiz results on the dashboard: the last score per AIF-C01 domain and the score trend.
/// <see cref="Quizzes.QuizSummarySource"/> reads them from the stored attempts; tests put fixed results in its place.
/// </summary>
public interface IQuizSummarySource
{
    Task<QuizSummary> GetAsync(int learnerId, CancellationToken cancellationToken = default);
}

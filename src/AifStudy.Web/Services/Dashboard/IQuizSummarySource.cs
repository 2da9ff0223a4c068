namespace AifStudy.Web.Services.Dashboard;

/// <summary>
/// Seam for quiz results on the dashboard: the last score per AIF-C01 domain and the score trend. Quiz persistence
/// implements this; until then <see cref="NoQuizSummarySource"/> reports no quizzes and the dashboard says so.
/// </summary>
public interface IQuizSummarySource
{
    Task<QuizSummary> GetAsync(int learnerId, CancellationToken cancellationToken = default);
}

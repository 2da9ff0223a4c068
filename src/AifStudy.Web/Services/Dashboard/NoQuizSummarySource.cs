namespace AifStudy.Web.Services.Dashboard;

/// <summary>Stands in until quiz results are stored: there are no quizzes yet.</summary>
public sealed class NoQuizSummarySource : IQuizSummarySource
{
    public Task<QuizSummary> GetAsync(int learnerId, CancellationToken cancellationToken = default) => Task.FromResult(QuizSummary.Empty);
}

using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Reading;

namespace AifStudy.Web.Services.Dashboard;

/// <summary>Everything the home page shows about a learner's progress. Plain data, so it persists from prerendering.</summary>
/// <param name="Today">The learner's local day.</param>
/// <param name="Domains">The five domains in exam order, then "Unassigned" when some notes have no domain.</param>
/// <param name="NoteProgress">Reading progress by note slug.</param>
/// <param name="ContinueReading">The section read last, or null before any.</param>
/// <param name="Queue">Cards waiting for review now.</param>
/// <param name="Streak">Days in a row with reviews.</param>
/// <param name="ReviewsPerDay">Reviews on each of the last 365 days that had any.</param>
/// <param name="Quizzes">Quiz scores from the <see cref="IQuizSummarySource"/>.</param>
public sealed record DashboardData(
    DateOnly Today,
    IReadOnlyList<DomainDashboard> Domains,
    IReadOnlyDictionary<string, NoteProgress> NoteProgress,
    LastRead? ContinueReading,
    QueueCounts Queue,
    StudyStreak Streak,
    IReadOnlyDictionary<DateOnly, int> ReviewsPerDay,
    QuizSummary Quizzes)
{
    public NoteProgress ProgressOf(string slug) => NoteProgress.GetValueOrDefault(slug) ?? Reading.NoteProgress.None;
}

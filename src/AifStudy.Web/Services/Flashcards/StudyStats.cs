namespace AifStudy.Web.Services.Flashcards;

/// <summary>Statistics of one learner over one scope. Days are local days (see <c>LocalDays</c>: the server's time zone).</summary>
/// <param name="DueToday">Cards due by the end of today (overdue included), suspended and retired cards left out.</param>
/// <param name="Counts">Active cards by state.</param>
/// <param name="Forecast">Cards falling due on each of the next 30 days; [0] is today and includes overdue cards.</param>
/// <param name="ReviewsPerDay">Reviews on each of the last 365 days that had any.</param>
/// <param name="TrueRetention">Share of the last 365 days' reviews of Review-state cards answered Hard or better; null when there were none.</param>
/// <param name="RetentionReviews">How many reviews <paramref name="TrueRetention"/> is based on.</param>
public sealed record StudyStats(
    int DueToday,
    StateCounts Counts,
    IReadOnlyList<int> Forecast,
    IReadOnlyDictionary<DateOnly, int> ReviewsPerDay,
    double? TrueRetention,
    int RetentionReviews);

/// <summary>Active cards by state. <paramref name="Mature"/> (Review with stability ≥ 21 days) is part of <paramref name="Review"/>.</summary>
public sealed record StateCounts(int New, int Learning, int Review, int Relearning, int Mature, int Suspended)
{
    public int Total => New + Learning + Review + Relearning;
}

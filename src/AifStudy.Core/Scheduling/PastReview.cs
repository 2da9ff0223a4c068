namespace AifStudy.Core.Scheduling;

/// <summary>One review of a card's history, for replaying its memory state.</summary>
/// <param name="Rating">The answer given.</param>
/// <param name="DaysSincePrevious">Whole days since the review before it (0 for the first, or the same day).</param>
public sealed record PastReview(Rating Rating, int DaysSincePrevious);

namespace AifStudy.Web.Api.Review;

/// <summary>A recorded review: its id, and the card's new version and schedule.</summary>
public sealed record ApiReviewRecorded(long ReviewId, int CardId, int Version, string State, DateTimeOffset Due, int ScheduledDays)
{
    /// <summary>True when this answer made the card a leech: it lapsed as often as the learner's threshold and is now suspended.</summary>
    public bool BecameLeech { get; init; }
}

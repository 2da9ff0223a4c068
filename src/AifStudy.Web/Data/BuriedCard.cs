namespace AifStudy.Web.Data;

/// <summary>
/// A card waiting for tomorrow because a sibling (same note and subject) was reviewed today, as Anki buries siblings
/// at answer time. Written by the review that buried it, removed with that review's log (undo), ignored once past
/// <see cref="Until"/>.
/// </summary>
public sealed class BuriedCard
{
    public int LearnerId { get; set; }

    public int CardId { get; set; }

    /// <summary>The review that buried it.</summary>
    public long ReviewLogId { get; set; }

    /// <summary>The start of the learner's next local day after that review.</summary>
    public DateTimeOffset Until { get; set; }
}

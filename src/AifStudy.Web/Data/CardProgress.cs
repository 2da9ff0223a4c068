using AifStudy.Core.Scheduling;

namespace AifStudy.Web.Data;

/// <summary>
/// One learner's scheduling state of one card. No row means the card is New for that learner; a row in state
/// New exists only to hold <see cref="IsSuspended"/> for a card never reviewed.
/// </summary>
public sealed class CardProgress
{
    public int LearnerId { get; set; }

    public int CardId { get; set; }

    public Card? Card { get; set; }

    public CardState State { get; set; }

    public int? Step { get; set; }

    public double? Stability { get; set; }

    public double? Difficulty { get; set; }

    public DateTimeOffset Due { get; set; }

    public DateTimeOffset? LastReview { get; set; }

    public int Reps { get; set; }

    public int Lapses { get; set; }

    public bool IsSuspended { get; set; }

    /// <summary>Tagged a leech: it lapsed as often as the learner's leech threshold (it was suspended then).</summary>
    public bool IsLeech { get; set; }
}

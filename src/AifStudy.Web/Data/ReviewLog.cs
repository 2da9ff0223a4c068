using AifStudy.Core.Scheduling;

namespace AifStudy.Web.Data;

/// <summary>One answer to one card, with the card's state before it so that the review can be undone exactly.</summary>
public sealed class ReviewLog
{
    public long Id { get; set; }

    public int LearnerId { get; set; }

    public int CardId { get; set; }

    public DateTimeOffset ReviewedAt { get; set; }

    /// <summary>The <see cref="Core.Scheduling.Rating"/> as its number (1 Again .. 4 Easy).</summary>
    public int Rating { get; set; }

    public CardState StateBefore { get; set; }

    public CardState StateAfter { get; set; }

    public int ElapsedDays { get; set; }

    public int ScheduledDays { get; set; }

    public double? StabilityAfter { get; set; }

    public double? DifficultyAfter { get; set; }

    /// <summary>True when the card had no progress row before this review (undo deletes the row).</summary>
    public bool WasNew { get; set; }

    public int? StepBefore { get; set; }

    public double? StabilityBefore { get; set; }

    public double? DifficultyBefore { get; set; }

    public DateTimeOffset DueBefore { get; set; }

    public DateTimeOffset? LastReviewBefore { get; set; }
}

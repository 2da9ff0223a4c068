namespace AifStudy.Core.Scheduling;

/// <summary>What a review does to a card.</summary>
/// <param name="After">The card's scheduling state after the review.</param>
/// <param name="ScheduledDays">Whole days until the card is due; 0 for a learning step shorter than a day.</param>
/// <param name="Interval">Time from the review to the new due time.</param>
/// <param name="ElapsedDays">Whole days since the card's previous review (0 for a new card).</param>
public sealed record ReviewOutcome(SchedulingState After, int ScheduledDays, TimeSpan Interval, int ElapsedDays);

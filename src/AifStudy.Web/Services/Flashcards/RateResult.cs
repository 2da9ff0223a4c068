using AifStudy.Core.Scheduling;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>What became of a rating.</summary>
/// <param name="Version">The card's progress version now: after the review when recorded, the current one when not.</param>
/// <param name="ReviewLogId">The stored review's id (0 when nothing was recorded).</param>
/// <param name="Outcome">The scheduler's result when recorded.</param>
public sealed record RateResult(RateStatus Status, int Version, long ReviewLogId = 0, ReviewOutcome? Outcome = null)
{
    /// <summary>True when this answer's lapse made the card a leech (it is now tagged and suspended).</summary>
    public bool BecameLeech { get; init; }
}

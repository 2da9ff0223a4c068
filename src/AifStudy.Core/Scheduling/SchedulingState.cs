namespace AifStudy.Core.Scheduling;

/// <summary>Everything the scheduler needs to know about one card; persist it as is.</summary>
/// <param name="State">The lifecycle state.</param>
/// <param name="Step">The learning or relearning step, or <see langword="null"/> outside the steps.</param>
/// <param name="Stability">FSRS stability in days, or <see langword="null"/> before the first review.</param>
/// <param name="Difficulty">FSRS difficulty in [1, 10], or <see langword="null"/> before the first review.</param>
/// <param name="Due">When the card is next due.</param>
/// <param name="LastReview">When the card was last reviewed, or <see langword="null"/> if never.</param>
public sealed record SchedulingState(
    CardState State,
    int? Step,
    double? Stability,
    double? Difficulty,
    DateTimeOffset Due,
    DateTimeOffset? LastReview)
{
    /// <summary>A card never reviewed, due at once.</summary>
    /// <param name="now">The card's creation time, which is also its first due time.</param>
    public static SchedulingState New(DateTimeOffset now) => new(CardState.New, 0, null, null, now, null);

    /// <summary>The card's memory, or <see langword="null"/> before its first review.</summary>
    public MemoryState? Memory => Stability is { } s && Difficulty is { } d ? new MemoryState(s, d) : null;
}

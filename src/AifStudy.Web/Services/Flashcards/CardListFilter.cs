using AifStudy.Core.Flashcards;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>Which of a learner's cards the deck browser lists, and in what order.</summary>
/// <param name="Search">Text the front, back or section path contains; null for any.</param>
/// <param name="State">Only cards in this state; null for any.</param>
/// <param name="Kind">Only cards of this kind; null for any.</param>
/// <param name="Sort">The order of the list.</param>
public sealed record CardListFilter(string? Search = null, CardListState? State = null, CardKind? Kind = null, CardListSort Sort = CardListSort.Note)
{
    /// <summary>Every card, in note order.</summary>
    public static CardListFilter All { get; } = new();
}

/// <summary>A state the deck browser filters by: the scheduler's states, and suspended cards and leeches.</summary>
public enum CardListState
{
    New,
    Learning,
    Review,
    Relearning,
    Suspended,
    Leech,
}

/// <summary>The deck browser's orders.</summary>
public enum CardListSort
{
    /// <summary>As the notes list them.</summary>
    Note,

    /// <summary>Soonest due first; new cards last.</summary>
    Due,

    /// <summary>Most lapses first.</summary>
    Lapses,

    /// <summary>Least stable first (the ones closest to being forgotten).</summary>
    Stability,
}

/// <summary>One review of a card, as the card's info lists it.</summary>
/// <param name="ReviewedAt">When it was answered.</param>
/// <param name="Rating">The answer (Again, Hard, Good, Easy).</param>
/// <param name="StateBefore">The card's state before it.</param>
/// <param name="ScheduledDays">The interval it set, in days (0 for a step within the day).</param>
/// <param name="StabilityAfter">The memory's stability after it, in days.</param>
public sealed record CardReviewEntry(DateTimeOffset ReviewedAt, Core.Scheduling.Rating Rating, Core.Scheduling.CardState StateBefore, int ScheduledDays, double? StabilityAfter);

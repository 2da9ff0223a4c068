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

    /// <summary>Whether the filter narrows the cards at all (text, state or kind; the order aside).</summary>
    public bool Narrows => !string.IsNullOrWhiteSpace(Search) || State is not null || Kind is not null;

    /// <summary>Reads <c>?state=</c> (new, learning, review, relearning, suspended, leech; any case); null for anything else.</summary>
    public static CardListState? ParseState(string? text) =>
        Enum.TryParse<CardListState>(text, ignoreCase: true, out var state) && Enum.IsDefined(state) && !int.TryParse(text, out _) ? state : null;

    /// <summary>Reads <c>?kind=</c> (a card kind's name; any case); null for anything else.</summary>
    public static CardKind? ParseKind(string? text) =>
        Enum.TryParse<CardKind>(text, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !int.TryParse(text, out _) ? kind : null;

    /// <summary>The text, state and kind as query parameters (<c>q=…&amp;state=…&amp;kind=…</c>), for a link.</summary>
    public string ToQuery() => string.Join('&', new[]
    {
        string.IsNullOrWhiteSpace(Search) ? null : "q=" + Uri.EscapeDataString(Search.Trim()),
        State is { } state ? "state=" + state.ToString().ToLowerInvariant() : null,
        Kind is { } kind ? "kind=" + kind : null,
    }.Where(p => p is not null));

    /// <summary>In words, for a heading: "matching “attention” · leeches · TermDefinition cards".</summary>
    public string Describe() => string.Join(" · ", new[]
    {
        string.IsNullOrWhiteSpace(Search) ? null : $"matching “{Search.Trim()}”",
        State switch
        {
            null => null,
            CardListState.Leech => "leeches",
            CardListState.Suspended => "suspended",
            { } state => state.ToString().ToLowerInvariant(),
        },
        Kind is { } kind ? $"{kind} cards" : null,
    }.Where(p => p is not null));
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

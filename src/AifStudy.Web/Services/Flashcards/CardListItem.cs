using AifStudy.Core.Flashcards;
using AifStudy.Core.Scheduling;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>
/// A row of the deck browser. <paramref name="State"/> is New and <paramref name="Due"/> null for a card never reviewed.
/// <paramref name="Front"/> and <paramref name="Back"/> are the learner's edit when <paramref name="IsEdited"/>;
/// <paramref name="EditNeedsCheck"/> says the card's generated text changed since.
/// </summary>
public sealed record CardListItem(
    int CardId,
    CardKind Kind,
    string Front,
    string Back,
    string SectionPathText,
    CardState State,
    DateTimeOffset? Due,
    double? Stability,
    bool IsSuspended,
    bool IsRetired,
    bool IsEdited,
    bool EditNeedsCheck)
{
    /// <summary>Tagged a leech: it lapsed as often as the learner's leech threshold.</summary>
    public bool IsLeech { get; init; }

    /// <summary>How often the learner forgot it after learning it.</summary>
    public int Lapses { get; init; }
}

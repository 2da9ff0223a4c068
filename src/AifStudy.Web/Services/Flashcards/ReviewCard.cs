using AifStudy.Core.Flashcards;
using AifStudy.Core.Scheduling;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>A card to show in a review session (in the learner's wording when they edited it), with what each answer button would do.</summary>
/// <param name="Progress">The card's scheduling state now (<see cref="SchedulingState.New"/> for a new card).</param>
/// <param name="IntervalLabels">The interval each rating leads to, formatted for the buttons ("1m", "10m", "4d").</param>
public sealed record ReviewCard(
    int CardId,
    CardKind Kind,
    string Front,
    string Back,
    string NoteSlug,
    string? NoteTitle,
    string SectionAnchor,
    string SectionPathText,
    SchedulingState Progress,
    bool IsNew,
    IReadOnlyDictionary<Rating, string> IntervalLabels)
{
    /// <summary>
    /// How many reviews the learner's progress on this card holds (0 for a new card). A rating made against this version
    /// (<see cref="ReviewRecorder.RateOnceAsync"/>) is recorded only while it is still current, so a retried request cannot log twice.
    /// </summary>
    public int Version { get; init; }

    /// <summary>True when <see cref="Front"/> and <see cref="Back"/> are the learner's own edit of the card.</summary>
    public bool IsEdited { get; init; }

    /// <summary>True when the card's generated text changed since the learner's edit (a second look is due).</summary>
    public bool EditNeedsCheck { get; init; }
}

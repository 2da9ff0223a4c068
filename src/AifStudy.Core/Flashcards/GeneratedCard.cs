namespace AifStudy.Core.Flashcards;

/// <summary>A flashcard generated from a note. Front and back are markdown, meant to be rendered.</summary>
public sealed record GeneratedCard
{
    /// <summary>What the card asks.</summary>
    public required CardKind Kind { get; init; }

    /// <summary>The question side, as markdown.</summary>
    public required string Front { get; init; }

    /// <summary>The answer side, as markdown.</summary>
    public required string Back { get; init; }

    /// <summary>Anchor of the section the card came from, for a "see in note" link.</summary>
    public required string SectionAnchor { get; init; }

    /// <summary>Titles from the top-level section down to the card's section.</summary>
    public required IReadOnlyList<string> SectionPath { get; init; }

    /// <summary>
    /// Stable identity: the same for the same kind, note, section path and subject, whatever else changed in the
    /// note. See <see cref="CardKey"/> and docs/flashcards.md.
    /// </summary>
    public required string Key { get; init; }

    /// <summary>What the card is about: the term, the list's label, the blanked sentence, the question, the English sentence.</summary>
    public required string Subject { get; init; }
}

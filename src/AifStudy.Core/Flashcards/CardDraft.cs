using AifStudy.Core.Notes;

namespace AifStudy.Core.Flashcards;

/// <summary>A card before the rules run and before it gets its key.</summary>
internal sealed record CardDraft(CardKind Kind, string Front, string Back, NoteSection Section, string Subject)
{
    /// <summary>What the front names besides the subject so that it stands alone (a parent item, the section), or null.</summary>
    public string? Context { get; init; }
}

using AifStudy.Core.Flashcards;

namespace AifStudy.Web.Data;

/// <summary>
/// A flashcard generated from a note. Cards are never deleted: when their source goes away they are retired
/// (<see cref="RetiredAt"/>), so that review history survives edits, renames and removed notes.
/// </summary>
public sealed class Card
{
    public int Id { get; set; }

    /// <summary>The generator's stable identity (<see cref="GeneratedCard.Key"/>, 16 hex digits, unique).</summary>
    public required string Key { get; set; }

    /// <summary>The note the card comes from; null once that note is gone (the card is then retired).</summary>
    public int? NoteId { get; set; }

    public Note? Note { get; set; }

    /// <summary>Slug of the source note, kept after the note is removed.</summary>
    public required string NoteSlug { get; set; }

    /// <summary>AIF-C01 domain of the source note, or null when unknown.</summary>
    public int? Domain { get; set; }

    public CardKind Kind { get; set; }

    /// <summary>Question side, markdown.</summary>
    public required string Front { get; set; }

    /// <summary>Answer side, markdown.</summary>
    public required string Back { get; set; }

    public required string Subject { get; set; }

    public required string SectionAnchor { get; set; }

    /// <summary>Section titles joined with " › ".</summary>
    public required string SectionPathText { get; set; }

    /// <summary>Order within the note (the generator's order).</summary>
    public int Position { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>When the card's source disappeared; null while the card is active.</summary>
    public DateTimeOffset? RetiredAt { get; set; }
}

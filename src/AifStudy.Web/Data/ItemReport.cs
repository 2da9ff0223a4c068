namespace AifStudy.Web.Data;

/// <summary>
/// A card or question a learner reported as a problem. While it is not restored the item is hidden from that learner:
/// a card never comes up for review nor in the deck browser, a question is never drawn into a quiz or exam. Rows are
/// kept when restored (<see cref="RestoredAt"/>), so a report made again reopens the same row.
/// </summary>
public sealed class ItemReport
{
    public int Id { get; set; }

    public int LearnerId { get; set; }

    public ReportedItemKind Kind { get; set; }

    /// <summary>The card's or question's stable key (<c>CardKey</c>, <c>QuizKey</c>: 16 hex digits).</summary>
    public required string ItemKey { get; set; }

    /// <summary>
    /// For a card, the stored card: its id survives a re-import that gives the card a new key (a reworded card taken
    /// over by <c>CardSync</c>), so the card stays hidden. Null for a question.
    /// </summary>
    public int? CardId { get; set; }

    /// <summary>Slug of the item's note, to show and link where it came from.</summary>
    public required string NoteSlug { get; set; }

    public required string SectionAnchor { get; set; }

    /// <summary>The card's front or the question's prompt as reported, so the list can name items no longer generated.</summary>
    public required string Label { get; set; }

    public ReportReason Reason { get; set; }

    public string? Comment { get; set; }

    public DateTimeOffset ReportedAt { get; set; }

    /// <summary>When the learner restored the item; null while it is hidden.</summary>
    public DateTimeOffset? RestoredAt { get; set; }
}

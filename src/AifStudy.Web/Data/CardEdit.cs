namespace AifStudy.Web.Data;

/// <summary>
/// A learner's own wording of a card's front and back, shown instead of the generated text. It records the generated
/// sides it was made against (<see cref="SourceFront"/>, <see cref="SourceBack"/>): while a re-import leaves them as
/// they were the edit simply stands; once the card's generated text differs the edit is flagged for a second look
/// (and still shown), until the learner keeps it against the new text or reverts it.
/// </summary>
public sealed class CardEdit
{
    public int LearnerId { get; set; }

    public int CardId { get; set; }

    public Card? Card { get; set; }

    /// <summary>The learner's front, markdown.</summary>
    public required string Front { get; set; }

    /// <summary>The learner's back, markdown.</summary>
    public required string Back { get; set; }

    /// <summary>The card's generated front when the edit was made (or last kept).</summary>
    public required string SourceFront { get; set; }

    /// <summary>The card's generated back when the edit was made (or last kept).</summary>
    public required string SourceBack { get; set; }

    public DateTimeOffset EditedAt { get; set; }
}

namespace AifStudy.Web.Services.Feedback;

/// <summary>
/// A card's sides for one learner: their edit when they made one, else the generated text. <see cref="NeedsCheck"/>
/// is true when the card's generated text changed since the edit was made (a re-import changed its source).
/// </summary>
public sealed record CardText(int CardId, string Front, string Back, string GeneratedFront, string GeneratedBack, bool IsEdited, bool NeedsCheck)
{
    public static CardText Generated(int cardId, string front, string back) => new(cardId, front, back, front, back, false, false);
}

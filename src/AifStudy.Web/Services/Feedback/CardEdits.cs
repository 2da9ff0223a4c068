using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Feedback;

/// <summary>
/// A learner's own wording of cards. An edit keeps the generated sides it was made against, so nothing needs to run at
/// import: an edit whose card still generates that text stands, one whose card now generates other text is shown but
/// flagged (<see cref="CardText.NeedsCheck"/>) until the learner keeps it (<see cref="KeepAsync"/>) or reverts it.
/// </summary>
public sealed class CardEdits(IDbContextFactory<StudyDbContext> dbFactory, TimeProvider time)
{
    /// <summary>The card's sides for the learner; null when there is no such card.</summary>
    public async Task<CardText?> GetAsync(int learnerId, int cardId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var card = await db.Cards.AsNoTracking().Where(c => c.Id == cardId).Select(c => new { c.Front, c.Back }).SingleOrDefaultAsync(cancellationToken);
        if (card is null)
        {
            return null;
        }

        var edit = await db.CardEdits.AsNoTracking().SingleOrDefaultAsync(e => e.LearnerId == learnerId && e.CardId == cardId, cancellationToken);
        return Apply(cardId, card.Front, card.Back, edit);
    }

    /// <summary>
    /// The learner's sides of each of <paramref name="cards"/> (card id, generated front, generated back) that they edited;
    /// cards they did not edit are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<int, CardText>> EditedAsync(int learnerId, IReadOnlyCollection<(int CardId, string Front, string Back)> cards, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cards);
        var ids = cards.Select(c => c.CardId).ToList();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var edits = await db.CardEdits.AsNoTracking().Where(e => e.LearnerId == learnerId && ids.Contains(e.CardId)).ToDictionaryAsync(e => e.CardId, cancellationToken);
        return cards.Where(c => edits.ContainsKey(c.CardId)).ToDictionary(c => c.CardId, c => Apply(c.CardId, c.Front, c.Back, edits[c.CardId]));
    }

    /// <summary>
    /// Stores the learner's sides of a card, made against its generated text as it is now. Sides equal to the generated
    /// ones remove the edit. False when there is no such card or a side is empty.
    /// </summary>
    public async Task<bool> SaveAsync(int learnerId, int cardId, string front, string back, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(front);
        ArgumentNullException.ThrowIfNull(back);
        (front, back) = (front.Trim(), back.Trim());
        if (front.Length == 0 || back.Length == 0)
        {
            return false;
        }

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var card = await db.Cards.AsNoTracking().Where(c => c.Id == cardId).Select(c => new { c.Front, c.Back }).SingleOrDefaultAsync(cancellationToken);
        if (card is null)
        {
            return false;
        }

        var edit = await db.CardEdits.SingleOrDefaultAsync(e => e.LearnerId == learnerId && e.CardId == cardId, cancellationToken);
        if (front == card.Front && back == card.Back)
        {
            if (edit is not null)
            {
                db.CardEdits.Remove(edit);
            }
        }
        else
        {
            if (edit is null)
            {
                edit = new CardEdit { LearnerId = learnerId, CardId = cardId, Front = front, Back = back, SourceFront = card.Front, SourceBack = card.Back };
                db.CardEdits.Add(edit);
            }

            (edit.Front, edit.Back, edit.SourceFront, edit.SourceBack, edit.EditedAt) = (front, back, card.Front, card.Back, time.GetUtcNow());
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Keeps the learner's edit against the card's generated text as it is now, which clears the flag.</summary>
    public async Task<bool> KeepAsync(int learnerId, int cardId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var edit = await db.CardEdits.Include(e => e.Card).SingleOrDefaultAsync(e => e.LearnerId == learnerId && e.CardId == cardId, cancellationToken);
        if (edit is null)
        {
            return false;
        }

        (edit.SourceFront, edit.SourceBack, edit.EditedAt) = (edit.Card!.Front, edit.Card.Back, time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>Goes back to the generated text. False when the card was not edited.</summary>
    public async Task<bool> RevertAsync(int learnerId, int cardId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CardEdits.Where(e => e.LearnerId == learnerId && e.CardId == cardId).ExecuteDeleteAsync(cancellationToken) > 0;
    }

    /// <summary>The learner's edited cards whose source changed since the edit, for a second look.</summary>
    public async Task<IReadOnlyList<FlaggedEdit>> FlaggedAsync(int learnerId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.CardEdits.AsNoTracking()
            .Where(e => e.LearnerId == learnerId && (e.Card!.Front != e.SourceFront || e.Card.Back != e.SourceBack))
            .OrderBy(e => e.Card!.NoteSlug).ThenBy(e => e.Card!.Position)
            .Select(e => new FlaggedEdit(e.CardId, e.Front, e.Back, e.SourceFront, e.SourceBack, e.Card!.Front, e.Card.Back, e.Card.SectionPathText))
            .ToListAsync(cancellationToken);
    }

    internal static CardText Apply(int cardId, string front, string back, CardEdit? edit) =>
        edit is null
            ? CardText.Generated(cardId, front, back)
            : new CardText(cardId, edit.Front, edit.Back, front, back, true, edit.SourceFront != front || edit.SourceBack != back);
}

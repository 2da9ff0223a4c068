using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>
/// Burying as SQL: a card waits for tomorrow once a sibling (<see cref="QueueRules.AreSiblings"/>: the same note and
/// subject) was reviewed today. As Anki does, the review that buries writes the siblings down (<see cref="BuriedCard"/>,
/// by <see cref="ReviewRecorder"/>); the queue leaves out that short list, a range of one index read once per query.
/// </summary>
internal static class SiblingQueries
{
    /// <summary>The ids of the cards a sibling (same note and subject, another card) reviewed today buries now.</summary>
    public static IQueryable<int> BuriedIds(StudyDbContext db, int learnerId, DateTimeOffset now) =>
        db.BuriedCards.Where(b => b.LearnerId == learnerId && b.Until > now).Select(b => b.CardId);

    /// <summary>The siblings of <paramref name="card"/>: the other cards of its note with its subject.</summary>
    public static IQueryable<int> SiblingIds(StudyDbContext db, Card card) =>
        db.Cards.Where(c => c.NoteSlug == card.NoteSlug && c.Subject == card.Subject && c.Id != card.Id).Select(c => c.Id);

    /// <summary>New cards none of whose siblings was reviewed today (all of them when <paramref name="rules"/> do not bury).</summary>
    public static IQueryable<Card> NotBuried(this IQueryable<Card> cards, IQueryable<int> buried, QueueRules rules) =>
        rules.BurySiblings ? cards.Where(c => !buried.Contains(c.Id)) : cards;

    /// <summary>
    /// Progress rows not buried: learning and relearning cards never are (their steps are due today); review cards are
    /// when a sibling was reviewed today.
    /// </summary>
    public static IQueryable<CardProgress> NotBuried(this IQueryable<CardProgress> progress, IQueryable<int> buried, QueueRules rules) =>
        rules.BurySiblings ? progress.Where(p => p.State != CardState.Review || !buried.Contains(p.CardId)) : progress;
}

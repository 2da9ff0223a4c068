using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>
/// Burying as SQL: a card waits for tomorrow once a sibling (<see cref="QueueRules.AreSiblings"/>: the same note and
/// subject) was reviewed today. The reviews of today are few, so the buried cards are found from them (a join on the
/// note's cards) and the queue leaves out that short list: a NOT IN read once, not a test per card.
/// </summary>
internal static class SiblingQueries
{
    /// <summary>The cards the learner reviewed since <paramref name="since"/> (the start of their day).</summary>
    public static IQueryable<Card> ReviewedSince(StudyDbContext db, int learnerId, DateTimeOffset since)
    {
        var ids = db.ReviewLogs.Where(l => l.LearnerId == learnerId && l.ReviewedAt >= since).Select(l => l.CardId);
        return db.Cards.Where(c => ids.Contains(c.Id));
    }

    /// <summary>The ids of the cards a sibling reviewed today buries: same note and subject, another card.</summary>
    public static IQueryable<int> BuriedIds(StudyDbContext db, IQueryable<Card> reviewedToday) =>
        from s in reviewedToday
        join c in db.Cards on new { s.NoteId, s.Subject } equals new { c.NoteId, c.Subject }
        where c.Id != s.Id && c.NoteId != null
        select c.Id;

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

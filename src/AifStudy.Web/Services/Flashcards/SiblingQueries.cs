using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>
/// Burying as SQL: a card waits for tomorrow once a sibling (<see cref="QueueRules.AreSiblings"/>: the same note and
/// subject) was reviewed today. The reviews of today are few, so the test is an EXISTS over them, not over all cards.
/// </summary>
internal static class SiblingQueries
{
    /// <summary>The cards the learner reviewed since <paramref name="since"/> (the start of their day).</summary>
    public static IQueryable<Card> ReviewedSince(StudyDbContext db, int learnerId, DateTimeOffset since)
    {
        var ids = db.ReviewLogs.Where(l => l.LearnerId == learnerId && l.ReviewedAt >= since).Select(l => l.CardId);
        return db.Cards.Where(c => ids.Contains(c.Id));
    }

    /// <summary>New cards none of whose siblings was reviewed today (all of them when <paramref name="rules"/> do not bury).</summary>
    public static IQueryable<Card> NotBuried(this IQueryable<Card> cards, IQueryable<Card> reviewedToday, QueueRules rules) =>
        rules.BurySiblings
            ? cards.Where(c => !reviewedToday.Any(s => s.NoteId == c.NoteId && s.Subject == c.Subject && s.Id != c.Id))
            : cards;

    /// <summary>
    /// Progress rows not buried: learning and relearning cards never are (their steps are due today); review cards are
    /// when a sibling was reviewed today.
    /// </summary>
    public static IQueryable<CardProgress> NotBuried(this IQueryable<CardProgress> progress, IQueryable<Card> reviewedToday, QueueRules rules) =>
        rules.BurySiblings
            ? progress.Where(p => p.State != CardState.Review
                || !reviewedToday.Any(s => s.NoteId == p.Card!.NoteId && s.Subject == p.Card.Subject && s.Id != p.CardId))
            : progress;
}

using AifStudy.Web.Data;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>Filters by <see cref="StudyScope"/>, adding only the conditions the scope sets (so SQL stays index-friendly).</summary>
internal static class ScopeQueries
{
    public static IQueryable<Card> InScope(this IQueryable<Card> cards, StudyScope scope)
    {
        if (scope.Domain is { } domain)
        {
            cards = cards.Where(c => c.Domain == domain);
        }

        if (scope.NoteSlug is { } slug)
        {
            cards = cards.Where(c => c.NoteSlug == slug);
        }

        if (scope.SectionAnchor is { } anchor)
        {
            cards = cards.Where(c => c.SectionAnchor == anchor);
        }

        return cards;
    }

    public static IQueryable<CardProgress> InScope(this IQueryable<CardProgress> progress, StudyScope scope)
    {
        if (scope.Domain is { } domain)
        {
            progress = progress.Where(p => p.Card!.Domain == domain);
        }

        if (scope.NoteSlug is { } slug)
        {
            progress = progress.Where(p => p.Card!.NoteSlug == slug);
        }

        if (scope.SectionAnchor is { } anchor)
        {
            progress = progress.Where(p => p.Card!.SectionAnchor == anchor);
        }

        return progress;
    }

    /// <summary>Progress rows that can come up for review: the card is active, not suspended, not reported and has been seen.</summary>
    public static IQueryable<CardProgress> Schedulable(this IQueryable<CardProgress> progress, StudyDbContext db, int learnerId)
    {
        var hidden = HiddenCardIds(db, learnerId);
        return progress.Where(p => p.LearnerId == learnerId && !p.IsSuspended && p.State != Core.Scheduling.CardState.New && !hidden.Contains(p.CardId))
            .OfActiveCards(db);
    }

    /// <summary>
    /// The cards the learner reported and has not restored. Few: like retired cards, a NOT IN over them is read once.
    /// </summary>
    public static IQueryable<int> HiddenCardIds(StudyDbContext db, int learnerId) =>
        db.ItemReports.Where(r => r.LearnerId == learnerId && r.Kind == ReportedItemKind.Card && r.RestoredAt == null && r.CardId != null)
            .Select(r => r.CardId!.Value);

    /// <summary>
    /// Leaves out the progress of retired cards. Retired cards are few: a NOT IN over them is read once, where a join
    /// would read the card row of every progress row.
    /// </summary>
    public static IQueryable<CardProgress> OfActiveCards(this IQueryable<CardProgress> progress, StudyDbContext db)
    {
        var retired = db.Cards.Where(c => c.RetiredAt != null).Select(c => c.Id);
        return progress.Where(p => !retired.Contains(p.CardId));
    }
}

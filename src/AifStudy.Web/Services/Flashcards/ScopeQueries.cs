using AifStudy.Web.Data;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>Filters by <see cref="StudyScope"/>, adding only the conditions the scope sets (so SQL stays index-friendly).</summary>
internal static class ScopeQueries
{
    /// <summary>How a section is named in <see cref="TaskSections"/>: its note's slug and its anchor.</summary>
    public static string SectionKey(string noteSlug, string anchor) => noteSlug + "\u001f" + anchor;

    public static IQueryable<Card> InScope(this IQueryable<Card> cards, StudyScope scope, TaskSections? task = null)
    {
        if (scope.TaskId is not null)
        {
            var keys = (task ?? throw new ArgumentException("A task statement scope needs its sections.", nameof(task))).Keys;
            cards = cards.Where(c => keys.Contains(c.NoteSlug + "\u001f" + c.SectionAnchor));
        }

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

    public static IQueryable<CardProgress> InScope(this IQueryable<CardProgress> progress, StudyScope scope, TaskSections? task = null)
    {
        if (scope.TaskId is not null)
        {
            var keys = (task ?? throw new ArgumentException("A task statement scope needs its sections.", nameof(task))).Keys;
            progress = progress.Where(p => keys.Contains(p.Card!.NoteSlug + "\u001f" + p.Card.SectionAnchor));
        }

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

/// <summary>The sections a task statement scope covers (as the learner's corrections place them), as <see cref="ScopeQueries.SectionKey"/>s.</summary>
/// <param name="Keys">One key per section.</param>
public sealed record TaskSections(IReadOnlyList<string> Keys);

using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>The deck browser's list: a learner's cards (in their wording, without those they reported) with their state, in note order.</summary>
public sealed class CardBrowser(IDbContextFactory<StudyDbContext> dbFactory)
{
    /// <summary>Cards in <paramref name="scope"/> in note order, optionally filtered by text, or only the leeches.</summary>
    public Task<IReadOnlyList<CardListItem>> ListAsync(
        int learnerId, StudyScope scope, string? search, bool includeRetired = false, int limit = 500, bool leechesOnly = false, CancellationToken cancellationToken = default) =>
        FindAsync(learnerId, scope, new CardListFilter(search, leechesOnly ? CardListState.Leech : null), includeRetired, limit, cancellationToken);

    /// <summary>Cards in <paramref name="scope"/> that <paramref name="filter"/> keeps, in its order.</summary>
    public async Task<IReadOnlyList<CardListItem>> FindAsync(
        int learnerId, StudyScope scope, CardListFilter filter, bool includeRetired = false, int limit = 500, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hidden = ScopeQueries.HiddenCardIds(db, learnerId);
        var cards = db.Cards.InScope(scope).Where(c => !hidden.Contains(c.Id));
        if (!includeRetired)
        {
            cards = cards.Where(c => c.RetiredAt == null);
        }

        cards = CardFilters.Apply(cards, db, learnerId, filter);
        var progress = db.CardProgress.Where(p => p.LearnerId == learnerId);
        var rows =
            from c in cards
            join p in progress on c.Id equals p.CardId into joined
            from p in joined.DefaultIfEmpty()
            join e in db.CardEdits.Where(e => e.LearnerId == learnerId) on c.Id equals e.CardId into edits
            from e in edits.DefaultIfEmpty()
            select new { c, p, e };
        rows = filter.Sort switch
        {
            // New cards (no due, or a due that means nothing) after the scheduled ones.
            CardListSort.Due => rows.OrderBy(r => r.p == null || r.p.State == CardState.New ? 1 : 0).ThenBy(r => r.p == null ? DateTimeOffset.MaxValue : r.p.Due)
                .ThenBy(r => r.c.NoteSlug).ThenBy(r => r.c.Position),
            CardListSort.Lapses => rows.OrderByDescending(r => r.p == null ? 0 : r.p.Lapses).ThenBy(r => r.c.NoteSlug).ThenBy(r => r.c.Position),
            CardListSort.Stability => rows.OrderBy(r => r.p == null || r.p.Stability == null ? 1 : 0).ThenBy(r => r.p == null ? 0 : r.p.Stability)
                .ThenBy(r => r.c.NoteSlug).ThenBy(r => r.c.Position),
            _ => rows.OrderBy(r => r.c.NoteSlug).ThenBy(r => r.c.Position).ThenBy(r => r.c.Id),
        };

        return await (
            from r in rows
            let c = r.c
            let p = r.p
            let e = r.e
            select new CardListItem(c.Id, c.Kind, e == null ? c.Front : e.Front, e == null ? c.Back : e.Back, c.SectionPathText,
                p == null ? CardState.New : p.State,
                p == null || p.State == CardState.New ? null : (DateTimeOffset?)p.Due,
                p == null ? null : p.Stability,
                p != null && p.IsSuspended,
                c.RetiredAt != null,
                e != null,
                e != null && (e.SourceFront != c.Front || e.SourceBack != c.Back))
            {
                IsLeech = p != null && p.IsLeech,
                Lapses = p == null ? 0 : p.Lapses,
            })
            .Take(limit)
            .ToListAsync(cancellationToken);
    }

    /// <summary>The learner's reviews of a card, oldest first, for its info.</summary>
    public async Task<IReadOnlyList<CardReviewEntry>> HistoryAsync(int learnerId, int cardId, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var logs = await db.ReviewLogs.AsNoTracking().Where(l => l.LearnerId == learnerId && l.CardId == cardId)
            .OrderBy(l => l.ReviewedAt).ThenBy(l => l.Id)
            .Select(l => new { l.ReviewedAt, l.Rating, l.StateBefore, l.ScheduledDays, l.StabilityAfter })
            .ToListAsync(cancellationToken);
        return [.. logs.Select(l => new CardReviewEntry(l.ReviewedAt, (Rating)l.Rating, l.StateBefore, l.ScheduledDays, l.StabilityAfter))];
    }
}

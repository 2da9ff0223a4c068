using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>The deck browser's list: a learner's cards (in their wording, without those they reported) with their state, in note order.</summary>
public sealed class CardBrowser(IDbContextFactory<StudyDbContext> dbFactory)
{
    /// <summary>Cards in <paramref name="scope"/> in note order, optionally filtered by text, or only the leeches.</summary>
    public async Task<IReadOnlyList<CardListItem>> ListAsync(
        int learnerId, StudyScope scope, string? search, bool includeRetired = false, int limit = 500, bool leechesOnly = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var hidden = ScopeQueries.HiddenCardIds(db, learnerId);
        var cards = db.Cards.InScope(scope).Where(c => !hidden.Contains(c.Id));
        if (!includeRetired)
        {
            cards = cards.Where(c => c.RetiredAt == null);
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = "%" + search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            cards = cards.Where(c => EF.Functions.Like(c.Front, pattern, "\\") || EF.Functions.Like(c.Back, pattern, "\\")
                || EF.Functions.Like(c.SectionPathText, pattern, "\\"));
        }

        if (leechesOnly)
        {
            cards = cards.Where(c => db.CardProgress.Any(p => p.LearnerId == learnerId && p.CardId == c.Id && p.IsLeech));
        }

        return await (
            from c in cards
            join p in db.CardProgress.Where(p => p.LearnerId == learnerId) on c.Id equals p.CardId into progress
            from p in progress.DefaultIfEmpty()
            join e in db.CardEdits.Where(e => e.LearnerId == learnerId) on c.Id equals e.CardId into edits
            from e in edits.DefaultIfEmpty()
            orderby c.NoteSlug, c.Position, c.Id
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
}

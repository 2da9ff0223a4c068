using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>The deck browser's search and filters as a query, shared by its list and by "Review these".</summary>
internal static class CardFilters
{
    /// <summary>The cards of <paramref name="cards"/> that <paramref name="filter"/>'s text, kind and state keep (its order aside).</summary>
    public static IQueryable<Card> Apply(IQueryable<Card> cards, StudyDbContext db, int learnerId, CardListFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = "%" + filter.Search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal)
                .Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            cards = cards.Where(c => EF.Functions.Like(c.Front, pattern, "\\") || EF.Functions.Like(c.Back, pattern, "\\")
                || EF.Functions.Like(c.SectionPathText, pattern, "\\"));
        }

        if (filter.Kind is { } kind)
        {
            cards = cards.Where(c => c.Kind == kind);
        }

        var progress = db.CardProgress.Where(p => p.LearnerId == learnerId);
        return filter.State switch
        {
            CardListState.Leech => cards.Where(c => progress.Any(p => p.CardId == c.Id && p.IsLeech)),
            CardListState.Suspended => cards.Where(c => progress.Any(p => p.CardId == c.Id && p.IsSuspended)),
            // A card never reviewed has no progress row (or one in New that only holds a suspension).
            CardListState.New => cards.Where(c => !progress.Any(p => p.CardId == c.Id && p.State != CardState.New)),
            CardListState.Learning => cards.Where(c => progress.Any(p => p.CardId == c.Id && p.State == CardState.Learning)),
            CardListState.Review => cards.Where(c => progress.Any(p => p.CardId == c.Id && p.State == CardState.Review)),
            CardListState.Relearning => cards.Where(c => progress.Any(p => p.CardId == c.Id && p.State == CardState.Relearning)),
            _ => cards,
        };
    }
}

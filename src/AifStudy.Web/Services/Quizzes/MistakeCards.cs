using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Quizzes;

/// <summary>
/// A wrong quiz answer sends the learner back to the flashcards of the same section: every card of it the learner has
/// studied (and not suspended) becomes due now. Cards never studied are left alone: they are new cards already.
/// </summary>
internal static class MistakeCards
{
    public static async Task<int> MakeDueAsync(
        StudyDbContext db, int learnerId, IEnumerable<(string NoteSlug, string SectionAnchor)> sections, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var changed = 0;
        foreach (var (slug, anchor) in sections.Distinct())
        {
            var cardIds = await db.Cards
                .Where(c => c.NoteSlug == slug && c.SectionAnchor == anchor && c.RetiredAt == null)
                .Select(c => c.Id)
                .ToListAsync(cancellationToken);
            changed += await db.CardProgress
                .Where(p => p.LearnerId == learnerId && cardIds.Contains(p.CardId) && p.State != CardState.New && !p.IsSuspended && p.Due > now)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.Due, now), cancellationToken);
        }

        return changed;
    }
}

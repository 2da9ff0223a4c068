using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>Per-domain and per-note daily new-card limits (<see cref="NewCardLimits"/>), under the overall one.</summary>
public sealed partial class ReviewQueue
{
    // New cards met today per note and per domain: the learner's first answers to cards since the local day began.
    private async Task<(Dictionary<string, int> ByNote, Dictionary<int, int> ByDomain)> IntroducedTodayAsync(
        StudyDbContext db, int learnerId, CancellationToken cancellationToken)
    {
        var startOfDay = LocalDays.StartOf(LocalDays.Today(time), time);
        var met = await db.ReviewLogs.Where(l => l.LearnerId == learnerId && l.ReviewedAt >= startOfDay && l.WasNew)
            .Join(db.Cards, l => l.CardId, c => c.Id, (l, c) => new { c.NoteSlug, c.Domain })
            .ToListAsync(cancellationToken);
        return (
            met.GroupBy(m => m.NoteSlug, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            met.Where(m => m.Domain is not null).GroupBy(m => m.Domain!.Value).ToDictionary(g => g.Key, g => g.Count()));
    }

    // Leaves out the new cards of notes and domains whose limit today's new cards reached.
    private async Task<IQueryable<Card>> WithinLimitsAsync(
        IQueryable<Card> cards, StudyDbContext db, int learnerId, NewCardLimits limits, CancellationToken cancellationToken)
    {
        if (!limits.Any)
        {
            return cards;
        }

        var (byNote, byDomain) = await IntroducedTodayAsync(db, learnerId, cancellationToken);
        var fullNotes = limits.FullNotes(byNote).ToList();
        var fullDomains = limits.FullDomains(byDomain).ToList();
        return cards.Where(c => !fullNotes.Contains(c.NoteSlug) && (c.Domain == null || !fullDomains.Contains(c.Domain.Value)));
    }

    // How many new cards may still come up today with per-scope limits: the candidates in queue order, each note and
    // domain taking no more than its room.
    private async Task<int> AllowedNewAsync(
        IQueryable<Card> cards, StudyDbContext db, int learnerId, NewCardLimits limits, int left, CancellationToken cancellationToken)
    {
        var (byNote, byDomain) = await IntroducedTodayAsync(db, learnerId, cancellationToken);
        var candidates = await cards.Select(c => new { c.NoteSlug, c.Domain }).ToListAsync(cancellationToken);
        return limits.Allowed(candidates.Select(c => (c.NoteSlug, c.Domain)), left, byNote, byDomain);
    }
}

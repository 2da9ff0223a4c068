using AifStudy.Core.Notes;
using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using AifStudy.Web.Services.Flashcards;
using AifStudy.Web.Services.Reading;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Dashboard;

/// <summary>Gathers the home page's dashboard: reading progress, cards by state, reviews, streak and quiz scores per domain.</summary>
public sealed class DashboardService(
    IDbContextFactory<StudyDbContext> dbFactory,
    ReadingService reading,
    ReviewQueue reviewQueue,
    StudyStatistics statistics,
    IQuizSummarySource quizzes,
    TimeProvider time)
{
    public async Task<DashboardData> GetAsync(int learnerId, CancellationToken cancellationToken = default)
    {
        var today = LocalDays.Today(time);
        var progress = await reading.GetProgressAsync(learnerId, cancellationToken);
        var stats = await statistics.GetAsync(learnerId, StudyScope.All, cancellationToken);
        var queue = await reviewQueue.CountsAsync(learnerId, StudyScope.All, cancellationToken);
        var quizSummary = await quizzes.GetAsync(learnerId, cancellationToken);
        var lastRead = await reading.GetLastReadAsync(learnerId, cancellationToken);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var notes = await db.Notes.AsNoTracking().Select(n => new { n.Slug, n.Domain }).ToListAsync(cancellationToken);
        var cards = await CardsByDomainAsync(db, learnerId, cancellationToken);

        DomainDashboard Summarize(int? domain, string name, string chineseName)
        {
            var inDomain = notes.Where(n => SameDomain(n.Domain, domain)).ToList();
            var read = inDomain.Select(n => progress.GetValueOrDefault(n.Slug) ?? NoteProgress.None).ToList();
            return new DomainDashboard(
                domain, name, chineseName, inDomain.Count, read.Sum(p => p.Read), read.Sum(p => p.Total),
                cards.GetValueOrDefault(domain ?? 0) ?? CardStateCounts.None,
                domain is null ? null : quizSummary.LastScores.Where(s => s.Domain == domain).MaxBy(s => s.TakenAt));
        }

        var domains = AifDomains.All.Select(d => Summarize(d.Number, d.Name, d.ChineseName)).ToList();
        if (notes.Any(n => AifDomains.Find(n.Domain) is null))
        {
            domains.Add(Summarize(null, "Unassigned", "未分配"));
        }

        return new DashboardData(
            today, domains, progress, lastRead, queue, StudyStreak.From(stats.ReviewsPerDay, today), stats.ReviewsPerDay, quizSummary);
    }

    private static bool SameDomain(int? noteDomain, int? domain) =>
        domain is null ? AifDomains.Find(noteDomain) is null : noteDomain == domain;

    /// <summary>Active cards by domain (0 for cards without a known domain) and dashboard state.</summary>
    private static async Task<Dictionary<int, CardStateCounts>> CardsByDomainAsync(StudyDbContext db, int learnerId, CancellationToken cancellationToken)
    {
        var totals = await db.Cards.Where(c => c.RetiredAt == null)
            .GroupBy(c => c.Domain)
            .Select(g => new { Domain = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var started = await db.CardProgress.Where(p => p.LearnerId == learnerId && p.State != CardState.New).OfActiveCards(db)
            .GroupBy(p => p.Card!.Domain)
            .Select(g => new
            {
                Domain = g.Key,
                Started = g.Count(),
                Mature = g.Count(p => p.State == CardState.Review && p.Stability >= StudyStatistics.MatureStability),
            })
            .ToListAsync(cancellationToken);

        int Key(int? domain) => AifDomains.Find(domain)?.Number ?? 0;
        var result = new Dictionary<int, CardStateCounts>();
        foreach (var group in totals.GroupBy(t => Key(t.Domain)))
        {
            var total = group.Sum(t => t.Count);
            var startedHere = started.Where(s => Key(s.Domain) == group.Key).ToList();
            var mature = startedHere.Sum(s => s.Mature);
            var learning = startedHere.Sum(s => s.Started) - mature;
            result[group.Key] = new CardStateCounts(Math.Max(0, total - learning - mature), learning, mature);
        }

        return result;
    }
}

using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>Statistics of a learner's reviews. Card counts and forecasts leave retired cards out; review history keeps them.</summary>
public sealed class StudyStatistics(IDbContextFactory<StudyDbContext> dbFactory, TimeProvider time)
{
    public const int ForecastDays = 30;

    public const int HistoryDays = 365;

    /// <summary>Stability (days) from which a Review card counts as mature, as in Anki.</summary>
    public const double MatureStability = 21;

    public async Task<StudyStats> GetAsync(int learnerId, StudyScope scope, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var today = LocalDays.Today(time);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var progress = db.CardProgress.Where(p => p.LearnerId == learnerId).OfActiveCards(db).InScope(scope);

        var cards = await db.Cards.Where(c => c.RetiredAt == null).InScope(scope).CountAsync(cancellationToken);
        var byState = await progress.GroupBy(p => p.State)
            .Select(g => new { State = g.Key, Count = g.Count(), Mature = g.Count(p => p.Stability >= MatureStability) })
            .ToListAsync(cancellationToken);
        var suspended = await progress.CountAsync(p => p.IsSuspended, cancellationToken);
        int Of(CardState state) => byState.Where(s => s.State == state).Sum(s => s.Count);
        var counts = new StateCounts(
            cards - Of(CardState.Learning) - Of(CardState.Review) - Of(CardState.Relearning),
            Of(CardState.Learning), Of(CardState.Review), Of(CardState.Relearning),
            byState.Where(s => s.State == CardState.Review).Sum(s => s.Mature),
            suspended);

        var forecastEnd = LocalDays.StartOf(today.AddDays(ForecastDays), time);
        var dues = await progress.Schedulable(db, learnerId).Where(p => p.Due < forecastEnd).Select(p => p.Due).ToListAsync(cancellationToken);
        var forecast = new int[ForecastDays];
        foreach (var due in dues)
        {
            forecast[Math.Max(0, LocalDays.DateOf(due, time).DayNumber - today.DayNumber)]++;
        }

        var historyStart = today.AddDays(1 - HistoryDays);
        var (perDay, ofReviewCards, recalled) = scope == StudyScope.All
            ? await FromDaysAsync(db, learnerId, historyStart, cancellationToken)
            : await FromLogsAsync(db, learnerId, scope, historyStart, cancellationToken);
        return new StudyStats(
            forecast[0], counts, forecast, perDay,
            ofReviewCards > 0 ? (double)recalled / ofReviewCards : null,
            ofReviewCards);
    }

    // Every card: the day totals kept with each rating, at most a year of rows.
    private static async Task<(Dictionary<DateOnly, int> PerDay, int OfReviewCards, int Recalled)> FromDaysAsync(
        StudyDbContext db, int learnerId, DateOnly historyStart, CancellationToken cancellationToken)
    {
        var days = await db.ReviewDays.AsNoTracking().Where(d => d.LearnerId == learnerId && d.Day >= historyStart && d.Reviews > 0)
            .ToListAsync(cancellationToken);
        return (days.ToDictionary(d => d.Day, d => d.Reviews), days.Sum(d => d.OfReviewCards), days.Sum(d => d.Recalled));
    }

    // A domain, note, section or task: the logs of its cards, grouped by local day in memory.
    private async Task<(Dictionary<DateOnly, int> PerDay, int OfReviewCards, int Recalled)> FromLogsAsync(
        StudyDbContext db, int learnerId, StudyScope scope, DateOnly historyStart, CancellationToken cancellationToken)
    {
        var start = LocalDays.StartOf(historyStart, time);
        var year = await Logs(db, learnerId, scope).Where(l => l.ReviewedAt >= start)
            .Select(l => new { l.ReviewedAt, l.StateBefore, l.Rating })
            .ToListAsync(cancellationToken);
        var perDay = year.GroupBy(l => LocalDays.DateOf(l.ReviewedAt, time)).ToDictionary(g => g.Key, g => g.Count());
        var ofReviewCards = year.Where(l => l.StateBefore == CardState.Review).ToList();
        return (perDay, ofReviewCards.Count, ofReviewCards.Count(l => l.Rating >= (int)Rating.Hard));
    }

    private static IQueryable<ReviewLog> Logs(StudyDbContext db, int learnerId, StudyScope scope)
    {
        var logs = db.ReviewLogs.Where(l => l.LearnerId == learnerId);
        return scope == StudyScope.All
            ? logs
            : logs.Where(l => db.Cards.InScope(scope).Any(c => c.Id == l.CardId));
    }
}

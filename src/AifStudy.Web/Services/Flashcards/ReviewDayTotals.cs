using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>
/// Keeps <see cref="ReviewDay"/> in step with the review log: a rating adds its review to its local day and an undo takes
/// it away, inside the same transaction. <see cref="RebuildIfOutOfStepAsync"/> recounts them from the logs when the sums
/// disagree (a database from before the table, or logs written by other means).
/// </summary>
internal static class ReviewDayTotals
{
    /// <summary>Adds (<paramref name="sign"/> 1) or takes away (-1) one review in the day totals.</summary>
    public static async Task CountAsync(StudyDbContext db, ReviewLog log, int sign, TimeProvider time, CancellationToken cancellationToken)
    {
        var day = LocalDays.DateOf(log.ReviewedAt, time);
        var ofReview = log.StateBefore == CardState.Review ? sign : 0;
        var recalled = log.StateBefore == CardState.Review && log.Rating >= (int)Rating.Hard ? sign : 0;

        // One statement, not a read and a write: two writers of the same day never lose a count.
        var updated = await db.ReviewDays.Where(d => d.LearnerId == log.LearnerId && d.Day == day).ExecuteUpdateAsync(
            s => s.SetProperty(d => d.Reviews, d => d.Reviews + sign)
                .SetProperty(d => d.OfReviewCards, d => d.OfReviewCards + ofReview)
                .SetProperty(d => d.Recalled, d => d.Recalled + recalled),
            cancellationToken);
        if (updated == 0 && sign > 0)
        {
            db.ReviewDays.Add(new ReviewDay { LearnerId = log.LearnerId, Day = day, Reviews = 1, OfReviewCards = ofReview, Recalled = recalled });
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Recounts every learner's day totals from the review log if their sum is not the number of logs.</summary>
    /// <returns>True when they were recounted.</returns>
    public static async Task<bool> RebuildIfOutOfStepAsync(StudyDbContext db, TimeProvider time, CancellationToken cancellationToken = default)
    {
        var logs = await db.ReviewLogs.LongCountAsync(cancellationToken);
        var counted = await db.ReviewDays.SumAsync(d => (long)d.Reviews, cancellationToken);
        if (logs == counted && !await db.ReviewDays.AnyAsync(d => d.Reviews < 0 || d.OfReviewCards < 0 || d.Recalled < 0, cancellationToken))
        {
            return false;
        }

        await RebuildAsync(db, time, cancellationToken);
        return true;
    }

    /// <summary>Recounts every learner's day totals from the review log, in one transaction.</summary>
    public static async Task RebuildAsync(StudyDbContext db, TimeProvider time, CancellationToken cancellationToken = default)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.ReviewDays.ExecuteDeleteAsync(cancellationToken);
        var totals = new Dictionary<(int Learner, DateOnly Day), ReviewDay>();
        var logs = db.ReviewLogs.AsNoTracking().Select(l => new { l.LearnerId, l.ReviewedAt, l.StateBefore, l.Rating }).AsAsyncEnumerable();
        await foreach (var log in logs.WithCancellation(cancellationToken))
        {
            var key = (log.LearnerId, LocalDays.DateOf(log.ReviewedAt, time));
            if (!totals.TryGetValue(key, out var day))
            {
                day = new ReviewDay { LearnerId = key.LearnerId, Day = key.Item2 };
                totals[key] = day;
            }

            day.Reviews++;
            if (log.StateBefore == CardState.Review)
            {
                day.OfReviewCards++;
                day.Recalled += log.Rating >= (int)Rating.Hard ? 1 : 0;
            }
        }

        db.ReviewDays.AddRange(totals.Values);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}

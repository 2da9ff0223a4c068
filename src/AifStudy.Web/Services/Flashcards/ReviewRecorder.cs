using AifStudy.Core.Scheduling;
using AifStudy.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace AifStudy.Web.Services.Flashcards;

/// <summary>
/// Stores what the learner does to cards: ratings, undo and suspension. A rating is stored with its log row in one
/// short transaction of its own, so a dropped circuit loses at most the card on screen. Undo and resume may make a card
/// new again, so they tell <see cref="NewCardCursors"/> to forget where new cards start.
/// </summary>
public sealed class ReviewRecorder(IDbContextFactory<StudyDbContext> dbFactory, NewCardCursors cursors, TimeProvider time) : IDisposable
{
    // Ratings, undos and suspensions are read-modify-write: one at a time (a double click must not rate twice from one state).
    private readonly SemaphoreSlim _writeGate = new(1, 1);

    /// <summary>Records an answer: runs the scheduler, stores the card's new state and a log row, in one transaction.</summary>
    /// <exception cref="InvalidOperationException">The card or the learner does not exist.</exception>
    public async Task<ReviewOutcome> RateAsync(int learnerId, int cardId, Rating rating, CancellationToken cancellationToken = default)
    {
        var result = await RecordAsync(learnerId, cardId, rating, expectedVersion: null, cancellationToken);
        return result.Status switch
        {
            RateStatus.Recorded => result.Outcome!,
            RateStatus.NoLearner => throw new InvalidOperationException($"There is no learner {learnerId}."),
            _ => throw new InvalidOperationException($"There is no card {cardId}."),
        };
    }

    /// <summary>Records an answer as <see cref="RateAsync"/> does, and says what became of it (a leech, for one).</summary>
    public Task<RateResult> RecordRatingAsync(int learnerId, int cardId, Rating rating, CancellationToken cancellationToken = default) =>
        RecordAsync(learnerId, cardId, rating, expectedVersion: null, cancellationToken);

    /// <summary>
    /// Records an answer only if the learner's progress on the card is still at <paramref name="expectedVersion"/> (its
    /// <see cref="ReviewCard.Version"/>), so that a request retried after it was recorded does not log the review twice.
    /// </summary>
    public Task<RateResult> RateOnceAsync(int learnerId, int cardId, Rating rating, int expectedVersion, CancellationToken cancellationToken = default) =>
        RecordAsync(learnerId, cardId, rating, expectedVersion, cancellationToken);

    private async Task<RateResult> RecordAsync(int learnerId, int cardId, Rating rating, int? expectedVersion, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            if (!await db.Cards.AnyAsync(c => c.Id == cardId, cancellationToken))
            {
                return new RateResult(RateStatus.NoCard, 0);
            }

            if (!await db.Learners.AnyAsync(l => l.Id == learnerId, cancellationToken))
            {
                return new RateResult(RateStatus.NoLearner, 0);
            }

            var settings = await LearnerSettingsService.GetAsync(db, learnerId, cancellationToken);
            var progress = await db.CardProgress.SingleOrDefaultAsync(p => p.LearnerId == learnerId && p.CardId == cardId, cancellationToken);
            var version = progress?.Reps ?? 0;
            if (expectedVersion is { } expected && expected != version)
            {
                return new RateResult(RateStatus.VersionConflict, version);
            }

            var before = progress is null ? SchedulingState.New(now) : ProgressMapping.ToState(progress);
            var outcome = new ReviewScheduler(LearnerSettingsService.ToParameters(settings), time).Review(before, rating, now);
            if (progress is null)
            {
                progress = new CardProgress { LearnerId = learnerId, CardId = cardId };
                db.CardProgress.Add(progress);
            }

            var log = ProgressMapping.Log(learnerId, cardId, rating, now, before, outcome, wasNew: before.State == CardState.New);
            db.ReviewLogs.Add(log);
            ProgressMapping.Apply(progress, outcome.After);
            progress.Reps++;
            var lapse = ProgressMapping.IsLapse(before.State, rating);
            progress.Lapses += lapse ? 1 : 0;
            // A card that keeps lapsing is a leech: tagged and suspended, for the learner to rewrite or report.
            var leech = lapse && LearnerSettingsService.ToRules(settings).IsLeechLapse(progress.Lapses);
            if (leech)
            {
                (progress.IsLeech, progress.IsSuspended) = (true, true);
            }

            await db.SaveChangesAsync(cancellationToken);
            await ReviewDayTotals.CountAsync(db, log, 1, time, cancellationToken);
            await BurySiblingsAsync(db, learnerId, cardId, log.Id, settings, now, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return new RateResult(RateStatus.Recorded, progress.Reps, log.Id, outcome) { BecameLeech = leech };
        }
        finally
        {
            _writeGate.Release();
        }
    }

    // With burying on, the card's siblings wait until the learner's next day (undone with the log, by cascade); burials
    // from earlier days are cleared on the way.
    private async Task BurySiblingsAsync(StudyDbContext db, int learnerId, int cardId, long logId, LearnerSettings settings, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await db.BuriedCards.Where(b => b.LearnerId == learnerId && b.Until <= now).ExecuteDeleteAsync(cancellationToken);
        if (!settings.BurySiblings)
        {
            return;
        }

        var card = await db.Cards.AsNoTracking().SingleAsync(c => c.Id == cardId, cancellationToken);
        var until = LocalDays.StartOf(LocalDays.DateOf(now, time).AddDays(1), time);
        var siblings = await SiblingQueries.SiblingIds(db, card).ToListAsync(cancellationToken);
        if (siblings.Count > 0)
        {
            db.BuriedCards.AddRange(siblings.Select(id => new BuriedCard { LearnerId = learnerId, CardId = id, ReviewLogId = logId, Until = until }));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>Undoes the learner's most recent review: the card gets back its state from before it, the log row goes.</summary>
    /// <returns>False when the learner has no review to undo.</returns>
    public async Task<bool> UndoLastAsync(int learnerId, CancellationToken cancellationToken = default)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var log = await db.ReviewLogs.Where(l => l.LearnerId == learnerId)
                .OrderByDescending(l => l.ReviewedAt).ThenByDescending(l => l.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (log is null)
            {
                return false;
            }

            var progress = await db.CardProgress.SingleOrDefaultAsync(p => p.LearnerId == learnerId && p.CardId == log.CardId, cancellationToken);
            if (progress is not null)
            {
                if (log.WasNew && !progress.IsSuspended)
                {
                    db.CardProgress.Remove(progress);
                }
                else
                {
                    // The answer that made the card a leech is taken back with its suspension; a card tagged by an
                    // earlier lapse keeps its tag.
                    var rules = LearnerSettingsService.ToRules(await LearnerSettingsService.GetAsync(db, learnerId, cancellationToken));
                    var madeLeech = progress.IsLeech && ProgressMapping.IsLapse(log.StateBefore, (Rating)log.Rating) && rules.IsLeechLapse(progress.Lapses);
                    ProgressMapping.Restore(progress, log);
                    if (madeLeech)
                    {
                        progress.IsSuspended = false;
                        progress.IsLeech = rules.LeechThreshold > 0 && progress.Lapses >= rules.LeechThreshold;
                    }
                }
            }

            db.ReviewLogs.Remove(log);
            await db.SaveChangesAsync(cancellationToken);
            await ReviewDayTotals.CountAsync(db, log, -1, time, cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            if (log.WasNew)
            {
                cursors.Forget();
            }

            return true;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    /// <summary>Suspends a card (it stops coming up for review) or lets it come up again; its schedule is kept.</summary>
    public async Task SetSuspendedAsync(int learnerId, int cardId, bool suspended, CancellationToken cancellationToken = default)
    {
        await _writeGate.WaitAsync(cancellationToken);
        try
        {
            await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
            var progress = await db.CardProgress.SingleOrDefaultAsync(p => p.LearnerId == learnerId && p.CardId == cardId, cancellationToken);
            if (progress is null && suspended)
            {
                // A new card has no progress; a row in state New holds the flag (and is dropped again when resumed).
                var fresh = SchedulingState.New(time.GetUtcNow());
                progress = new CardProgress { LearnerId = learnerId, CardId = cardId, IsSuspended = true };
                ProgressMapping.Apply(progress, fresh);
                db.CardProgress.Add(progress);
            }
            else if (progress is { State: CardState.New, Reps: 0 } && !suspended)
            {
                db.CardProgress.Remove(progress);
            }
            else if (progress is not null)
            {
                progress.IsSuspended = suspended;
            }

            await db.SaveChangesAsync(cancellationToken);
            if (!suspended)
            {
                cursors.Forget();
            }
        }
        finally
        {
            _writeGate.Release();
        }
    }

    public void Dispose() => _writeGate.Dispose();
}
